#pragma once
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "actors/date_range.h"

// One actor dictionary file in Entente's own text format (data/actors/README.md):
//   @kind person
//   Xi Jinping = CHNELI 2007-10-22..2013-03-13, CHNGOV 2013-03-14..
//   To Lam; Tô Lâm = VNMCOP 2016-04-09..2024-05-21, VNMGOV 2024-05-22..
namespace entente::actors {

enum class Kind {
  kCountry,       // a country name, adjective or demonym: "Vietnam", "Vietnamese"
  kCapital,       // a capital used for its government: "Hanoi" -> VNMGOV
  kOrganisation,  // IGOs, NGOs, parties: "ASEAN" -> IGOSEAASN
  kPerson,        // people with date-bounded roles
  kAgent,         // role nouns and titles: "foreign minister" -> GOV
  kTitle,         // honorifics that only join a following name: "Mr", "Comrade"
  kPlace,         // names that are not actors and block shorter ones: "Ho Chi Minh City"
  kLanguage,      // languages: a country word that is one ("Spanish") is not an actor "in Spanish"
  kThing,         // nouns a nationality describes: "coffee" makes "Vietnamese coffee" no actor
};
const char* kind_name(Kind kind);

// A code with the dates it is valid on (both inclusive; open ends allowed).
struct DatedCode {
  std::string code;  // "CHNGOV"; for agents the role alone: "GOV"
  DateRange dates;
};

struct Entry {
  Kind kind = Kind::kCountry;
  std::vector<std::string> names;  // as written, first = canonical
  std::vector<DatedCode> codes;    // none for titles and places
  std::string source;              // "file:line"
};

// The code of `entry` valid in `period`: the dated code sharing most days with
// it (the later one on a tie), else an undated code; nullptr when none applies.
const DatedCode* code_in(const Entry& entry, DateRange period);

// A problem in a dictionary file, named by where it is.
struct Problem {
  std::string where;   // "file:line"
  std::string reason;
  std::string text() const { return where + ": " + reason; }
};

// Parses one file. Malformed lines go to `problems` and are skipped.
std::vector<Entry> parse_dictionary(std::istream& in, const std::string& name, std::vector<Problem>& problems);

// Writes one entry as a line of the format (no @kind line).
std::string format_entry(const Entry& entry);

}  // namespace entente::actors
