#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/conllu.h"
#include "nlp/lemmatizer.h"

// Lemma rules that need the words around a word (the lemmatizer sees one
// word and its tags).
namespace entente::nlp {

struct LemmaChange {
  size_t word;        // index in the sentence
  std::string lemma;  // its lemma instead of the lemmatizer's
};

// The lemmas (the lemmatizer's, one per word) that the sentence changes:
//  - a contracted "'s" before "been", "got" or "gotten" (adverbs between
//    allowed) is "have", not "be" ("he 's never been", "she 's got"): so in
//    all 9 such sentences of EWT train;
//  - a capitalised adjective inside running text that training never showed
//    so cased keeps its capital ("the Coastal Works Agency", "Greater
//    Hanoi"): EWT keeps it in 3 of 4 such adjectives after the first word
//    (not after a quote, bracket or colon, nor in a line where most words
//    are capitalised, a title's).
// Empty for most sentences.
std::vector<LemmaChange> context_lemmas(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                                        std::span<const std::string_view> xpos, std::span<const std::string_view> lemmas,
                                        const Lemmatizer& lemmatizer);

// Whether context_lemmas can change anything in a sentence: it has a
// contracted "'s" or a capitalised adjective after its first word. A cheap
// test that spares most sentences the work.
bool may_have_context_lemmas(std::span<const std::string_view> words, std::span<const std::string> upos);

// Applies context_lemmas to a tagged and lemmatized CoNLL-U sentence.
void apply_context_lemmas(conllu::Sentence& sentence, const Lemmatizer& lemmatizer);

}  // namespace entente::nlp
