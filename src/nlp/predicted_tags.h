#pragma once
#include <ostream>
#include <vector>

#include "core/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

// Training data for the parser with predicted rather than gold tags, so the
// parser learns from tags as noisy as the ones it will see.
namespace entente::nlp {

// Replaces UPOS, XPOS, FEATS and LEMMA of every word with the predictions of
// `tagger` and `lemmatizer`, keeping everything else.
void retag(std::vector<conllu::Sentence>& sentences, const Tagger& tagger, const Lemmatizer& lemmatizer);

// Jackknifing: splits `sentences` into `folds` parts and retags each part with
// a tagger and lemmatizer trained on the other parts. Deterministic; runs up
// to `threads` folds at once. Progress goes to `log`.
void jackknife_retag(std::vector<conllu::Sentence>& sentences, int folds, const TaggerConfig& tagger_config,
                     const LemmatizerConfig& lemmatizer_config, int threads, std::ostream& log);

}  // namespace entente::nlp
