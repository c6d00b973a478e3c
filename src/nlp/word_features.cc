#include "nlp/word_features.h"

#include <algorithm>

#include "nlp/feature_hash.h"
#include "text/chars.h"

namespace entente::nlp {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// fold_word of a word already through model_reading.
std::string fold_plain(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    else if (is_digit(c)) c = '0';
  return out;
}

}  // namespace

std::string plain_quotes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      out += word[i++];
      continue;
    }
    const text::Char c = text::char_at(word, i);
    const char plain = c.cls == text::CharClass::kControl ? 0 : text::plain_quote_of(c.code);
    if (plain != 0) {
      out += plain;
    } else {
      out.append(word.substr(i, c.length));  // invalid bytes too, unchanged
    }
    i += c.length;
  }
  return out;
}

std::string lower_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool equals_lower(std::string_view word, std::string_view lower) {
  return word.size() == lower.size() &&
         std::equal(word.begin(), word.end(), lower.begin(), [](char a, char b) { return (a | 0x20) == b; });
}

bool is_currency_word(std::string_view word) {
  if (word.empty()) return false;
  // "HK$", "S$", "NT$": a country's dollar, written with its letters.
  if (word.back() == '$' && word.size() >= 2 && word.size() <= 4)
    return std::all_of(word.begin(), word.end() - 1, [](char c) { return is_upper(c); });
  if (static_cast<unsigned char>(word[0]) < 0x80) return false;
  const text::Char c = text::char_at(word, 0);
  return c.length == word.size() && text::is_currency_sign(c.code);
}

std::string model_reading(std::string_view word) {
  if (is_currency_word(word)) return "$";
  return plain_quotes(word);
}

std::string fold_word(std::string_view word) { return fold_plain(model_reading(word)); }

std::string word_shape(std::string_view word) {
  std::string shape;
  for (unsigned char c : word) {
    char k = is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_digit(c) ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (shape.empty() || shape.back() != k) shape.push_back(k);
  }
  return shape;
}

WordInfo describe_word(std::string_view typed) {
  const std::string plain = model_reading(typed);
  const std::string_view word = plain;
  WordInfo info;
  std::string folded = fold_plain(word);
  info.form = hash_text(word);
  info.lower = hash_text(folded);
  info.shape = hash_text(word_shape(word));
  std::string_view f(folded);
  for (int k = 0; k < kMaxAffix; ++k) {
    size_t n = std::min<size_t>(k + 1, f.size());
    // Affixes longer than the word are marked distinct from the whole word.
    uint64_t too_long = f.size() < static_cast<size_t>(k + 1) ? 0x5bd1e995u : 0;
    info.prefix[k] = hash_text(f.substr(0, n)) ^ too_long;
    info.suffix[k] = hash_text(f.substr(f.size() - n)) ^ too_long;
  }
  bool any_letter = false, all_upper = true;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = word[i];
    if (is_digit(c)) info.flags |= kHasDigit;
    if (is_upper(c)) info.flags |= kHasUpper, any_letter = true;
    if (is_lower(c)) all_upper = false, any_letter = true;
    if (c == '-') info.flags |= kHasHyphen;
    if (c == '.') info.flags |= kHasPeriod;
    if (c >= 0x80) info.flags |= kHasNonAscii, any_letter = true;
  }
  if (!word.empty() && is_upper(word[0])) info.flags |= kInitialUpper;
  if (any_letter && all_upper && (info.flags & kHasUpper)) info.flags |= kAllUpper;
  if (!any_letter) info.flags |= kNoLetter;
  return info;
}

WordInfo boundary_word(int offset) {
  WordInfo info;
  uint64_t h = hash_mix(0xb0d4ull, static_cast<uint64_t>(offset + 16));
  info.form = info.lower = info.shape = h;
  for (int k = 0; k < kMaxAffix; ++k) info.prefix[k] = info.suffix[k] = h;
  info.flags = 1u << 10;
  return info;
}

}  // namespace entente::nlp
