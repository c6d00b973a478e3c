#include "nlp/auxiliary_have.h"

#include "nlp/word_features.h"

namespace entente::nlp {

HaveReading have_reading(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i) {
  if (i >= forms.size()) return HaveReading::kUndecided;
  bool have = false;
  for (std::string_view form : {"have", "has", "had", "having", "'ve", "’ve", "'d", "’d"})
    have = have || equals_lower(forms[i], form);
  if (!have || i + 1 >= forms.size()) return HaveReading::kUndecided;
  size_t j = i + 1;  // "had both signed", "have all been"
  while (j < forms.size() && (xpos[j] == "RB" || equals_lower(forms[j], "both") || equals_lower(forms[j], "all"))) ++j;
  if (j < forms.size() && xpos[j] == "VBN") {
    // "have limited funds", "had broken windows": a participle before a noun
    // may be the object's adjective.
    const std::string_view after = j + 1 < forms.size() ? xpos[j + 1] : std::string_view();
    const bool before_noun = after.starts_with("NN") || after == "JJ";
    return before_noun ? HaveReading::kUndecided : HaveReading::kAuxiliary;
  }
  const std::string_view next = xpos[i + 1];
  if (next != "DT" && next != "PRP$" && next != "CD") return HaveReading::kUndecided;
  // "Has the storm passed?": a question's auxiliary before its subject.
  for (size_t k = i + 2; k < forms.size(); ++k)
    if (xpos[k] == "VBN") return HaveReading::kUndecided;
  if (i == 0 || xpos[i - 1] == "WRB" || xpos[i - 1] == "WP") return HaveReading::kUndecided;
  return HaveReading::kVerb;
}

}  // namespace entente::nlp
