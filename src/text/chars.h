#pragma once
#include <cstdint>
#include <string_view>

// Character classes the front end needs, on UTF-8 text. ASCII goes through a
// table; everything else asks ICU, so any script is classified correctly.
namespace entente::text {

enum class CharClass : uint8_t {
  kSpace,        // any Unicode white space (also NBSP, line separators)
  kNewline,      // \n, \r, U+2028, U+2029: also white space, but ends lines
  kLetter,       // letters and combining marks, any script
  kDigit,        // decimal digits
  kApostrophe,   // ' and the curly ’ (U+2019)
  kPunct,        // other punctuation
  kSymbol,       // currency, math and other symbols
  kControl,      // control characters and invalid bytes
};

// One decoded code point: its value, its byte length and its class.
struct Char {
  char32_t code = 0;
  uint8_t length = 1;
  CharClass cls = CharClass::kControl;
};

// Decodes the code point starting at byte `at` of `s` (at < s.size()).
// Invalid UTF-8 yields one kControl byte so scanning always advances.
Char char_at(std::string_view s, size_t at);

inline bool is_word_class(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }
inline bool is_space_class(CharClass c) { return c == CharClass::kSpace || c == CharClass::kNewline; }

// True for ASCII letters and digits only.
inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// The plain ASCII mark a typographic apostrophe or quote stands for: '\''
// for ’ ‘ ‛ ′ ´ ʼ, '"' for “ ” ‟ ″; 0 for any other code point. News writes
// "Vietnam’s" and “...”, the treebank and the dictionaries mostly "'s" and
// "; one table so that the models and the actor lookup agree.
char plain_quote_of(char32_t code);

// True for currency signs (Unicode Sc: $ £ € ¥ ₫ ₹ ...).
bool is_currency_sign(char32_t code);

// True when the code point starting at `at` is an uppercase or titlecase letter (any script).
bool is_upper_at(std::string_view s, size_t at);
// True when the code point starting at `at` is a lowercase letter (any script).
bool is_lower_at(std::string_view s, size_t at);

}  // namespace entente::text
