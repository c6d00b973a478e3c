#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/conllu.h"

// Character-aligned words, as the CoNLL 2018 shared task compares a system
// CoNLL-U file with the gold one. Positions count non-space bytes from the
// start of the file, so both sides agree whatever their spacing.
namespace entente::eval {

struct CharSpan {
  size_t begin = 0, end = 0;
  friend bool operator==(const CharSpan&, const CharSpan&) = default;
};

struct EvalWord {
  CharSpan span;             // the word's characters, or its whole multiword token's
  bool in_multiword = false;
  const conllu::Word* word;  // columns; points into the sentences given to load_treebank
  long head = -1;            // index of the head word in Treebank::words plus one; 0 = root, -1 = none given
};

struct Treebank {
  std::vector<EvalWord> words;
  std::vector<CharSpan> tokens;     // surface tokens (a multiword token counts once)
  std::vector<CharSpan> sentences;
  std::string characters;           // every non-space byte of the forms, in order
};

// Flattens `sentences` (which must outlive the result). Throws
// std::runtime_error "<name>: sentence N: reason" on a malformed range or head.
Treebank load_treebank(const std::vector<conllu::Sentence>& sentences, const std::string& name);

// For each gold word, the index of its aligned system word, or -1. Words
// outside multiword tokens align when their spans match; inside a stretch
// touched by a multiword token on either side they align by the longest
// common subsequence of their lowercased forms.
std::vector<long> align_words(const Treebank& gold, const Treebank& system);

}  // namespace entente::eval
