#pragma once
#include <cstdint>
#include <vector>

#include "core/conllu.h"

// Training copies for news: news tells what a ministry, a country's
// officials or a crowd did, in the past tense and with a noun phrase as
// subject ("The ministry rejected the claims", "Chinese vessels clashed near
// the islands"); EWT's web text mostly says what "I" or "we" did. Trained on
// EWT alone, the tagger read many such verbs as participles (VBN, as in a
// reduced relative: "the money invested in ..."), and the parser then hung
// the verb on its subject and lost the event.
namespace entente::nlp {

// True when word 1 of `sentence` is a personal pronoun (I, we, he, she, they)
// that is the nsubj of a root tagged VBD other than "be" (whose past tense
// agrees with its subject), with no multiword token over it.
bool has_pronoun_subject_in_past(const conllu::Sentence& sentence);

// Copies of about `share` (0..1) of those sentences, each with the pronoun
// replaced by a noun phrase chosen at random from a fixed list ("The
// ministry", "Officials", "Chinese vessels", "Thousands of protesters", ...),
// tagged and attached inside as EWT annotates such phrases, its head taking
// the pronoun's place (nsubj of the root). The other words keep their tags
// (so copies of a jackknife-tagged treebank stay as noisy as the original);
// ids, heads and multiword ranges shift; DEPS is cleared. Same sentences,
// share and seed: same copies.
std::vector<conllu::Sentence> noun_subject_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                  uint64_t seed);

}  // namespace entente::nlp
