#pragma once
#include <vector>

#include "actors/dictionary.h"

namespace entente::actors {

// Everything `entente dict check` reports about dictionaries already read:
// codes with unknown parts, inverted or overlapping date ranges within an
// entry, and one name given conflicting codes by two entries. Each problem
// names the entry's file:line. Read errors are reported by read_sources.
std::vector<Problem> check_sources(const Sources& sources);

}  // namespace entente::actors
