#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "actors/date_range.h"
#include "actors/dictionary.h"

// How well the people files cover the world's governments on a date, so a
// reader of the dictionaries sees which countries lack their leaders.
namespace entente::actors {

struct Member {
  std::string code;  // ISO 3166-1 alpha-3
  std::string name;  // for reading only
};

// Reads a member list ("CODE<TAB>name" lines, '#' comments; data/actors/un_members.tsv).
// Malformed lines and codes that are not ISO countries of `dictionary` go to
// `problems` as file:line with the reason.
std::vector<Member> read_members(const std::filesystem::path& path, const Dictionary& dictionary,
                                 std::vector<Problem>& problems);

struct Coverage {
  Member member;
  std::vector<std::string> people;  // canonical names of those holding a GOV role that day
};

// For each member, the people of `dictionary` with a code of that country and
// role GOV ("VNMGOV", "VNMGOVMIL") valid on `day` (undated codes are valid
// every day), in dictionary order.
std::vector<Coverage> gov_coverage(const Dictionary& dictionary, const std::vector<Member>& members, int32_t day);

}  // namespace entente::actors
