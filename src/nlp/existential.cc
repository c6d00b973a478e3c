#include "nlp/existential.h"

#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

bool is_be(std::string_view form) {
  for (std::string_view be : {"is", "are", "was", "were", "'s", "’s", "be", "been", "am", "'re", "’re"})
    if (equals_lower(form, be)) return true;
  return false;
}

bool is_have(std::string_view form) {
  return equals_lower(form, "have") || equals_lower(form, "has") || equals_lower(form, "had") ||
         equals_lower(form, "'ve") || equals_lower(form, "’ve");
}

// Whether "there" at i opens its clause: first, or after punctuation, a
// conjunction, a wh-word, an adverb or a finite verb ("I suppose there will
// be"), not after a noun or a non-finite verb ("the guards there will be",
// "staying there was"), where it is a place.
bool opens_clause(std::span<const std::string_view> xpos, size_t i) {
  if (i == 0) return true;
  const std::string_view before = xpos[i - 1];
  for (std::string_view tag : {",", ":", "``", "''", "-LRB-", ".", "CC", "IN", "WRB", "WDT", "WP", "RB", "UH", "VBP",
                               "VBD", "VBZ"})
    if (before == tag) return true;
  return false;
}

// The first word from `i` on that is no adverb.
size_t skip_adverbs(std::span<const std::string_view> xpos, size_t i) {
  while (i < xpos.size() && xpos[i] == "RB") ++i;
  return i;
}

}  // namespace

bool is_existential_there(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i) {
  if (i >= forms.size() || !equals_lower(forms[i], "there") || !opens_clause(xpos, i)) return false;
  const size_t next = skip_adverbs(xpos, i + 1);
  if (next >= forms.size()) return false;
  if (is_be(forms[next])) return true;
  const size_t after = skip_adverbs(xpos, next + 1);
  if (after >= forms.size()) return false;
  return (xpos[next] == "MD" && equals_lower(forms[after], "be")) ||
         (is_have(forms[next]) && equals_lower(forms[after], "been"));
}

bool is_existential_been(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i) {
  if (i < 2 || i >= forms.size() || !equals_lower(forms[i], "been")) return false;
  if (i + 1 < forms.size() && (xpos[i + 1] == "VBN" || xpos[i + 1] == "VBG")) return false;  // "been done", "been going"
  size_t have = i - 1;
  while (have > 0 && (xpos[have] == "RB" || xpos[have] == "MD")) --have;
  if (!is_have(forms[have]) || have == 0) return false;
  size_t there = have - 1;
  while (there > 0 && (xpos[there] == "RB" || xpos[there] == "MD")) --there;  // "there would have been"
  return equals_lower(forms[there], "there") && opens_clause(xpos, there);
}

}  // namespace entente::nlp
