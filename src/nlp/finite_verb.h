#pragma once
#include <cstdint>
#include <span>
#include <string_view>

// A sentence that ends in a full stop needs a finite verb. News narrative
// ("Thousands of protesters marched through the capital .") has the main verb
// right after its subject, where the treebank's web text more often has a
// reduced relative ("the files attached to it"), so the tagger may read the
// only verb as a past participle and leave the sentence without a finite
// verb; the parser then makes the verb a modifier of its own subject.
namespace entente::nlp {

// The index of the past participle that should be read as the sentence's
// past-tense main verb, or -1 to keep the tags. It is one when the sentence
// ends in "." and has no finite verb (VBD, VBZ, VBP, MD): a VERB tagged VBN
// straight after a noun or pronoun, not followed by "by" or "to" (the
// passive "held by", "subjected to" of a fragment); of several, the one whose
// past-tense score came closest (smallest `participle_margin`, the
// participle's score minus the past tense's).
int likely_past_tense_verb(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, std::span<const int32_t> participle_margin);

}  // namespace entente::nlp
