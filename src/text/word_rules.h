#pragma once
#include <cstddef>
#include <string_view>

// Lexical decisions that follow UD English EWT conventions: when a hyphen,
// slash or digit-letter change joins a word, and where clitics split off.
namespace entente::text {

// True when "left-right" stays one token: a bound prefix (non-, anti-, e-),
// a phone number or ISO date (two or more hyphens between digits), or a
// short digit group before four digits (555-1234). Otherwise EWT splits
// "well-known" into well / - / known and "3-4" into 3 / - / 4.
// `left` is the segment before this hyphen, `hyphens_so_far` how many
// hyphens the word already holds, `right` the segment after it and
// `hyphen_follows` whether another hyphen comes right after `right`.
bool hyphen_joins(std::string_view left, std::string_view right, int hyphens_so_far, bool hyphen_follows);

// True when "left/right" stays one token: dates and fractions (9/11,
// 11/28/2000) and single-letter abbreviations (w/o, c/o). "and/or" splits.
bool slash_joins(std::string_view left, std::string_view right);

// True when letters after a number are a separate unit token ("5 pm" style:
// 5pm -> 5 / pm, 10km -> 10 / km) rather than part of it (3rd, 1990s, G7,
// and 4G / 5G: a capital G is a network generation, grams are written g).
bool is_unit_after_number(std::string_view letters);

// For a clitic after an apostrophe ("s", "re", "ll", "d", "ve", "m",
// case-insensitive), true when EWT splits it off as a separate word.
bool is_clitic(std::string_view letters);

// For a whole word written without apostrophe ("dont", "cannot", "gonna"),
// the byte where EWT splits it into two words, or 0 when it is not one.
size_t contraction_split(std::string_view word);

// For a misspelling of two words run together ("alot"), the byte where EWT
// splits it into two separate tokens, or 0.
size_t run_together_split(std::string_view word);

}  // namespace entente::text
