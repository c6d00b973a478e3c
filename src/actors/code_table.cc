#include "actors/code_table.h"

#include <fstream>

#include <fmt/format.h>

namespace entente::actors {

void CodeTable::add(std::string code, Part part, std::string /*meaning*/) { parts_.emplace(std::move(code), part); }

void CodeTable::load_tsv(const std::filesystem::path& path, std::vector<Problem>& problems) {
  std::ifstream in(path);
  if (!in) {
    problems.push_back({path.string(), "cannot open"});
    return;
  }
  static const std::unordered_map<std::string, Part> kParts = {
      {"country", Part::kCountry}, {"state", Part::kState}, {"region", Part::kRegion},
      {"role", Part::kRole}, {"organisation", Part::kOrganisation}};
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    size_t tab1 = line.find('\t'), tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    std::string code = line.substr(0, tab1);
    auto part = tab1 == std::string::npos ? kParts.end() : kParts.find(line.substr(tab1 + 1, tab2 - tab1 - 1));
    if (code.size() != 3 || part == kParts.end()) {
      problems.push_back({fmt::format("{}:{}", path.filename().string(), number),
                          "expected CODE<TAB>country|state|region|role|organisation<TAB>meaning"});
      continue;
    }
    add(code, part->second, tab2 == std::string::npos ? "" : line.substr(tab2 + 1));
  }
}

const Part* CodeTable::find(std::string_view code) const {
  auto it = parts_.find(std::string(code));
  return it == parts_.end() ? nullptr : &it->second;
}

std::string CodeTable::first_unknown(std::string_view code) const {
  for (size_t i = 0; i + 3 <= code.size(); i += 3)
    if (!find(code.substr(i, 3))) return std::string(code.substr(i, 3));
  return "";
}

}  // namespace entente::actors
