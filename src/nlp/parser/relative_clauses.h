#pragma once
#include <cstdint>
#include <vector>

#include "core/conllu.h"

// Training copies for news: news puts a non-restrictive relative clause between
// a subject and its verb ("The minister, who arrived on Monday, signed three
// agreements."), web text rarely (EWT dev has six such subjects). The parser
// took the verb after the clause's closing comma for a second verb of the
// clause (conj or advcl of "arrived") and made the subject the root, so the
// event coder lost the event.
namespace entente::nlp::parser {

// Copies of about `share` (0..1) of the sentences that start with their
// subject (date_openers.h), whose subject is a noun or name phrase that ends
// before the root, with a relative clause of our own put right after that
// phrase, chosen at random from a few shapes (", who took office in 2019 ,",
// ", which was founded in 1990 ,", ", who has denied the charges ,", ...) and
// attached as EWT attaches them: the clause's verb is the subject's
// acl:relcl, its commas attach to that verb. Ids, heads and multiword ranges
// shift; DEPS is cleared. The sentence's own words keep their (jackknifed)
// tags; the clause's words carry the tags the tagger gives them. Same
// sentences, share and seed: same copies.
std::vector<conllu::Sentence> relative_clause_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                     uint64_t seed);

}  // namespace entente::nlp::parser
