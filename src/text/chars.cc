#include "text/chars.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace entente::text {

namespace {

constexpr std::array<CharClass, 128> make_ascii_table() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == '\n' || c == '\r') t[c] = CharClass::kNewline;
    else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') t[c] = CharClass::kSpace;
    else if (c < 32 || c == 127) t[c] = CharClass::kControl;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = CharClass::kLetter;
    else if (c >= '0' && c <= '9') t[c] = CharClass::kDigit;
    else if (c == '\'') t[c] = CharClass::kApostrophe;
    else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
             c == '|' || c == '~')
      t[c] = CharClass::kSymbol;
    else t[c] = CharClass::kPunct;
  }
  return t;
}

constexpr std::array<CharClass, 128> kAscii = make_ascii_table();

CharClass classify(UChar32 c) {
  if (c == 0x2019) return CharClass::kApostrophe;
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::kNewline;
  if (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF) return CharClass::kSpace;  // also ZWSP, BOM
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return CharClass::kLetter;  // Roman numerals, superscripts: part of words
    case U_FORMAT_CHAR:
      return CharClass::kLetter;  // soft hyphen, joiners: invisible, inside words
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
      return CharClass::kPunct;
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      return CharClass::kSymbol;
    default:
      return CharClass::kControl;
  }
}

UChar32 decode(std::string_view s, size_t at, size_t& next) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  next = static_cast<size_t>(i);
  return c;
}

}  // namespace

char plain_quote_of(char32_t code) {
  switch (code) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x2033: return '"';
    default: return 0;
  }
}

bool is_currency_sign(char32_t code) { return u_charType(static_cast<UChar32>(code)) == U_CURRENCY_SYMBOL; }

Char char_at(std::string_view s, size_t at) {
  unsigned char b = static_cast<unsigned char>(s[at]);
  if (b < 0x80) return {b, 1, kAscii[b]};
  size_t next;
  UChar32 c = decode(s, at, next);
  uint8_t length = static_cast<uint8_t>(next - at);
  if (c < 0) return {0xFFFD, length, CharClass::kControl};
  return {static_cast<char32_t>(c), length, classify(c)};
}

bool is_upper_at(std::string_view s, size_t at) {
  unsigned char b = static_cast<unsigned char>(s[at]);
  if (b < 0x80) return is_ascii_upper(static_cast<char>(b));
  size_t next;
  UChar32 c = decode(s, at, next);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool is_lower_at(std::string_view s, size_t at) {
  unsigned char b = static_cast<unsigned char>(s[at]);
  if (b < 0x80) return is_ascii_lower(static_cast<char>(b));
  size_t next;
  UChar32 c = decode(s, at, next);
  return c >= 0 && u_islower(c);
}

}  // namespace entente::text
