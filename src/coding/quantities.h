#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"

// Money, counts and percentages in a sentence, normalised: "US$3.5 billion"
// -> 3.5e9 USD, "5,000 tonnes of rice" -> 5000 "tonnes", "160%" -> 160 "percent".
namespace entente::coding {

// Currency words and symbols -> ISO 4217 code. Read-only after load.
class Currencies {
 public:
  // Reads the ISO 4217 list of Debian's iso-codes (codes and names, e.g.
  // "US Dollar" -> USD, "Yuan Renminbi" -> CNY) plus common news words and
  // symbols ("dollars", "yuan", "dong", "$", "€"). Throws std::runtime_error
  // when the file is unreadable or not the iso-codes format.
  static Currencies load(const std::filesystem::path& iso_4217_json = "/usr/share/iso-codes/json/iso_4217.json");
  // The ISO code named by `words` (lowercase, space-joined: "us dollars"), or "".
  std::string find(std::string_view words) const;
  // True when `code` is an ISO 4217 code ("VND").
  bool is_code(std::string_view code) const { return codes_.count(std::string(code)) > 0; }
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, std::string> by_name_;
  std::unordered_map<std::string, std::string> codes_;
};

struct QuantityMention {
  uint32_t token_begin = 0, token_end = 0;
  Quantity quantity;
};

// Every quantity in sentence `s` of `doc` (needs tokens; uses upos when filled).
std::vector<QuantityMention> find_quantities(const Document& doc, uint32_t s, const Currencies& currencies);

}  // namespace entente::coding
