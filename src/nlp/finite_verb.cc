#include "nlp/finite_verb.h"

#include <algorithm>

#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

bool is_finite(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"; }

bool is_subject_like(std::string_view xpos) {
  return xpos == "NN" || xpos == "NNS" || xpos == "NNP" || xpos == "NNPS" || xpos == "PRP";
}

// The last word that is not a closing quote or bracket is ".".
bool ends_in_full_stop(std::span<const std::string_view> forms) {
  for (auto it = forms.rbegin(); it != forms.rend(); ++it) {
    if (*it == "\"" || *it == "'" || *it == ")" || *it == "”" || *it == "’" || *it == "]") continue;
    return *it == ".";
  }
  return false;
}

}  // namespace

int likely_past_tense_verb(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, std::span<const int32_t> participle_margin) {
  const int n = static_cast<int>(forms.size());
  if (std::any_of(xpos.begin(), xpos.end(), is_finite) || !ends_in_full_stop(forms)) return -1;
  int best = -1;
  for (int i = 1; i < n; ++i) {
    if (upos[i] != "VERB" || xpos[i] != "VBN" || !is_subject_like(xpos[i - 1])) continue;
    if (i + 1 < n && (equals_lower(forms[i + 1], "by") || equals_lower(forms[i + 1], "to"))) continue;
    if (best < 0 || participle_margin[i] < participle_margin[best]) best = i;
  }
  return best;
}

}  // namespace entente::nlp
