#pragma once
#include <cstdint>
#include <vector>

#include "actors/dictionary.h"
#include "actors/pieces.h"
#include "actors/units.h"
#include "core/document.h"

// A bare country word ("Spanish", "Cuban", "Vietnamese") is often no actor:
// it names a language or describes a thing. Sometimes it names people.
namespace entente::actors {

enum class NationalityUse {
  kActor,        // the country itself: "Cuba protested", "the Chinese said"
  kPeople,       // its people (civilians): "a Cuban", "Cubans", "many Vietnamese", "Vietnamese living abroad"
  kLanguage,     // a language: "in Spanish", "into English", "study Chinese", "in Chinese and Vietnamese"
  kDescription,  // describes a thing the dictionary lists: "Vietnamese coffee", "the Spanish-language edition"
};

// How `unit` (a kBare unit of `pieces`, sentence `sentence` of `doc`) is used. Uses
// doc.upos/xpos when filled (adjectives between the word and its noun are
// skipped: "Vietnamese agricultural products") and doc.head/deprel when
// filled (the noun a word modifies); else the neighbouring words.
NationalityUse nationality_use(const Dictionary& dictionary, const Document& doc, uint32_t sentence,
                               const std::vector<Piece>& pieces, const Unit& unit);

}  // namespace entente::actors
