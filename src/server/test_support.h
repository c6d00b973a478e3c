#pragma once
// Helpers shared by the server tests (header-only, so it stays out of the library).
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "server/api.h"
#include "server/http_server.h"
#include "server/ingestor.h"
#include "server/store_pool.h"
#include "store/store.h"

namespace entente::server::testing {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
inline fs::path fresh_dir(const std::string& tag) {
  auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  fs::path dir = fs::temp_directory_path() /
                 ("entente_server_" + tag + "_" + std::to_string(::getpid()) + "_" + info->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

inline Event make_event(const std::string& doc_id, int n, const std::string& source,
                        const std::string& target, const std::string& date, const std::string& cameo,
                        int quad, double goldstein, Span evidence) {
  Event e;
  e.event_id = doc_id + "-e" + std::to_string(n);
  e.doc_id = doc_id;
  e.date = date;
  e.date_precision = date.size() == 4 ? "year" : date.size() == 7 ? "month" : "day";
  e.date_source = "text";
  e.source = {source, source.substr(0, 3), "", source.substr(0, 3), {evidence.begin, evidence.begin + 5}};
  e.target = {target, target.substr(0, 3), "", target.substr(0, 3), {evidence.end - 8, evidence.end - 1}};
  e.cameo = cameo;
  e.cameo_root = cameo.substr(0, 2);
  e.quad_class = quad;
  e.goldstein = goldstein;
  e.mentions.push_back({0, evidence, "evidence"});
  e.confidence = 0.9;
  return e;
}

// Document `i` of a small synthetic corpus: China, Vietnam and Cuba over
// 1950..2024, two events each (one per direction or with Cuba).
inline Document corpus_document(int i) {
  Document doc;
  doc.id = "doc-" + std::to_string(i);
  int year = 1950 + (i * 5) % 75;
  doc.date = std::to_string(year) + "-06-15";
  doc.title = "Sample " + std::to_string(i);
  doc.source = "test";
  doc.text = "China hosted Vietnam. Vietnam thanked Cuba for aid.";
  doc.sentences = {{{0, 21}, 0, 4}, {{22, 51}, 4, 10}};
  doc.events.push_back(make_event(doc.id, 1, i % 2 ? "CHNGOV" : "CHN", "VNM", doc.date, "042", 1, 1.9, {0, 21}));
  doc.events.push_back(make_event(doc.id, 2, "VNM", i % 3 ? "CUB" : "CHN", std::to_string(year),
                                  i % 4 ? "051" : "111", i % 4 ? 1 : 3, i % 4 ? 3.4 : -2.0, {22, 51}));
  return doc;
}

inline void fill_store(const std::string& path, int documents) {
  auto store = store::Store::open(path);
  auto tx = store->begin();
  for (int i = 0; i < documents; ++i) store->save_coded(corpus_document(i));
  tx.commit();
}

// An HttpServer on a free loopback port, running on its own thread.
class RunningServer {
 public:
  RunningServer(const std::string& db, Ingestor* ingestor = nullptr, std::string token = "",
                size_t max_body = 1u << 20)
      : pool_(db, std::chrono::milliseconds(2000)), api_(pool_) {
    ServerOptions options;
    options.port = 0;
    options.threads = 8;
    options.max_body_bytes = max_body;
    options.ingest_token = std::move(token);
    server_ = std::make_unique<HttpServer>(options, api_, ingestor);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }
  ~RunningServer() {
    server_->stop();
    thread_.join();
  }
  int port() const { return port_; }
  // A client that sends paths exactly as written (already percent-encoded).
  std::unique_ptr<httplib::Client> client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port_);
    c->set_url_encode(false);
    c->set_read_timeout(std::chrono::seconds(20));
    return c;
  }

 private:
  StorePool pool_;
  Api api_;
  std::unique_ptr<HttpServer> server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace entente::server::testing
