#include "actors/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/chars.h"

namespace entente::actors {

namespace {

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

// Letters whose accent is not a combining mark, so NFD cannot remove it;
// typographic apostrophes (text/chars.h) and a backtick typed for one as '.
UChar32 strip_stroke(UChar32 c) {
  if (c == 0x0060 || text::plain_quote_of(static_cast<char32_t>(c)) == '\'') return '\'';
  switch (c) {
    case 0x0111: case 0x00F0: return 'd';  // đ ð
    case 0x00F8: return 'o';               // ø
    case 0x0142: return 'l';               // ł
    case 0x0127: return 'h';               // ħ
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: return '-';
    default: return c;
  }
}

}  // namespace

std::string fold(std::string_view text) {
  if (is_ascii(text)) {  // the common case, without ICU
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  folded.foldCase();
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(folded, status) : folded;
  if (U_FAILURE(status)) decomposed = folded;
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    stripped.append(strip_stroke(c));
  }
  std::string out;
  stripped.toUTF8String(out);
  return out;
}

}  // namespace entente::actors
