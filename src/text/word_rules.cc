#include "text/word_rules.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/chars.h"

namespace entente::text {

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_digit);
}

// Sorted, lowercase. Prefixes written with a hyphen that EWT keeps attached.
constexpr std::array kBoundPrefixes = std::to_array<std::string_view>({
    "anti", "bi", "co", "counter", "cross", "e", "ex", "extra", "infra", "inter", "intra", "macro",
    "mega", "micro", "mid", "mini", "multi", "neo", "non", "over", "pan", "post", "pre", "pro",
    "pseudo", "psycho", "re", "semi", "socio", "sub", "super", "trans", "tri", "ultra", "un",
});

constexpr std::array kUnits = std::to_array<std::string_view>({
    "am", "b", "bn", "c", "cm", "f", "ft", "g", "gb", "ghz", "h", "hr", "hrs", "hz", "k", "kb",
    "kg", "km", "kw", "lb", "lbs", "m", "mb", "mg", "mi", "min", "mins", "ml", "mm", "mph", "mw",
    "oz", "pm", "sec", "x", "yrs",
});

constexpr std::array kClitics = std::to_array<std::string_view>({
    "d", "ll", "m", "re", "s", "ve",
});

// Contractions written without an apostrophe, with the length of their first word.
struct Contraction {
  std::string_view word;
  size_t split;
};
constexpr std::array kContractions = std::to_array<Contraction>({
    {"arent", 3}, {"cannot", 3}, {"cant", 2}, {"couldnt", 5}, {"didnt", 3}, {"doesnt", 4},
    {"dont", 2}, {"gonna", 3}, {"gotta", 3}, {"hadnt", 3}, {"hasnt", 3}, {"havent", 4},
    {"im", 1}, {"isnt", 2}, {"shouldnt", 6}, {"wanna", 3}, {"wasnt", 3}, {"werent", 4},
    {"wont", 2}, {"wouldnt", 5},
});

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

}  // namespace

bool hyphen_joins(std::string_view left, std::string_view right, int hyphens_so_far, bool hyphen_follows) {
  if (all_digits(left) && all_digits(right)) {
    if (hyphens_so_far > 0 || hyphen_follows) return true;  // 713-853-3989, 2001-05-03
    return left.size() <= 3 && right.size() == 4;          // 853-3989, x3-5213; not 3-4 or 1969-1970
  }
  if (hyphens_so_far > 0) return false;
  return contains(kBoundPrefixes, ascii_lower(left));
}

bool slash_joins(std::string_view left, std::string_view right) {
  if (all_digits(left) && all_digits(right)) return true;
  auto single_letter = [](std::string_view s) { return s.size() == 1 && !is_ascii_digit(s[0]); };
  return single_letter(left) && single_letter(right);
}

bool is_unit_after_number(std::string_view letters) {
  if (letters == "G") return false;
  return contains(kUnits, ascii_lower(letters));
}

bool is_clitic(std::string_view letters) { return contains(kClitics, ascii_lower(letters)); }

size_t contraction_split(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return 0;
  std::string lower = ascii_lower(word);
  auto it = std::lower_bound(kContractions.begin(), kContractions.end(), lower,
                             [](const Contraction& c, const std::string& w) { return c.word < w; });
  if (it == kContractions.end() || it->word != lower) return 0;
  // "Im"/"im" only: "IM" is far more often an abbreviation (instant message).
  if (lower == "im" && word == "IM") return 0;
  return it->split;
}

size_t run_together_split(std::string_view word) {
  std::string lower = ascii_lower(word);
  return lower == "alot" ? 1 : 0;
}

}  // namespace entente::text
