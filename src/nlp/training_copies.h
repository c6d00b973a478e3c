#pragma once
#include <string>

#include "core/conllu.h"

// Pieces shared by the makers of training copies (parser/date_openers.h,
// noun_subjects.h), which put words of their own into treebank sentences.
namespace entente::nlp {

// One word a copy puts in: its columns, and its head within the inserted
// words (1-based; 0 = the word that attaches to the sentence).
struct InsertedWord {
  std::string form, lemma, upos, xpos, feats;
  int head = 0;
  std::string deprel;
};

// `word` as a CoNLL-U word with id `id`, attached to `head` with `deprel`
// (the caller resolves where an inserted phrase's head goes).
conllu::Word conllu_word(const InsertedWord& word, int id, int head, const std::string& deprel);

// "3-4" shifted by 2: "5-6".
std::string shifted_range(const std::string& id, int by);

// The comments of `from` for a copy: sent_id gets `suffix`, text becomes
// `text` (dropped when empty), the rest stay.
void copy_comments(const conllu::Sentence& from, conllu::Sentence& to, const std::string& suffix,
                   const std::string& text);

}  // namespace entente::nlp
