#pragma once
#include <vector>

#include "core/conllu.h"
#include "nlp/annotator.h"

// Produces the system side of `eval-ud --tokenize/--parse` from a gold file.
namespace entente::eval {

// Rebuilds the raw text of `gold` (forms and SpaceAfter, paragraph breaks
// from "# newpar"), then: when `tokenize`, runs the text front end on it
// (else keeps the gold tokens and sentences); when `annotator` is given,
// tags, lemmatizes and parses, else leaves columns 3-8 empty. Returns the
// result as CoNLL-U sentences ready for score_ud.
std::vector<conllu::Sentence> analyse_gold_text(const std::vector<conllu::Sentence>& gold, bool tokenize,
                                                const nlp::Annotator* annotator);

}  // namespace entente::eval
