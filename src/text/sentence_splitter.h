#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

// Decides where sentences end, over the tokenizer's words.
namespace entente::text {

// Returns, for each word of `words` (scanned from `text`), whether a
// sentence ends after it; the last word always ends one. Rules for news:
// . ! ? and ellipses end a sentence (closing quotes and brackets after the
// stop stay with it) unless a lowercase word follows; titles (Mr., Gen.)
// never end one; other abbreviations (U.S., Inc.) only before a typical
// sentence start; a blank line or layout debris always ends one, and a line
// break does unless the next line continues in lowercase (headlines,
// captions and list items have no final punctuation); a dateline ("HANOI,
// July 18 (Reuters) -") is a sentence of its own, so the report after it
// starts with its subject. Thread-safe.
std::vector<uint8_t> sentence_ends(std::string_view text, const std::vector<RawWord>& words);

}  // namespace entente::text
