#include "store/synthetic.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <cstring>

#include <fmt/format.h>
#include <sqlite3.h>

#include "store/dates.h"

namespace entente::store {

namespace {

// SplitMix64: a small, fast, well-mixed deterministic sequence.
uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// Runs one SQL statement through the raw connection; throws StoreError.
void exec(Store& store, const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(store.handle(), sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw StoreError("bulk load: " + message);
  }
}

// Drops the events table's indexes (remembering their definitions from
// sqlite_master) and raises the page cache; finish() rebuilds them. Inside
// the caller's transaction, so a failure leaves the indexes as they were.
class BulkLoad {
 public:
  explicit BulkLoad(Store& store) : store_(store) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(store.handle(),
                       "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                       "AND sql IS NOT NULL",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      names_.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
      definitions_.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    for (const std::string& name : names_) exec(store_, "DROP INDEX \"" + name + "\"");
    exec(store_, "PRAGMA cache_size = -262144");
  }
  void finish() {
    for (const std::string& sql : definitions_) exec(store_, sql);
    exec(store_, "ANALYZE");  // planner statistics for the new indexes
    exec(store_, "PRAGMA cache_size = -32768");
  }

 private:
  Store& store_;
  std::vector<std::string> names_, definitions_;
};

Document shifted_copy(const Document& doc, size_t copy, int64_t days) {
  Document out;
  out.id = fmt::format("{}~{}", doc.id, copy);
  out.date = shift_days(doc.date, -days).value_or(doc.date);
  out.title = doc.title;
  out.source = doc.source;
  out.url = doc.url;
  out.lang = doc.lang;
  out.origin = "synthetic copy of " + doc.id;
  out.text = doc.text;  // stored once: texts are shared by content
  out.sentences = doc.sentences;
  out.mentions = doc.mentions;
  out.events = doc.events;
  for (Event& e : out.events) {
    e.doc_id = out.id;
    e.event_id = fmt::format("{}~{}", e.event_id, copy);
    e.date = shift_days(e.date, -days).value_or(e.date);
  }
  return out;
}

}  // namespace

size_t fill_synthetic(Store& store, const std::vector<Document>& templates, size_t events, uint64_t seed) {
  auto transaction = store.begin();
  for (const Document& doc : templates) store.save_coded(doc);
  size_t per_round = 0;
  for (const Document& doc : templates) per_round += doc.events.size();
  size_t total = static_cast<size_t>(store.stats().events);
  if (per_round == 0 || total >= events) return transaction.commit(), total;
  // Bulk load: drop the event indexes and build them again at the end
  // (sorting once beats a million scattered inserts), with a larger cache.
  BulkLoad bulk(store);
  const int64_t rounds = static_cast<int64_t>((events - total + per_round - 1) / per_round);
  const int64_t first_day = *day_number("1950-01-01");
  // Copy k of every template lands at about the same fraction of its
  // template's span since 1950, earliest first, with a random jitter of up
  // to one step: dates are spread evenly yet the inserts arrive roughly in
  // date order, which keeps the date indexes' inserts local (several times
  // faster than random order on a million rows).
  for (int64_t copy = 1; total < events; ++copy) {
    for (size_t t = 0; t < templates.size() && total < events; ++t) {
      const Document& doc = templates[t];
      if (doc.events.empty()) continue;
      int64_t span = std::max<int64_t>(1, day_number(doc.date).value_or(first_day) - first_day);
      int64_t step = std::max<int64_t>(1, span / rounds);
      int64_t back = span * (rounds - copy) / rounds +
                     static_cast<int64_t>(mix(seed ^ mix(static_cast<uint64_t>(copy) * 1000003 + t)) %
                                          static_cast<uint64_t>(step));
      store.save_coded(shifted_copy(doc, static_cast<size_t>(copy), std::clamp<int64_t>(back, 0, span)));
      total += doc.events.size();
    }
  }
  bulk.finish();
  transaction.commit();
  return total;
}

BenchStoreFile::BenchStoreFile(size_t events) {
  if (const char* given = std::getenv("ENTENTE_BENCH_STORE")) {
    path_ = given;
    return;
  }
  auto dir = std::filesystem::temp_directory_path() / ("entente_bench_store_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  dir_ = dir.string();
  path_ = (dir / "store.db").string();
  auto start = std::chrono::steady_clock::now();
  fill_synthetic(*Store::open(path_), builtin_templates(), events);
  build_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

BenchStoreFile::~BenchStoreFile() {
  std::error_code ignored;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
}

std::vector<Document> builtin_templates() {
  struct Country {
    const char* code;
    const char* name;
  };
  // Made-up sample events between real countries; CAMEO codes with their
  // Goldstein scores and quad classes (facts from the CAMEO codebook).
  static constexpr Country kCountries[] = {
      {"CHN", "China"}, {"VNM", "Vietnam"}, {"CUB", "Cuba"},   {"USA", "the United States"},
      {"RUS", "Russia"}, {"JPN", "Japan"},  {"IND", "India"},  {"FRA", "France"},
      {"BRA", "Brazil"}, {"KOR", "South Korea"}, {"LAO", "Laos"}, {"KHM", "Cambodia"}};
  struct Action {
    const char* cameo;
    const char* verb;
    double goldstein;
    int quad;
  };
  static constexpr Action kActions[] = {
      {"036", "said it wanted talks with", 4.0, 1}, {"042", "sent a delegation to", 1.9, 1},
      {"043", "hosted officials from", 2.8, 1},      {"051", "praised", 3.4, 1},
      {"057", "signed an agreement with", 8.0, 1},    {"061", "expanded trade with", 6.4, 2},
      {"070", "sent aid to", 7.0, 2},                 {"111", "criticized", -2.0, 3},
      {"112", "accused", -2.0, 3},                    {"130", "threatened", -4.4, 3},
      {"172", "imposed sanctions on", -5.0, 4},       {"190", "attacked forces of", -10.0, 4}};
  constexpr size_t kCountryCount = std::size(kCountries), kActionCount = std::size(kActions);
  std::vector<Document> docs;
  for (size_t d = 0; d < 24; ++d) {
    Document doc;
    doc.id = fmt::format("sample-{:02}", d);
    doc.date = fmt::format("2025-{:02}-{:02}", 1 + d % 12, 1 + (d * 7) % 28);
    doc.title = "Made-up sample report " + std::to_string(d);
    doc.source = "entente sample";
    for (size_t k = 0; k < 6; ++k) {
      uint64_t r = mix(d * 100 + k);
      const Country& a = kCountries[r % kCountryCount];
      const Country& b = kCountries[(r / kCountryCount + 1 + r % kCountryCount) % kCountryCount];
      if (a.code == b.code) continue;
      const Action& act = kActions[(r >> 20) % kActionCount];
      std::string sentence = fmt::format("{} {} {}.", a.name, act.verb, b.name);
      uint32_t begin = static_cast<uint32_t>(doc.text.size());
      doc.text += sentence + " ";
      uint32_t end = begin + static_cast<uint32_t>(sentence.size());
      doc.sentences.push_back({{begin, end}, 0, 0});
      Event e;
      e.event_id = fmt::format("{}-{}", doc.id, k);
      e.doc_id = doc.id;
      e.date = doc.date;
      e.date_precision = "day";
      e.date_source = "publication";
      e.source = {a.code, a.code, "", a.name, {begin, begin + static_cast<uint32_t>(std::strlen(a.name))}};
      e.target = {b.code, b.code, "", b.name, {end - 1 - static_cast<uint32_t>(std::strlen(b.name)), end - 1}};
      e.cameo = act.cameo;
      e.cameo_root = std::string(act.cameo, 2);
      e.quad_class = act.quad;
      e.goldstein = act.goldstein;
      e.mentions.push_back({static_cast<uint32_t>(doc.sentences.size() - 1), {begin, end}, sentence});
      e.rule = "synthetic";
      e.confidence = 1.0;
      doc.events.push_back(std::move(e));
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace entente::store
