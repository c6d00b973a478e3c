#include "server/ingestor.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include "input/reader.h"

namespace entente::server {

namespace {

namespace fs = std::filesystem;

// A private scratch directory, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "entente-ingest-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch directory in " + pattern);
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// The input layer reads files; the body goes through a scratch file so posted
// records get exactly the checks `entente code` applies.
std::vector<Document> parse_body(std::string_view body, size_t max_bytes,
                                 std::vector<input::Rejection>& rejected) {
  ScratchDir scratch;
  fs::path file = scratch.path() / "body.jsonl";
  {
    std::ofstream out(file, std::ios::binary);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
  }
  input::Options options;
  options.max_bytes = max_bytes;
  std::vector<Document> docs;
  std::string prefix = file.string() + ":";
  input::read_documents(
      {file.string()}, options, [&](Document&& doc) { docs.push_back(std::move(doc)); },
      [&](const input::Rejection& r) {
        std::string where = r.where;
        if (where.starts_with(prefix)) where = "line " + where.substr(prefix.size());
        rejected.push_back({where, r.reason});
      });
  for (auto& doc : docs)
    if (doc.origin.starts_with(prefix)) doc.origin = "request line " + doc.origin.substr(prefix.size());
  return docs;
}

}  // namespace

Ingestor::Ingestor(const std::string& db_path, Coder code, size_t max_document_bytes)
    : code_(std::move(code)), max_document_bytes_(max_document_bytes),
      store_(store::Store::open(db_path, /*read_only=*/false)) {}

Reply Ingestor::ingest(std::string_view body) {
  std::vector<input::Rejection> rejected;
  std::vector<Document> docs = parse_body(body, max_document_bytes_, rejected);
  if (!rejected.empty()) {
    Reply reply = error_reply(400, "bad records; nothing was stored");
    reply.body["rejected"] = nlohmann::json::array();
    for (const auto& r : rejected) reply.body["rejected"].push_back({{"where", r.where}, {"reason", r.reason}});
    return reply;
  }
  if (docs.empty()) return error_reply(400, "empty body: send JSON Lines, one document per line");

  std::lock_guard lock(mutex_);
  nlohmann::json stored = nlohmann::json::array();
  size_t events = 0;
  for (auto& doc : docs) {
    try {
      code_(doc);
      store_->save_coded(doc);
    } catch (const std::exception& e) {
      std::cerr << "entente serve: ingest " << doc.origin << " (id " << doc.id << "): " << e.what() << "\n";
      Reply reply = error_reply(422, "coding or storing a document failed; later documents were not stored");
      reply.body["failed"] = {{"id", doc.id}, {"where", doc.origin}, {"reason", e.what()}};
      reply.body["stored"] = stored.size();
      reply.body["documents"] = stored;
      return reply;
    }
    events += doc.events.size();
    stored.push_back({{"id", doc.id}, {"events", doc.events.size()}});
  }
  return Reply{200, {{"stored", stored.size()}, {"events", events}, {"documents", stored}}};
}

}  // namespace entente::server
