#pragma once
#include <string>
#include <vector>

#include "core/conllu.h"

// Scores a system CoNLL-U analysis against gold as the CoNLL 2018 shared
// task defines it: tokens, sentences and words by character spans; UPOS,
// XPOS, UFeats, Lemma, UAS and LAS over aligned words.
namespace entente::eval {

struct Score {
  size_t gold = 0;     // items in gold
  size_t system = 0;   // items in the system output
  size_t correct = 0;  // items both have (and, for layers, agree on)
  size_t aligned = 0;  // for layers: words aligned (the denominator of aligned accuracy)
  double precision() const { return system ? double(correct) / system : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const { return gold + system ? 2.0 * correct / (gold + system) : 0; }
  double aligned_accuracy() const { return aligned ? double(correct) / aligned : 0; }
};

struct UdScores {
  Score tokens, sentences, words, upos, xpos, ufeats, lemma, uas, las;
};

// Both analyses must cover the same characters (white space aside, and
// table pipes the system may drop as layout debris); throws
// std::runtime_error naming the first byte where they differ, or a
// malformed sentence. UFeats compares universal features only; LAS compares
// the universal part of DEPREL (before ':'); a gold lemma "_" matches any.
UdScores score_ud(const std::vector<conllu::Sentence>& gold, const std::vector<conllu::Sentence>& system);

// The scores as a table in the shared task's layout (values in percent).
// `with_layers` false prints only tokens, sentences and words.
std::string format_scores(const UdScores& scores, bool with_layers);

}  // namespace entente::eval
