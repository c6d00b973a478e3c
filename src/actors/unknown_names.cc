#include "actors/unknown_names.h"

#include <algorithm>

#include "actors/atoms.h"
#include "actors/pieces.h"

namespace entente::actors {

namespace {

// Subjects, objects, possessors, appositions and conjuncts: where actors stand.
bool actor_position(const std::string& deprel) {
  for (const char* relation : {"nsubj", "obj", "iobj", "nmod:poss", "appos", "conj", "root"})
    if (deprel == relation || deprel.starts_with(std::string(relation) + ":")) return true;
  return false;
}

bool inside_mention(const Document& doc, Span span) {
  return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const ActorMention& m) {
    return m.span.begin < span.end && span.begin < m.span.end;
  });
}

}  // namespace

std::vector<UnknownName> unknown_names(const Dictionary& dictionary, const Document& doc) {
  std::vector<UnknownName> names;
  bool parsed = doc.deprel.size() == doc.tokens.size();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<Piece> pieces = sentence_pieces(doc, s);
    for (const Atom& atom : find_atoms(dictionary, doc, pieces)) {
      if (!atom.unknown() || atom.weak) continue;
      Span span{pieces[atom.first].span.begin, pieces[atom.last - 1].span.end};
      if (inside_mention(doc, span)) continue;
      if (parsed) {
        // The phrase's head: the token whose head lies outside the phrase.
        uint32_t first = pieces[atom.first].token, last = pieces[atom.last - 1].token;
        uint32_t base = doc.sentences[s].token_begin;
        bool in_position = false;
        for (uint32_t t = first; t <= last; ++t) {
          uint32_t head = doc.head[t] <= 0 ? 0 : base + uint32_t(doc.head[t]) - 1;
          if ((doc.head[t] <= 0 || head < first || head > last) && actor_position(doc.deprel[t])) in_position = true;
        }
        if (!in_position) continue;
      }
      names.push_back({std::string(doc.span_text(span)), s, span});
    }
  }
  return names;
}

}  // namespace entente::actors
