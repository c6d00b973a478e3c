#pragma once
#include <span>
#include <string>
#include <string_view>

#include "core/conllu.h"
#include "nlp/lemmatizer.h"

// Lemma rules that need the words around a word (the lemmatizer sees one
// word and its tags).
namespace entente::nlp {

// Rewrites `lemmas` (one per word, from the lemmatizer) where the sentence
// decides:
//  - a contracted "'s" before "been", "got" or "gotten" (adverbs between
//    allowed) is "have", not "be" ("he 's always been", "she 's got"): so in
//    all 9 such sentences of EWT train;
//  - a capitalised adjective inside running text that training never showed
//    so cased keeps its capital ("the Urban Development Agency", "Greater
//    Boston"): EWT keeps it in 3 of 4 such adjectives after the first word
//    (not after a quote, bracket or colon, nor in a line where most words
//    are capitalised, a title's).
void apply_context_lemmas(std::span<const std::string_view> words, std::span<const std::string> upos,
                          std::span<const std::string> xpos, std::span<std::string> lemmas, const Lemmatizer& lemmatizer);
// The same for the words of a tagged and lemmatized CoNLL-U sentence.
void apply_context_lemmas(conllu::Sentence& sentence, const Lemmatizer& lemmatizer);

}  // namespace entente::nlp
