#include "coding/quantities.h"

#include "coding/strings.h"

#include <cctype>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace entente::coding {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

// "3.5", "5,000", "2.4" -> value; false when `s` is not a plain number.
bool parse_number(std::string_view s, double& value) {
  std::string digits;
  bool seen_digit = false, seen_dot = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digits += c, seen_digit = true;
    else if (c == ',' && seen_digit && !seen_dot) continue;
    else if (c == '.' && !seen_dot && seen_digit) digits += c, seen_dot = true;
    else return false;
  }
  if (!seen_digit || digits.back() == '.') return false;
  value = std::stod(digits);
  return true;
}

double scale_of(std::string_view word) {
  std::string w = lower(word);
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mln" || w == "m") return 1e6;
  if (w == "billion" || w == "bln" || w == "bn") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  if (w == "hundred") return 1e2;
  return 0;
}

bool is_number_word(std::string_view w, double& value) {
  static const std::unordered_map<std::string, double> kWords = {
      {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
      {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"twenty", 20}, {"dozens", 24},
      {"hundreds", 100}, {"thousands", 1000}, {"millions", 1e6}};
  auto it = kWords.find(lower(w));
  if (it == kWords.end()) return false;
  value = it->second;
  return true;
}

// Units that are not things counted in an event ("years", "times") or dates.
bool is_non_count(std::string_view lemma) {
  static const std::unordered_map<std::string, int> kSkip = {
      {"year", 1}, {"month", 1}, {"day", 1}, {"week", 1}, {"time", 1}, {"fold", 1}, {"hour", 1},
      {"minute", 1}, {"decade", 1}, {"century", 1}, {"anniversary", 1}, {"%", 1}, {"th", 1}};
  std::string w = lower(lemma);
  if (kSkip.count(w)) return true;
  return w.size() > 1 && w.back() == 's' && kSkip.count(w.substr(0, w.size() - 1)) > 0;  // lemma not filled
}

}  // namespace

Currencies Currencies::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open the ISO 4217 list (apt install iso-codes)");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    throw std::runtime_error(file.string() + ": not JSON: " + e.what());
  }
  if (!j.contains("4217") || !j["4217"].is_array()) throw std::runtime_error(file.string() + ": no \"4217\" list");
  Currencies c;
  for (const auto& entry : j["4217"]) {
    std::string code = entry.value("alpha_3", "");
    std::string name = lower(entry.value("name", ""));
    if (code.size() != 3) continue;
    c.codes_[code] = code;
    if (!name.empty()) {
      c.by_name_.emplace(name, code);
      c.by_name_.emplace(name + "s", code);
    }
  }
  // News words for the major currencies: the ISO names are formal ("Yuan Renminbi").
  static const std::pair<const char*, const char*> kCommon[] = {
      {"us dollar", "USD"}, {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"dollar", "USD"},
      {"dollars", "USD"}, {"usd", "USD"}, {"$", "USD"}, {"us$", "USD"}, {"u.s.$", "USD"},
      {"euro", "EUR"}, {"euros", "EUR"}, {"€", "EUR"}, {"pound", "GBP"}, {"pounds", "GBP"},
      {"pounds sterling", "GBP"}, {"£", "GBP"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"rmb", "CNY"},
      {"yen", "JPY"}, {"¥", "JPY"}, {"dong", "VND"}, {"rupees", "INR"}, {"rupee", "INR"},
      {"roubles", "RUB"}, {"rubles", "RUB"}, {"won", "KRW"}, {"pesos", "MXN"}, {"cuban pesos", "CUP"},
      {"francs", "CHF"}, {"rand", "ZAR"}, {"real", "BRL"}, {"reais", "BRL"}, {"hk$", "HKD"},
      {"a$", "AUD"}, {"c$", "CAD"}, {"s$", "SGD"}};
  for (const auto& [name, code] : kCommon) c.by_name_[name] = code;
  if (c.codes_.empty()) throw std::runtime_error(file.string() + ": no currency codes");
  return c;
}

std::string Currencies::find(std::string_view words) const {
  auto it = by_name_.find(std::string(words));
  if (it != by_name_.end()) return it->second;
  std::string upper(words);
  for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (upper.size() == 3 && codes_.count(upper)) return upper;
  return {};
}

