#include "actors/coverage.h"

#include <algorithm>
#include <fstream>
#include <unordered_map>

#include <fmt/format.h>

namespace entente::actors {

std::vector<Member> read_members(const std::filesystem::path& path, const Dictionary& dictionary,
                                 std::vector<Problem>& problems) {
  std::vector<Member> members;
  std::ifstream in(path);
  if (!in) {
    problems.push_back({path.string(), "cannot open"});
    return members;
  }
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    std::string where = fmt::format("{}:{}", path.filename().string(), number);
    size_t tab = line.find('\t');
    std::string code = line.substr(0, tab);
    const Part* part = dictionary.codes().find(code);
    if (code.size() != 3 || !part || *part != Part::kCountry) {
      problems.push_back({where, fmt::format("'{}' is not an ISO 3166-1 alpha-3 country code", code)});
      continue;
    }
    members.push_back({code, tab == std::string::npos ? "" : line.substr(tab + 1)});
  }
  return members;
}

std::vector<Coverage> gov_coverage(const Dictionary& dictionary, const std::vector<Member>& members, int32_t day) {
  std::vector<Coverage> coverage;
  std::unordered_map<std::string, size_t> index;  // country code -> coverage row
  for (const Member& member : members) {
    index.emplace(member.code, coverage.size());
    coverage.push_back({member, {}});
  }
  for (const Entry& entry : dictionary.entries()) {
    if (entry.kind != Kind::kPerson || entry.names.empty()) continue;
    std::vector<size_t> counted;  // one count per person and country, however many codes
    for (const DatedCode& code : entry.codes) {
      if (code.code.size() < 6 || code.code.compare(3, 3, "GOV") != 0 || !code.dates.contains(day)) continue;
      auto row = index.find(code.code.substr(0, 3));
      if (row == index.end() || std::find(counted.begin(), counted.end(), row->second) != counted.end()) continue;
      counted.push_back(row->second);
      coverage[row->second].people.push_back(entry.names.front());
    }
  }
  return coverage;
}

}  // namespace entente::actors
