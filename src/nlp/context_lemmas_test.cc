#include "nlp/context_lemmas.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "nlp/toy_treebank.h"

namespace entente::nlp {
namespace {

// A lemmatizer that has seen the toy treebank, and "Slithy" capitalised.
Lemmatizer toy_lemmatizer() {
  auto treebank = toy::treebank(100);
  conllu::Sentence capitalised;
  capitalised.words.push_back(toy::make_word(1, {"Slithy", "slithy", "ADJ", "JJ", "Degree=Pos"}, 0, "root"));
  treebank.push_back(capitalised);
  LemmatizerConfig config;
  config.epochs = 2;
  std::ostringstream log;
  return Lemmatizer::train(treebank, {}, config, log);
}

struct Tagged {
  std::vector<std::string_view> words;
  std::vector<std::string> upos, xpos, lemmas;
  std::vector<std::string> run(const Lemmatizer& lemmatizer) const {
    std::vector<std::string> out = lemmas;
    const std::vector<std::string_view> u(upos.begin(), upos.end()), x(xpos.begin(), xpos.end()),
        l(lemmas.begin(), lemmas.end());
    for (LemmaChange& change : context_lemmas(words, u, x, l, lemmatizer)) out[change.word] = change.lemma;
    return out;
  }
};

TEST(ContextLemmasTest, ContractedHasBeforeBeenOrGotIsHave) {
  const Lemmatizer lemmatizer = toy_lemmatizer();
  Tagged been{{"he", "'s", "always", "been", "here"},
              {"PRON", "AUX", "ADV", "AUX", "ADV"},
              {"PRP", "VBZ", "RB", "VBN", "RB"},
              {"he", "be", "always", "be", "here"}};
  EXPECT_EQ(been.run(lemmatizer)[1], "have");
  Tagged got{{"she", "’s", "got", "it"}, {"PRON", "AUX", "VERB", "PRON"}, {"PRP", "VBZ", "VBN", "PRP"}, {"she", "be", "get", "it"}};
  EXPECT_EQ(got.run(lemmatizer)[1], "have");
  Tagged copula{{"it", "'s", "good"}, {"PRON", "AUX", "ADJ"}, {"PRP", "VBZ", "JJ"}, {"it", "be", "good"}};
  EXPECT_EQ(copula.run(lemmatizer)[1], "be");
}

TEST(ContextLemmasTest, ACapitalisedAdjectiveInRunningTextKeepsItsCapital) {
  const Lemmatizer lemmatizer = toy_lemmatizer();
  Tagged name{{"the", "Frumious", "agency", "closed", "today"},
              {"DET", "ADJ", "NOUN", "VERB", "NOUN"},
              {"DT", "JJ", "NN", "VBD", "NN"},
              {"the", "frumious", "agency", "close", "today"}};
  EXPECT_EQ(name.run(lemmatizer)[1], "Frumious");
  // Not a form training saw so cased, the first word, a word after a quote,
  // nor in a title.
  Tagged seen = name;
  seen.words[1] = "Slithy", seen.lemmas[1] = "slithy";
  EXPECT_EQ(seen.run(lemmatizer)[1], "slithy");
  Tagged first{{"Frumious", "agency"}, {"ADJ", "NOUN"}, {"JJ", "NN"}, {"frumious", "agency"}};
  EXPECT_EQ(first.run(lemmatizer)[0], "frumious");
  Tagged quoted = name;
  quoted.words[0] = "\"";
  EXPECT_EQ(quoted.run(lemmatizer)[1], "frumious");
  Tagged title{{"The", "Frumious", "Agency", "Closed", "today"}, name.upos, name.xpos, name.lemmas};
  EXPECT_EQ(title.run(lemmatizer)[1], "frumious");
}

TEST(ContextLemmasTest, FillsACoNLLUSentence) {
  const Lemmatizer lemmatizer = toy_lemmatizer();
  conllu::Sentence s;
  int id = 0;
  for (const toy::Entry& e : std::vector<toy::Entry>{{"he", "he", "PRON", "PRP", "_"},
                                                     {"'s", "be", "AUX", "VBZ", "_"},
                                                     {"been", "be", "AUX", "VBN", "_"}})
    s.words.push_back(toy::make_word(++id, e, 0, "dep"));
  apply_context_lemmas(s, lemmatizer);
  EXPECT_EQ(s.words[1].lemma, "have");
  EXPECT_EQ(s.words[2].lemma, "be");
}

}  // namespace
}  // namespace entente::nlp
