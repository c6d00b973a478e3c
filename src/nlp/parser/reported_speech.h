#pragma once
#include <cstdint>
#include <span>
#include <string>

// News puts the subject of a reporting verb after it once the reported words
// have come first ("The door remains open," said the foreign minister.); EWT
// has 30 such sentences in train, and the parser read a common-noun subject
// there as the verb's object, so the event coder lost who spoke.
namespace entente::nlp::parser {

// Relabels as nsubj the obj after a verb that has a ccomp before it and no
// subject (nsubj, csubj or expl, with any subtype) of its own: in EWT train a
// verb with its complement clause before it and an object after it but no
// subject never occurs otherwise (the one case is a misparse). `heads[i]` is
// the head of word i + 1 (1-based, 0 = root), `deprels[i]` its relation.
void subjects_after_reported_speech(std::span<const int32_t> heads, std::span<std::string> deprels);

}  // namespace entente::nlp::parser
