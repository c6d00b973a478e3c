#pragma once
#include <string>
#include <vector>

#include "core/conllu.h"
#include "nlp/training_order.h"

// Pieces shared by the makers of training copies (parser/date_openers.h,
// parser/relative_clauses.h, noun_subjects.h, title_case.h), which put words
// of their own into treebank sentences or rewrite them.
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

// `copy(sentence)` for about `share` (0..1) of the sentences that are
// `eligible`, in order: the dice decide for each eligible sentence only, so the
// same sentences, share and dice give the same copies.
template <typename Eligible, typename Copy>
std::vector<conllu::Sentence> copies_of_a_share(const std::vector<conllu::Sentence>& sentences, double share,
                                                TrainingDice& dice, Eligible eligible, Copy copy) {
  std::vector<conllu::Sentence> copies;
  if (share <= 0) return copies;
  for (const auto& sentence : sentences)
    if (eligible(sentence) && dice.chance(share)) copies.push_back(copy(sentence));
  return copies;
}

}  // namespace entente::nlp
