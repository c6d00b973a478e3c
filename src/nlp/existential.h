#pragma once
#include <span>
#include <string_view>

// Existential "there" ("there will be a vote", "there have been protests"):
// EWT tags it PRON/EX and the "been" of "there have been X" VERB (the main
// verb, not an auxiliary). The tagger reads "there" as an adverb and "been"
// as an auxiliary now and then; these say where the treebank never does.
namespace entente::nlp {

// Whether word i, "there" (any case), opens its clause (first, or after
// punctuation, a conjunction, a wh-word, an adverb or a finite verb: not
// "the guards there will be") and is followed (adverbs between allowed, as
// XPOS RB) by a form of "be", a modal and "be", or "have"/"has"/"had" and
// "been": EX 310 times of 317 in EWT train without the first condition.
bool is_existential_there(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i);

// Whether word i, "been", follows a "there" that opens its clause and a
// form of "have" (adverbs and modals between allowed) and no participle or
// gerund follows it: the main verb ("there have been protests"; VERB all 10
// times in EWT train).
bool is_existential_been(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i);

}  // namespace entente::nlp
