#include "nlp/edit_script.h"

#include <algorithm>
#include <vector>

#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

// A UTF-8 continuation byte (10xxxxxx): never the first byte of a character.
bool continues_character(std::string_view text, size_t at) {
  return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
}

std::optional<EditScript> script_from(std::string_view base, std::string_view lemma, Rewrite rewrite) {
  size_t common = 0;
  while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
  // Whole characters only ("é" -> "è" strips and appends two bytes): a script
  // that splits a character would make broken UTF-8 out of other words.
  while (common > 0 && (continues_character(base, common) || continues_character(lemma, common))) --common;
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
  if (script.strip > form.size() || (script.strip == form.size() && script.append.empty())) return false;
  // Not when it would cut a character of `form` in two, or append the tail of
  // a character (a script learned by an older build): the lemma must stay UTF-8.
  return !continues_character(form, form.size() - script.strip) && !continues_character(script.append, 0);
}

std::string apply_edit_script(const EditScript& script, std::string_view form) {
  std::string base = rewritten(form, script.rewrite);
  base.resize(base.size() - script.strip);
  return base + script.append;
}

}  // namespace entente::nlp
