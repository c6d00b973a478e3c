#include "nlp/lemmatizer.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "nlp/test_paths.h"
#include "nlp/toy_treebank.h"

namespace entente::nlp {
namespace {

Lemmatizer train_toy() {
  LemmatizerConfig config;
  config.epochs = 4;
  config.min_script_count = 1;
  std::ostringstream log;
  return Lemmatizer::train(toy::treebank(300), {}, config, log);
}

TEST(LemmatizerTest, UsesTheLexiconForSeenWords) {
  Lemmatizer l = train_toy();
  EXPECT_EQ(l.lemmatize("blorfs", "NOUN", "NNS", "Number=Plur"), "blorf");
  EXPECT_EQ(l.lemmatize("trundled", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "trundle");
}

TEST(LemmatizerTest, LearnsEditScriptsForUnseenWords) {
  Lemmatizer l = train_toy();
  // Invented words with endings the toy treebank inflects regularly.
  EXPECT_EQ(l.lemmatize("wugs", "NOUN", "NNS", "Number=Plur"), "wug");
  EXPECT_EQ(l.lemmatize("plonked", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "plonk");
  EXPECT_EQ(l.lemmatize("florbs", "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"), "florb");
  EXPECT_EQ(l.lemmatize("dax", "NOUN", "NN", "Number=Sing"), "dax");
}

TEST(LemmatizerTest, NeverFailsOnOddInput) {
  Lemmatizer l = train_toy();
  EXPECT_EQ(l.lemmatize("s", "NOUN", "NNS", "Number=Plur").empty(), false);
  l.lemmatize("", "X", "XX", "_");
  l.lemmatize("\xC3\xA9t\xC3\xA9s", "NOUN", "NNS", "Number=Plur");
}

TEST(LemmatizerTest, SaveLoadRoundTrip) {
  Lemmatizer l = train_toy();
  auto path = testing::temp_path("lemmatizer");
  l.save(path);
  Lemmatizer loaded = Lemmatizer::load(path);
  std::filesystem::remove(path);
  auto gold = toy::treebank(40, 3);
  EXPECT_EQ(loaded.evaluate(gold).correct, l.evaluate(gold).correct);
  EXPECT_EQ(loaded.lemmatize("wugs", "NOUN", "NNS", "Number=Plur"), l.lemmatize("wugs", "NOUN", "NNS", "Number=Plur"));
  EXPECT_EQ(loaded.config(), l.config());
}

TEST(LemmatizerTest, RejectsATaggerFile) {
  auto path = testing::temp_path("lemmatizer-foreign");
  {
    ModelWriter out(path, "tagger", "");
    out.finish();
  }
  try {
    Lemmatizer::load(path);
    FAIL() << "loaded a tagger as a lemmatizer";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("expected a lemmatizer"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

// Trained on a slice of UD English EWT, the lemmatizer must beat the identity
// baseline (lemma = lowercased form) on dev words with gold tags.
TEST(LemmatizerTest, BeatsTheIdentityBaselineOnTreebankSlice) {
  auto train = testing::ud_slice("en_ewt-ud-train.conllu", 2000);
  auto dev = testing::ud_slice("en_ewt-ud-dev.conllu", 100000);
  if (train.empty() || dev.empty()) GTEST_SKIP() << "needs ../shared (absent)";
  size_t words = 0, baseline = 0;
  for (const auto& s : dev)
    for (const auto& w : s.words) {
      std::string lower = w.form;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words++;
      baseline += lower == w.lemma;
    }
  std::ostringstream log;
  LemmaAccuracy acc = Lemmatizer::train(train, {}, LemmatizerConfig{}, log).evaluate(dev);
  double baseline_percent = 100.0 * baseline / words;
  EXPECT_GT(acc.percent(), baseline_percent + 5.0) << "baseline " << baseline_percent;
  EXPECT_GT(acc.percent(), 95.0);
}

}  // namespace
}  // namespace entente::nlp
