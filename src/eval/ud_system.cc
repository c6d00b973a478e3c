#include "eval/ud_system.h"

#include <sstream>

#include "text/front_end.h"

namespace entente::eval {

std::vector<conllu::Sentence> analyse_gold_text(const std::vector<conllu::Sentence>& gold, bool tokenize,
                                                const nlp::Annotator* annotator) {
  Document doc = conllu::to_document(gold, "gold");
  // The gold layers must not leak into the system's answer.
  doc.upos.clear(); doc.xpos.clear(); doc.feats.clear(); doc.lemma.clear(); doc.deprel.clear();
  doc.head.clear();
  if (tokenize) {
    doc.clear_layers();
    text::segment(doc);
  }
  if (annotator) annotator->annotate(doc);
  // Round trip through the CoNLL-U writer: the same path `entente split`
  // and `entente parse` output takes.
  std::stringstream buffer;
  conllu::write_document(buffer, doc);
  conllu::Reader reader(buffer, "system");
  std::vector<conllu::Sentence> out;
  conllu::Sentence s;
  while (reader.next(s)) out.push_back(std::move(s));
  return out;
}

}  // namespace entente::eval
