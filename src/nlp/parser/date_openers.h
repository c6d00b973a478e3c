#pragma once
#include <cstdint>
#include <vector>

#include "core/conllu.h"

// Training copies for news: news opens sentence after sentence with a date
// ("On May 3, 2021, the minister arrived ...", "Last year, the two sides
// signed ..."), web text almost never (7 of EWT train's 12,544 sentences
// open with "On/In <month> <number>"). Without such examples the parser made
// the subject an apposition of the date, or the date the root, and the event
// coder lost who acted.
namespace entente::nlp::parser {

// True when `sentence` starts with its subject: word 1 lies in the subtree of
// an nsubj of the root, there is one root and the sentence is not a question.
bool starts_with_subject(const conllu::Sentence& sentence);

// Copies of about `share` (0..1) of the sentences that start with their
// subject, each with a date opener put in front, chosen at random from
//   On <Month> <D>, <YYYY>,   On <Month> <D>,   In <Month> <YYYY>,
//   In <YYYY>,   On <Weekday>,   Last <week|month|year>,
//   Earlier this <week|month|year>,
// (the last five sometimes without the comma), attached as EWT attaches
// them: the date's head is an obl (obl:unmarked for a bare noun) of the root.
// The sentence's first word is lowercased unless it is a name or "I"; ids,
// heads and multiword ranges shift; DEPS is cleared. The words keep their
// tags, so copies of a jackknife-tagged treebank stay as noisy as the
// original; opener words carry the tags the tagger gives them. Same
// sentences, share and seed: same copies.
std::vector<conllu::Sentence> date_opener_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                 uint64_t seed);

}  // namespace entente::nlp::parser
