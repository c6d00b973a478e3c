#pragma once
#include <cstdint>
#include <string>
#include <string_view>

// Hashes of the surface properties of one word, computed once per token and
// combined into many features by the tagger and the lemmatizer.
namespace entente::nlp {

inline constexpr int kMaxAffix = 5;  // prefixes/suffixes of 1..kMaxAffix bytes

struct WordInfo {
  uint64_t form = 0;              // exact form
  uint64_t lower = 0;             // lowercased, digits folded to 0
  uint64_t shape = 0;             // word_shape()
  uint64_t prefix[kMaxAffix]{};   // prefix[k] = first k+1 bytes of the lowered form
  uint64_t suffix[kMaxAffix]{};   // suffix[k] = last k+1 bytes of the lowered form
  uint64_t flags = 0;             // kHas* bits below
};

enum WordFlag : uint64_t {
  kHasDigit = 1, kHasUpper = 2, kInitialUpper = 4, kAllUpper = 8, kHasHyphen = 16,
  kHasPeriod = 32, kHasNonAscii = 64, kNoLetter = 128,
};

// Typographic apostrophes and quotes as the treebank mostly writes them:
// ’ ‘ ‛ ′ ´ as ', “ ” ‟ ″ as ". News writes "Vietnam’s", "won’t" and “...”;
// every model reads words through this (describe_word, fold_word, the
// lemmatizer), so both spellings share what was learned from either.
std::string plain_quotes(std::string_view word);

// A lone currency sign ("€", "£", "₫", Unicode Sc) or a dollar written with
// its country's capitals ("HK$", "S$", "US$").
bool is_currency_word(std::string_view word);

// How the tagger and the parser read a word: plain_quotes, and a currency
// word (is_currency_word) as "$", the treebank's only common one: "€", "HK$"
// before or after an amount are tagged and attached as "$" is. The
// lemmatizer reads plain_quotes only, so "€" keeps its own lemma.
std::string model_reading(std::string_view word);

// model_reading, then ASCII letters lowered and ASCII digits replaced by '0', so "1984" and
// "2023" share statistics; other bytes (UTF-8) are kept as they are.
std::string fold_word(std::string_view word);

// ASCII-lowercase copy (digits kept): the base of lemma edit scripts.
std::string lower_ascii(std::string_view word);

// Whether `word` is `lower` (given in lowercase) in any ASCII casing: "To", "TO".
bool equals_lower(std::string_view word, std::string_view lower);

// "Xxxx" -> "Xx", "1,000" -> "d,d", "U.S." -> "X.X.": character classes with
// runs collapsed (upper X, lower x, digit d, others kept; non-ASCII -> 'u').
std::string word_shape(std::string_view word);

WordInfo describe_word(std::string_view word);

// Hashes standing for "no word here" before the sentence start and after its end.
WordInfo boundary_word(int offset);

}  // namespace entente::nlp
