#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/conllu.h"
#include "core/document.h"
#include "nlp/parser/transition_system.h"

// Feature extraction for the parser, shared by training and parsing so both
// see exactly the same features.
namespace entente::nlp::parser {

// Hashes of one word's attributes, computed once per sentence.
struct WordCodes {
  uint64_t form = 0;   // folded form (lowercase, digits as 0)
  uint64_t lemma = 0;  // lemma, or the folded form when there is none
  uint64_t upos = 0;
  uint64_t xpos = 0;
  uint64_t suffix = 0;  // last 3 bytes of the folded form: a hint when the tag is wrong
  // Punctuation, a conjunction, a preposition or an article: never the
  // root's dependent while a content word is left (EWT train's gold trees
  // have none of them as the root, bar 40 sentences of punctuation only).
  bool function_word = false;
};

// Codes of a word from its text and tags; "_" or empty tags count as unknown.
WordCodes encode_word(std::string_view form, std::string_view lemma, std::string_view upos, std::string_view xpos);
// Codes of the artificial root (word 0).
WordCodes root_codes();

// Codes of every word of a sentence, index 0 being the root: from CoNLL-U
// columns, or from a Document's token text and whichever tag layers it has.
std::vector<WordCodes> encode_sentence(const conllu::Sentence& sentence);
std::vector<WordCodes> encode_sentence(const Document& doc, const Sentence& sentence);

// Appends to `out` (after clearing it) the hashed features of `state`;
// words[0] is the root and words[1..n] the sentence. Labels are the relation
// ids of the attached words.
void extract_features(const State& state, const std::vector<WordCodes>& words, std::vector<uint64_t>& out);

}  // namespace entente::nlp::parser
