#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary_file.h"

// The three-letter parts CAMEO actor codes are built from (data/actors/codes.tsv
// plus ISO 3166-1 alpha-3), so that `dict check` can name unknown codes.
namespace entente::actors {

enum class Part { kCountry, kState, kRegion, kRole, kOrganisation };

class CodeTable {
 public:
  // Reads codes.tsv ("CODE<TAB>country|state|region|role|organisation<TAB>meaning");
  // malformed lines go to `problems`.
  void load_tsv(const std::filesystem::path& path, std::vector<Problem>& problems);
  void add(std::string code, Part part, std::string meaning);

  // nullptr when `code` (three letters) is not known.
  const Part* find(std::string_view code) const;
  // True when `part` names a place: country, historical state or region.
  static bool is_place(Part part) { return part == Part::kCountry || part == Part::kState || part == Part::kRegion; }
  // Empty when every three-letter group of `code` is known; else the first unknown one.
  std::string first_unknown(std::string_view code) const;

 private:
  std::unordered_map<std::string, Part> parts_;
};

}  // namespace entente::actors
