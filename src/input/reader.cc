#include "input/reader.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "input/html_text.h"
#include "input/line_source.h"
#include "input/record_check.h"

namespace entente::input {

namespace fs = std::filesystem;

namespace {

enum class Format { kJsonLines, kText, kHtml };

std::string without_gz(const std::string& name) {
  return name.size() > 3 && name.ends_with(".gz") ? name.substr(0, name.size() - 3) : name;
}

Format format_of(const std::string& path) {
  std::string name = without_gz(path);
  std::string ext = fs::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return Format::kJsonLines;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  return Format::kText;
}

Format sniff(std::string_view content) {
  size_t i = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i == std::string_view::npos) return Format::kText;
  if (content[i] == '{') return Format::kJsonLines;
  if (content[i] == '<') return Format::kHtml;
  return Format::kText;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Reads each record, checks it, and passes on the good ones.
class Batch {
 public:
  Batch(const Options& options, const std::function<void(Document&&)>& on_doc,
        const std::function<void(const Rejection&)>& on_reject)
      : options_(options), on_doc_(on_doc), on_reject_(on_reject) {}

  void read_path(const std::string& path) {
    if (path != "-" && fs::is_directory(path)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && !name.starts_with(".") && name != "README.md")
          files.push_back(entry.path().string());
      }
      std::sort(files.begin(), files.end());
      for (const auto& file : files) read_file(file, format_of(file));
      return;
    }
    if (path != "-" && !fs::exists(path)) throw InputError(fmt::format("{}: no such file or directory", path));
    if (path == "-") {
      LineSource source(path);
      std::string content = source.read_rest();
      read_content(path, sniff(content), std::move(content));
      return;
    }
    read_file(path, format_of(path));
  }

  Stats stats;

 private:
  void read_file(const std::string& path, Format format) {
    LineSource source(path);
    if (format == Format::kJsonLines) {
      std::string line;
      size_t number = 0;
      while (source.next_line(line)) {
        ++number;
        if (blank(line)) continue;
        read_json_line(fmt::format("{}:{}", path, number), line);
      }
      return;
    }
    read_content(path, format, source.read_rest());
  }

  void read_content(const std::string& path, Format format, std::string content) {
    if (format == Format::kJsonLines) {
      size_t number = 0, start = 0;
      while (start < content.size()) {
        size_t end = content.find('\n', start);
        if (end == std::string::npos) end = content.size();
        ++number;
        std::string_view line(content.data() + start, end - start);
        if (!blank(line)) read_json_line(fmt::format("{}:{}", path, number), line);
        start = end + 1;
      }
      return;
    }
    Document doc;
    doc.origin = path;
    std::string stem = path == "-" ? "stdin" : fs::path(without_gz(path)).stem().string();
    doc.id = stem;
    if (auto day = iso_day(stem.substr(0, std::min<size_t>(stem.size(), 10)))) doc.date = *day;
    if (format == Format::kHtml) {
      if (auto problem = utf8_problem(content); !problem.empty()) return reject(path, problem);
      HtmlArticle article = extract_article(content);
      doc.title = article.title;
      if (doc.date.empty())
        if (auto day = iso_day(article.date)) doc.date = *day;
      doc.text = std::move(article.text);
    } else {
      doc.text = std::move(content);
    }
    accept(std::move(doc));
  }

  void read_json_line(const std::string& where, std::string_view line) {
    ++stats.read;
    stats.bytes += line.size();
    if (line.size() > options_.max_bytes)
      return reject(where, fmt::format("record of {} bytes exceeds the {}-byte limit (--max-bytes)",
                                            line.size(), options_.max_bytes));
    if (auto problem = utf8_problem(line); !problem.empty()) return reject(where, problem);
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      return reject(where, fmt::format("malformed JSON: {}", e.what()));
    }
    if (!record.is_object()) return reject(where, "a record must be a JSON object");
    Document doc;
    doc.origin = where;
    auto id = record.find("id");
    if (id == record.end() || id->is_null()) return reject(where, "missing \"id\"");
    if (id->is_string()) doc.id = id->get<std::string>();
    else if (id->is_number_integer()) doc.id = std::to_string(id->get<long long>());
    else return reject(where, "\"id\" must be a string or an integer");
    if (blank(doc.id)) return reject(where, "empty \"id\"");
    std::string label = fmt::format("{} (id {})", where, doc.id);
    for (const char* field : {"date", "title", "source", "url", "lang", "text"}) {
      auto it = record.find(field);
      if (it != record.end() && !it->is_null() && !it->is_string())
        return reject(label, fmt::format("\"{}\" must be a string", field));
    }
    auto text = record.find("text");
    if (text == record.end() || text->is_null()) return reject(label, "missing \"text\"");
    doc.text = text->get<std::string>();
    auto get = [&](const char* field) {
      auto it = record.find(field);
      return it == record.end() || it->is_null() ? std::string() : it->get<std::string>();
    };
    std::string date = get("date");
    if (!date.empty()) {
      auto day = iso_day(date);
      if (!day) return reject(label, fmt::format("impossible date \"{}\" (want ISO 8601, YYYY-MM-DD)", date));
      doc.date = *day;
    }
    doc.title = get("title");
    doc.source = get("source");
    doc.url = get("url");
    doc.lang = get("lang");
    accept(std::move(doc), label);
  }

  // `label` is given by JSON Lines records, which read_json_line already counted.
  void accept(Document doc, std::string label = {}) {
    if (label.empty()) {
      ++stats.read;
      stats.bytes += doc.text.size();
      label = doc.origin;
    }
    if (doc.date.empty()) {
      if (options_.date.empty())
        return reject(label, "no publication date (give \"date\", a YYYY-MM-DD file name prefix, or --date)");
      auto day = iso_day(options_.date);
      if (!day) return reject(label, fmt::format("impossible --date \"{}\"", options_.date));
      doc.date = *day;
    }
    if (blank(doc.text)) return reject(label, "empty text");
    if (doc.text.size() > options_.max_bytes)
      return reject(label, fmt::format("text of {} bytes exceeds the {}-byte limit (--max-bytes)",
                                       doc.text.size(), options_.max_bytes));
    if (auto problem = utf8_problem(doc.text); !problem.empty()) return reject(label, problem);
    auto [it, fresh] = seen_.emplace(doc.id, doc.origin);
    if (!fresh) return reject(label, fmt::format("duplicate id \"{}\" (first at {})", doc.id, it->second));
    ++stats.accepted;
    on_doc_(std::move(doc));
  }

  void reject(const std::string& where, std::string reason) {
    ++stats.rejected;
    on_reject_(Rejection{where, std::move(reason)});
  }

  const Options& options_;
  const std::function<void(Document&&)>& on_doc_;
  const std::function<void(const Rejection&)>& on_reject_;
  std::unordered_map<std::string, std::string> seen_;  // id -> where first seen
};

}  // namespace

Stats read_documents(const std::vector<std::string>& inputs, const Options& options,
                     const std::function<void(Document&&)>& on_doc,
                     const std::function<void(const Rejection&)>& on_reject) {
  Batch batch(options, on_doc, on_reject);
  for (const auto& path : inputs) batch.read_path(path);
  return batch.stats;
}

}  // namespace entente::input