std::vector<QuantityMention> find_quantities(const Document& doc, uint32_t s, const Currencies& currencies) {
  std::vector<QuantityMention> out;
  const uint32_t begin = doc.sentences[s].token_begin, end = doc.sentences[s].token_end;
  auto word = [&](uint32_t i) { return i < end ? doc.token_text(i) : std::string_view(); };
  auto lemma_of = [&](uint32_t i) -> std::string {
    if (i < doc.lemma.size() && !doc.lemma[i].empty() && doc.lemma[i] != "_") return lower(doc.lemma[i]);
    return lower(word(i));
  };
  // The currency named at i (one or two words, or a glued symbol "US$"), with its width.
  auto currency_at = [&](uint32_t i, uint32_t& width) -> std::string {
    if (i >= end) return {};
    if (i + 1 < end) {
      std::string two = lower(word(i)) + " " + lower(word(i + 1));
      if (std::string c = currencies.find(two); !c.empty()) return width = 2, c;
    }
    if (std::string c = currencies.find(lower(word(i))); !c.empty()) return width = 1, c;
    return {};
  };

  for (uint32_t i = begin; i < end; ++i) {
    uint32_t b = i;
    std::string currency;
    uint32_t width = 0;
    std::string_view w = word(i);
    // Symbol glued to the number: "US$3.5", "$20".
    std::string_view number_text = w;
    for (std::string_view symbol : {"US$", "U.S.$", "HK$", "A$", "C$", "S$", "$", "€", "£", "¥"}) {
      if (w.size() > symbol.size() && w.starts_with(symbol)) {
        currency = currencies.find(lower(symbol));
        number_text = w.substr(symbol.size());
        break;
      }
    }
    double value = 0;
    bool is_number = parse_number(number_text, value);
    if (!is_number && currency.empty()) {
      // Currency before the number: "VND 1 trillion", "US$ 3.5 billion".
      std::string c = currency_at(i, width);
      double v = 0;
      if (!c.empty() && (c != "USD" || lower(w) != "dollars") && i + width < end && parse_number(word(i + width), v)) {
        currency = c;
        value = v;
        i += width;
        is_number = true;
      }
    }
    if (!is_number && currency.empty() && is_number_word(w, value) && i + 1 < end) is_number = true;
    if (!is_number) continue;
    uint32_t j = i + 1;
    if (double scale = scale_of(word(j)); scale > 0) value *= scale, ++j;
    // Percentages: "160%", "160 percent".
    if (word(j) == "%" || lower(word(j)) == "percent" || lower(word(j)) == "per") {
      uint32_t e = lower(word(j)) == "per" && lower(word(j + 1)) == "cent" ? j + 2 : j + 1;
      Quantity q{value, "percent", "", {doc.tokens[b].begin, doc.tokens[e - 1].end}};
      q.text = std::string(doc.span_text(q.span));
      out.push_back({b, e, std::move(q)});
      i = e - 1;
      continue;
    }
    if (currency.empty()) {
      if (std::string c = currency_at(j, width); !c.empty()) currency = c, j += width;
    }
    if (!currency.empty()) {
      Quantity q{value, currency, "", {doc.tokens[b].begin, doc.tokens[j - 1].end}};
      q.text = std::string(doc.span_text(q.span));
      out.push_back({b, j, std::move(q)});
      i = j - 1;
      continue;
    }
    // A count: the number and the noun it counts ("45 cooperation documents",
    // "5,000 tonnes of rice"): the last noun of the following noun group.
    uint32_t k = j, noun = end;
    while (k < end && k < j + 4) {
      std::string_view up = k < doc.upos.size() ? std::string_view(doc.upos[k]) : std::string_view();
      bool nounish = up.empty() ? std::isalpha(static_cast<unsigned char>(word(k)[0])) != 0
                                : (up == "NOUN" || up == "PROPN" || up == "ADJ");
      if (!nounish) break;
      if (up != "ADJ") noun = k;
      ++k;
    }
    if (noun == end || is_non_count(lemma_of(noun)) || (b > begin && (word(b - 1) == "the" || lower(word(b - 1)) == "since")))
      continue;
    if (value >= 1800 && value <= 2100 && number_text.size() == 4) continue;  // a year used as a modifier
    Quantity q{value, lower(word(noun)), "", {doc.tokens[b].begin, doc.tokens[noun].end}};
    q.text = std::string(doc.span_text(q.span));
    out.push_back({b, noun + 1, std::move(q)});
    i = noun;
  }
  return out;
}

}  // namespace entente::coding
