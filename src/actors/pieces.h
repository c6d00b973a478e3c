#pragma once
#include <string>
#include <vector>

#include "core/document.h"

namespace entente::actors {

// A piece of a token, the unit dictionary names are matched on: tokens are cut
// at hyphens and slashes ("Vietnam-Cuba" -> Vietnam, -, Cuba) and before a
// possessive ("Vietnam's" -> Vietnam, 's) so that matching does not depend on
// how the front end split them.
struct Piece {
  Span span;             // bytes in the original text
  uint32_t token = 0;    // the document token it belongs to
  std::string folded;    // fold() of its text
  bool capitalized = false;  // starts with an upper-case letter
  bool upper = false;        // has letters, all upper case ("UN", "U.S.")
  bool possessive = false;   // "'s", "’s" or a lone apostrophe after a name
};

// The pieces of sentence `sentence_index` of `doc`, in order.
std::vector<Piece> sentence_pieces(const Document& doc, uint32_t sentence_index);

}  // namespace entente::actors
