#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/chars.h"

namespace entente::text {

namespace {

// Facts about English writing, not taken from any corpus file. Lists are
// sorted so lookups can binary-search; lowercase entries also match
// capitalised words ("Etc", "Vs").
constexpr std::array kTitles = std::to_array<std::string_view>({
    "Adm", "Amb", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Dr", "Drs", "Fr", "Gen", "Gov",
    "Hon", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Pres", "Prof", "Rep", "Reps", "Rev",
    "Sen", "Sens", "Sgt", "Sr", "St", "Supt",
});

constexpr std::array kOthers = std::to_array<std::string_view>({
    "Ala", "Apr", "Ariz", "Ark", "Assn", "Aug", "Ave", "Blvd", "Bros", "Calif", "Co", "Colo", "Conn",
    "Corp", "Dec", "Del", "Dept", "Feb", "Fla", "Fri", "Ft", "Ga", "Govt", "Ill", "Inc", "Ind", "Intl", "Jan",
    "Jr", "Jul", "Jun", "Kan", "Ky", "La", "Ltd", "Mass", "Md", "Mich", "Minn", "Miss", "Mo",
    "Mon", "Mont", "Mt", "Natl", "Neb", "Nev", "Nov", "Oct", "Okla", "Ore", "Pa", "Sat", "Sep", "Sept",
    "Tenn", "Tex", "Thu", "Thur", "Thurs", "Tue", "Tues", "Univ", "Va", "Vt", "Wash", "Wed", "Wis", "Wyo",
    "al", "approx", "attn", "cf", "dept", "est", "etc", "ext", "fig", "govt", "incl", "intl",
    "lb", "lbs", "min", "mins", "oz", "pp", "sq", "vol", "vs", "yr", "yrs",
});

constexpr std::array kNumberTags = std::to_array<std::string_view>({
    "Art", "No", "Nos", "Vol", "no", "nos", "p",
});

constexpr std::array kStarters = std::to_array<std::string_view>({
    "A", "After", "All", "Also", "An", "And", "As", "At", "But", "By", "During", "For", "He",
    "Her", "His", "However", "I", "If", "In", "It", "Its", "Meanwhile", "Most", "No", "Now",
    "On", "One", "Our", "She", "Since", "So", "Some", "That", "The", "Their", "There", "These",
    "They", "This", "Those", "Thus", "To", "Under", "We", "What", "When", "While", "With", "Yet",
    "You",
});

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

// "U.S", "e.g", "Ph.D", "a.k.a": groups of one or two letters joined by periods.
bool is_dotted_letters(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  size_t group = 0;
  for (char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if ((is_ascii_upper(c) || is_ascii_lower(c)) && ++group <= 2) {
      continue;
    } else {
      return false;
    }
  }
  return group > 0;
}

// A single letter, any script: an initial ("J. Smith") or a list marker.
bool is_single_letter(std::string_view word) {
  if (word.empty()) return false;
  Char c = char_at(word, 0);
  return c.length == word.size() && c.cls == CharClass::kLetter;
}

template <size_t N>
bool contains_folded(const std::array<std::string_view, N>& list, std::string_view word) {
  if (contains(list, word)) return true;
  if (word.empty() || !is_ascii_upper(word[0])) return false;
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return contains(list, lower);
}

}  // namespace

Abbreviation classify_abbreviation(std::string_view word) {
  if (word.empty()) return Abbreviation::kNone;
  if (contains(kTitles, word)) return Abbreviation::kTitle;
  if (contains(kNumberTags, word)) return Abbreviation::kNumberTag;
  if (contains_folded(kOthers, word)) return Abbreviation::kOther;
  if (is_single_letter(word) || is_dotted_letters(word)) return Abbreviation::kOther;
  return Abbreviation::kNone;
}

bool is_sentence_starter(std::string_view word) { return contains(kStarters, word); }

}  // namespace entente::text
