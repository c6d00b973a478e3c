#include "store/synthetic.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

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
  for (size_t copy = 1; per_round > 0 && total < events; ++copy) {
    for (size_t t = 0; t < templates.size() && total < events; ++t) {
      const Document& doc = templates[t];
      if (doc.events.empty()) continue;
      // Publication dates land between 1950-01-01 and the template's own date.
      int64_t range = std::max<int64_t>(1, day_number(doc.date).value_or(0) - *day_number("1950-01-01"));
      int64_t days = static_cast<int64_t>(mix(seed ^ mix(copy * 1000003 + t)) % static_cast<uint64_t>(range));
      store.save_coded(shifted_copy(doc, copy, days));
      total += doc.events.size();
    }
  }
  transaction.commit();
  return total;
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
