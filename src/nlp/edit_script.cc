#include "nlp/edit_script.h"

#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

std::optional<EditScript> script_from(std::string_view base, std::string_view lemma, bool lower) {
  size_t common = 0;
  while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
  if (base.size() - common > 255) return std::nullopt;
  return EditScript{lower, static_cast<uint8_t>(base.size() - common), std::string(lemma.substr(common))};
}

size_t cost(const EditScript& s) { return s.strip + s.append.size(); }

}  // namespace

std::optional<EditScript> derive_edit_script(std::string_view form, std::string_view lemma) {
  auto keep_case = script_from(form, lemma, false);
  std::string lowered = lower_ascii(form);
  if (lowered == form) return keep_case;
  auto lower_case = script_from(lowered, lemma, true);
  if (!keep_case) return lower_case;
  if (!lower_case) return keep_case;
  // Ties keep the case: the lowercasing must earn its place.
  return cost(*lower_case) < cost(*keep_case) ? lower_case : keep_case;
}

bool applicable(const EditScript& script, std::string_view form) {
  return script.strip < form.size() || (script.strip == form.size() && !script.append.empty());
}

std::string apply_edit_script(const EditScript& script, std::string_view form) {
  std::string base = script.lower ? lower_ascii(form) : std::string(form);
  base.resize(base.size() - script.strip);
  return base + script.append;
}

}  // namespace entente::nlp
