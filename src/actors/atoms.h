#pragma once
#include <cstdint>
#include <vector>

#include "actors/dictionary.h"
#include "actors/pieces.h"
#include "core/document.h"

namespace entente::actors {

// A run of pieces that a dictionary names (longest match), or a run of
// capitalised words that none does (`entries` empty: an unknown name).
struct Atom {
  uint32_t first = 0, last = 0;   // pieces [first, last)
  Kind kind = Kind::kPlace;       // of entries.front(); meaningless for unknown names
  std::vector<uint32_t> entries;  // candidates, best first
  bool weak = false;              // unknown: one capitalised word opening a sentence (maybe not a name)
  bool unknown() const { return entries.empty(); }
};

// The atoms of one sentence's pieces, in order and not overlapping. `upos`
// (the tokens' tags, may be empty) helps tell names from capitalised words.
std::vector<Atom> find_atoms(const Dictionary& dictionary, const Document& doc, const std::vector<Piece>& pieces);

// True for English function words that are capitalised only at a sentence
// start or in headlines ("The", "During"): never the start of a name.
bool is_function_word(const std::string& folded);

}  // namespace entente::actors
