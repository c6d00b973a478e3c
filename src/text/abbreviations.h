#pragma once
#include <string_view>

// Which words ending in a period keep the period (UD EWT writes "Mr." and
// "U.S." as one token), and whether a sentence may end after them.
namespace entente::text {

enum class Abbreviation {
  kNone,      // not an abbreviation: the period is a separate token
  kTitle,     // precedes a name (Mr., Gen., Sen.): never ends a sentence
  kOther,     // Jan., Inc., etc., U.S.: may end a sentence
  kNumberTag, // No., Nos., Art.: an abbreviation only before a number
};

// Classifies `word` (without its final period), e.g. "Mr", "U.S", "e.g".
// Single letters (initials) and dotted letter groups ("U.S", "Ph.D") are
// abbreviations; other words are looked up in built-in lists (titles,
// months, days, US states, company and Latin abbreviations).
Abbreviation classify_abbreviation(std::string_view word);

// True for words that commonly start a sentence in English ("The", "He",
// "But"): after an abbreviation that may end a sentence, one of these next
// means it did.
bool is_sentence_starter(std::string_view word);

}  // namespace entente::text
