#pragma once
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/conllu.h"

// For tests: the first sentence of a CoNLL-U text written in the test.
namespace entente::nlp::testing {

inline conllu::Sentence sentence_from_text(const std::string& text) {
  std::istringstream in(text);
  conllu::Reader reader(in, "test");
  conllu::Sentence sentence;
  if (!reader.next(sentence)) throw std::invalid_argument("no sentence in the test's CoNLL-U text");
  return sentence;
}

}  // namespace entente::nlp::testing
