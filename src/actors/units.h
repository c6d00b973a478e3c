#pragma once
#include <string>
#include <vector>

#include "actors/atoms.h"

namespace entente::actors {

// One actor phrase: atoms merged by titles and appositions, e.g.
// "General Secretary of the CPC Central Committee and President of the
// People's Republic of China, Xi Jinping" or "Vietnamese police".
struct Unit {
  enum class Type {
    kBare,    // a country, capital or organisation on its own
    kTitle,   // a role noun or honorific, with the country/organisation it names if any
    kPerson,  // a known person, with any titles
    kName,    // an unknown name, with any titles
  };
  Type type = Type::kBare;
  uint32_t first = 0, last = 0;      // pieces [first, last)
  uint32_t name_first = 0, name_last = 0;  // the name's own pieces (kPerson, kName)
  std::vector<uint32_t> people;      // person entry candidates (kPerson)
  std::string country;               // "VNM" from a country, capital, national organisation
  std::string organisation;          // an organisation's code, e.g. "VNMPTY", "IGOUNO"
  std::string role;                  // from a role noun: "GOV"
  bool capital = false;              // bare capital (a government metonym)
  bool titled = false;               // has a role noun or honorific
  bool hosted = false;               // "ambassador to X": X is absorbed, not the actor's country
  bool weak = false;                 // kName from a weak atom ("Increasingly, ..."): takes no title after it
  std::vector<std::string> sources;  // dictionary file:line of every atom used
};

// Merges a sentence's atoms into actor phrases (see Unit); unknown names stay
// kName units whether or not a title joined them.
std::vector<Unit> build_units(const Dictionary& dictionary, const std::vector<Piece>& pieces,
                              const std::vector<Atom>& atoms);

}  // namespace entente::actors
