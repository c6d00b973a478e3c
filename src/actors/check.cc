#include "actors/check.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

namespace entente::actors {

namespace {

void check_codes(const Entry& entry, const CodeTable& codes, std::vector<Problem>& problems) {
  for (const DatedCode& dated : entry.codes) {
    if (entry.kind == Kind::kAgent) {
      for (size_t i = 0; i + 3 <= dated.code.size(); i += 3) {
        const Part* part = codes.find(std::string_view(dated.code).substr(i, 3));
        if (!part || *part != Part::kRole)
          problems.push_back({entry.source, fmt::format("agent code '{}': '{}' is not a role (codes.tsv)", dated.code,
                                                        dated.code.substr(i, 3))});
      }
    } else if (std::string unknown = codes.first_unknown(dated.code); !unknown.empty()) {
      problems.push_back({entry.source, fmt::format("code '{}': unknown part '{}' (not an ISO country nor in codes.tsv)",
                                                    dated.code, unknown)});
    }
    if (dated.dates.from > dated.dates.to)
      problems.push_back({entry.source, fmt::format("code '{}': inverted date range {}", dated.code, dated.dates.text())});
  }
}

// Two ranges of one entry may share their boundary day (a handover), no more.
void check_overlaps(const Entry& entry, std::vector<Problem>& problems) {
  for (size_t i = 0; i < entry.codes.size(); ++i)
    for (size_t j = i + 1; j < entry.codes.size(); ++j) {
      const DatedCode &a = entry.codes[i], &b = entry.codes[j];
      if (a.dates.open() || b.dates.open()) continue;
      if (a.dates.overlap_days(b.dates.from, b.dates.to) > 1)
        problems.push_back({entry.source, fmt::format("{} {} overlaps {} {}", a.code, a.dates.text(), b.code, b.dates.text())});
    }
}

std::string code_list(const Entry& entry) {
  std::string out;
  for (const DatedCode& code : entry.codes) out += (out.empty() ? "" : ",") + code.code;
  return out;
}

}  // namespace

std::vector<Problem> check_sources(const Sources& sources) {
  std::vector<Problem> problems;
  std::unordered_map<std::string, const Entry*> first_with_key;
  for (const Entry& entry : sources.entries) {
    check_codes(entry, sources.codes, problems);
    check_overlaps(entry, problems);
    if (entry.codes.empty()) continue;
    std::vector<const Entry*> reported;  // one problem per pair of entries
    for (const std::string& name : entry.names) {
      auto [it, added] = first_with_key.emplace(name_key(name), &entry);
      const Entry& other = *it->second;
      if (added || &other == &entry || code_list(other) == code_list(entry)) continue;
      if (std::find(reported.begin(), reported.end(), &other) != reported.end()) continue;
      reported.push_back(&other);
      bool both_roles = (other.kind == Kind::kAgent) == (entry.kind == Kind::kAgent);
      if (both_roles)
        problems.push_back({entry.source, fmt::format("name '{}' is {} here but {} at {}", name, code_list(entry),
                                                      code_list(other), other.source)});
    }
  }
  return problems;
}

}  // namespace entente::actors
