#include "text/sentence_splitter.h"

#include "text/abbreviations.h"
#include "text/chars.h"

namespace entente::text {

namespace {

std::string_view word_text(std::string_view text, const RawWord& w) {
  return text.substr(w.begin, w.end - w.begin);
}

// ".", "!!", "?!", "...", "…"
bool is_stop(std::string_view w) {
  if (w == "\u2026") return true;
  for (char c : w)
    if (c != '.' && c != '!' && c != '?') return false;
  return !w.empty();
}

bool is_closing(std::string_view w) {
  return w == "\"" || w == "'" || w == ")" || w == "]" || w == "}" || w == "''" || w == "\u201D" ||
         w == "\u2019" || w == "\u00BB" || w == "\u2019\u2019";
}

// ":)", ";-)", ":(" and the like, which close the sentence before them.
bool is_emoticon(std::string_view w) {
  return w.size() >= 2 && w.size() <= 3 && (w[0] == ':' || w[0] == ';') &&
         std::string_view(")(DPp/").find(w.back()) != std::string_view::npos;
}

bool starts_lowercase(std::string_view text, const RawWord& w) { return is_lower_at(text, w.begin); }

// Does a sentence end between the word ending at `last` and the word after it?
bool ends_before(std::string_view text, const std::vector<RawWord>& words, size_t last) {
  const RawWord& next = words[last + 1];
  if (next.joined) return false;
  if (next.break_before >= 2) return true;
  std::string_view current = word_text(text, words[last]);
  if (!next.space_before && next.break_before == 0 && is_closing(word_text(text, next))) return false;
  if (next.break_before == 0 && is_emoticon(word_text(text, next))) return false;  // "Loved it. :)"
  if (next.break_before == 1) return !starts_lowercase(text, next) && current != ",";
  // the stop may be followed by closing quotes/brackets: look back past them
  size_t stop = last;
  while (stop > 0 && last - stop < 4 && is_closing(word_text(text, words[stop])) && !words[stop].space_before) --stop;
  std::string_view w = word_text(text, words[stop]);
  if (is_stop(w)) {
    if (stop != last && !is_closing(current)) return false;
    // A full stop, ! or ? ends a sentence even before lowercase (informal
    // text); an ellipsis before lowercase usually trails off mid-sentence.
    bool ellipsis = w.size() > 1 && w.find_first_not_of('.') == std::string_view::npos;
    return !(ellipsis || w == "\u2026") || !starts_lowercase(text, next);
  }
  if (stop != last || w.size() < 2 || w.back() != '.') return false;
  if (is_ascii_digit(w[0])) return false;  // a list number: "1. First item"
  switch (classify_abbreviation(w.substr(0, w.size() - 1))) {
    case Abbreviation::kTitle:
      return false;
    case Abbreviation::kNone:  // a word that kept its period for another reason
      return !starts_lowercase(text, next);
    default:
      return is_sentence_starter(word_text(text, next));
  }
}

bool is_dash(std::string_view w) {
  return w == "-" || w == "--" || w == "\u2014" || w == "\u2013";
}

// A word in capitals only, of two letters or more ("HANOI", "CITY").
bool all_capitals(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (!is_ascii_upper(c)) return false;
  return true;
}

// A news dateline opening the line at `first`: place names in capitals, a
// comma and a date or the agency in brackets, then a dash ("HANOI, July 18
// (Reuters) - ...", "HO CHI MINH CITY (AP) -- ..."). Returns the dash's
// index, or 0 when there is none. Outside brackets no word before the dash
// starts in lowercase and none is a full stop, and a bare "NATO - the
// alliance ..." (no comma, no brackets) is no dateline.
size_t dateline_dash(std::string_view text, const std::vector<RawWord>& words, size_t first) {
  constexpr size_t kMaxWords = 14;
  if (!all_capitals(word_text(text, words[first]))) return 0;
  int depth = 0;
  bool comma_or_brackets = false;
  for (size_t i = first + 1; i < words.size() && i < first + kMaxWords; ++i) {
    if (words[i].break_before > 0) return 0;
    std::string_view w = word_text(text, words[i]);
    if (w == "(") {
      ++depth;
      comma_or_brackets = true;
    } else if (w == ")") {
      --depth;
    } else if (depth == 0) {
      if (is_dash(w)) return comma_or_brackets ? i : 0;
      if (is_stop(w) || starts_lowercase(text, words[i])) return 0;
      comma_or_brackets |= w == ",";
    }
  }
  return 0;
}

}  // namespace

std::vector<uint8_t> sentence_ends(std::string_view text, const std::vector<RawWord>& words) {
  std::vector<uint8_t> ends(words.size(), 0);
  for (size_t i = 0; i + 1 < words.size(); ++i) ends[i] = ends_before(text, words, i) ? 1 : 0;
  // A dateline is a sentence of its own: the report after it starts with its subject.
  for (size_t i = 0; i + 1 < words.size(); ++i)
    if (i == 0 || words[i].break_before > 0)
      if (size_t dash = dateline_dash(text, words, i); dash > 0 && dash + 1 < words.size()) ends[dash] = 1;
  if (!words.empty()) ends.back() = 1;
  return ends;
}

}  // namespace entente::text
