#include "nlp/edit_script.h"

#include <algorithm>
#include <vector>

#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

std::optional<EditScript> script_from(std::string_view base, std::string_view lemma, Rewrite rewrite) {
  size_t common = 0;
  while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
  if (base.size() - common > 255) return std::nullopt;
  return EditScript{rewrite, static_cast<uint8_t>(base.size() - common), std::string(lemma.substr(common))};
}

size_t cost(const EditScript& s) { return s.strip + s.append.size(); }

std::string rewritten(std::string_view form, Rewrite rewrite) {
  if (rewrite == Rewrite::kKeep) return std::string(form);
  std::string out = lower_ascii(form);
  if (rewrite == Rewrite::kTitle && !out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

std::optional<EditScript> derive_edit_script(std::string_view form, std::string_view lemma) {
  std::optional<EditScript> best;
  std::vector<std::string> bases;
  for (int r = 0; r <= static_cast<int>(kLastRewrite); ++r) {
    std::string base = rewritten(form, static_cast<Rewrite>(r));
    // A rewrite giving a base seen already is not a script of its own.
    if (std::find(bases.begin(), bases.end(), base) != bases.end()) continue;
    bases.push_back(base);
    auto script = script_from(base, lemma, static_cast<Rewrite>(r));
    // Ties keep the earlier script: a rewrite must earn its place.
    if (script && (!best || cost(*script) < cost(*best))) best = script;
  }
  return best;
}

bool applicable(const EditScript& script, std::string_view form) {
  return script.strip < form.size() || (script.strip == form.size() && !script.append.empty());
}

std::string apply_edit_script(const EditScript& script, std::string_view form) {
  std::string base = rewritten(form, script.rewrite);
  base.resize(base.size() - script.strip);
  return base + script.append;
}

}  // namespace entente::nlp
