#pragma once
#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "actors/dictionary_file.h"

// Converting PETRARCH2/TABARI actor and agent dictionaries to Entente's format.
namespace entente::actors {

struct ImportReport {
  std::map<std::string, size_t> converted;       // kind -> entries
  std::map<std::string, size_t> not_converted;   // reason -> entries or lines
  std::vector<Problem> examples;                 // the first few of each reason, file:line
  size_t names = 0;                              // names (with synonyms) converted
  size_t stems = 0;                              // TABARI stems (no trailing '_') kept as whole words
};

// Parses one TABARI dictionary. `agents` selects the agents format
// ([~ROLE] codes, {plural} forms, !SET! substitution sets); otherwise the
// actors format (NAME, +synonyms, [CODE >YYMMDD] / [CODE <date] / [CODE from-to]).
// What cannot be converted is counted in `report` with its reason.
std::vector<Entry> import_tabari(std::istream& in, const std::string& name, bool agents, ImportReport& report);

// Converts every *.actors.txt and *agents*.txt of `petrarch_dir` into
// `out_dir`/<file>.txt (Entente's format, with a header naming the source).
// Returns the report; throws std::runtime_error when a file cannot be read or written.
ImportReport import_petrarch_dir(const std::filesystem::path& petrarch_dir, const std::filesystem::path& out_dir);

}  // namespace entente::actors
