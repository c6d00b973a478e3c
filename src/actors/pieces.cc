#include "actors/pieces.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "actors/fold.h"

namespace entente::actors {

namespace {

// Length in bytes of a separator at `i` ('-', '/', en/em dash), 0 if none.
size_t separator_at(std::string_view text, size_t i) {
  if (text[i] == '-' || text[i] == '/') return 1;
  if (text.compare(i, 3, "\u2013") == 0 || text.compare(i, 3, "\u2014") == 0) return 3;
  return 0;
}

// Length of a possessive ending at the end of `text` ("'s", "’s", "'"), 0 if none.
size_t possessive_suffix(std::string_view text) {
  for (std::string_view suffix : {"'s", "'S", "\u2019s", "\u2019S"})
    if (text.size() > suffix.size() && text.ends_with(suffix)) return suffix.size();
  return 0;
}

void add_piece(const Document& doc, uint32_t token, uint32_t begin, uint32_t end, std::vector<Piece>& pieces) {
  if (begin >= end) return;
  Piece piece;
  piece.span = {begin, end};
  piece.token = token;
  std::string_view text = doc.span_text(piece.span);
  piece.folded = fold(text);
  int32_t i = 0;
  UChar32 first;
  U8_NEXT(text.data(), i, int32_t(text.size()), first);
  piece.capitalized = first > 0 && u_isupper(first);
  bool has_letter = false, all_upper = true;
  for (int32_t j = 0; j < int32_t(text.size());) {
    UChar32 c;
    U8_NEXT(text.data(), j, int32_t(text.size()), c);
    if (c > 0 && u_isalpha(c)) {
      has_letter = true;
      if (!u_isupper(c)) all_upper = false;
    }
  }
  piece.upper = has_letter && all_upper;
  piece.possessive = piece.folded == "'s" || piece.folded == "'";
  pieces.push_back(std::move(piece));
}

}  // namespace

std::vector<Piece> sentence_pieces(const Document& doc, uint32_t sentence_index) {
  std::vector<Piece> pieces;
  const Sentence& sentence = doc.sentences[sentence_index];
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    Span span = doc.tokens[t];
    std::string_view text = doc.span_text(span);
    size_t possessive = possessive_suffix(text);
    size_t body_end = text.size() - possessive;
    size_t start = 0;
    for (size_t i = 0; i < body_end;) {
      size_t separator = i > 0 ? separator_at(text, i) : 0;
      if (separator == 0 || i + separator >= body_end) {
        ++i;
        continue;
      }
      add_piece(doc, t, span.begin + uint32_t(start), span.begin + uint32_t(i), pieces);
      add_piece(doc, t, span.begin + uint32_t(i), span.begin + uint32_t(i + separator), pieces);
      i += separator;
      start = i;
    }
    add_piece(doc, t, span.begin + uint32_t(start), span.begin + uint32_t(body_end), pieces);
    if (possessive) add_piece(doc, t, span.begin + uint32_t(body_end), span.end, pieces);
  }
  return pieces;
}

}  // namespace entente::actors
