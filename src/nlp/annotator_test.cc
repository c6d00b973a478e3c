#include "nlp/annotator.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include <gtest/gtest.h>

#include "nlp/lemmatizer.h"
#include "nlp/parser/parser.h"
#include "nlp/tagger.h"
#include "nlp/test_paths.h"
#include "nlp/toy_treebank.h"

namespace entente::nlp {
namespace {

// A models folder with a tagger and a lemmatizer trained on the toy treebank.
class AnnotatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::temp_path("models");
    std::filesystem::create_directories(dir_);
    std::ostringstream log;
    auto data = toy::treebank(200);
    TaggerConfig tagger_config;
    tagger_config.epochs = 3;
    tagger_config.dictionary_min_count = 1 << 30;  // toy words are all unambiguous: make the model learn
    Tagger::train(data, {}, tagger_config, log).save(dir_ / "tagger.bin");
    LemmatizerConfig lemmatizer_config;
    lemmatizer_config.min_script_count = 1;
    Lemmatizer::train(data, {}, lemmatizer_config, log).save(dir_ / "lemmatizer.bin");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // "The wugs plonked a blorf." split by hand, as the front end would.
  static Document made_up_document() {
    Document doc;
    doc.text = "The wugs plonked a blorf.";
    uint32_t bounds[][2] = {{0, 3}, {4, 8}, {9, 16}, {17, 18}, {19, 24}, {24, 25}};
    for (auto& b : bounds) doc.tokens.push_back({b[0], b[1]}), doc.space_after.push_back(1);
    doc.sentences.push_back({{0, 25}, 0, 6});
    return doc;
  }

  std::filesystem::path dir_;
};

TEST_F(AnnotatorTest, TagsAndLemmatizesAMadeUpSentence) {
  auto annotator = Annotator::load(dir_, /*require_parser=*/false);
  EXPECT_FALSE(annotator->has_parser());
  Document doc = made_up_document();
  annotator->annotate(doc);
  EXPECT_EQ(doc.upos, (std::vector<std::string>{"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"}));
  EXPECT_EQ(doc.xpos[1], "NNS");
  EXPECT_EQ(doc.feats[1], "Number=Plur");
  EXPECT_EQ(doc.lemma[1], "wug");
  EXPECT_EQ(doc.lemma[2], "plonk");
  EXPECT_TRUE(doc.head.empty());  // no parser, no tree
}

TEST_F(AnnotatorTest, MissingParserIsAnErrorOnlyWhenRequired) {
  try {
    Annotator::load(dir_);
    FAIL() << "loaded without parser.bin";
  } catch (const ModelError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("parser.bin"), std::string::npos) << message;
    EXPECT_NE(message.find("make models"), std::string::npos) << message;
  }
  std::filesystem::remove(dir_ / "tagger.bin");
  EXPECT_THROW(Annotator::load(dir_, false), ModelError);
}

TEST_F(AnnotatorTest, ParsesIntoATreeWhenAParserIsPresent) {
  parser::TrainConfig config;
  config.epochs = 2;
  std::ostringstream log;
  parser::train(toy::treebank(100), {}, config, log).save(dir_ / "parser.bin");
  auto annotator = Annotator::load(dir_);
  ASSERT_TRUE(annotator->has_parser());
  Document doc = made_up_document();
  annotator->annotate(doc);
  ASSERT_EQ(doc.head.size(), doc.tokens.size());
  EXPECT_EQ(std::count(doc.head.begin(), doc.head.end(), 0), 1);
  for (int h : doc.head) EXPECT_TRUE(h >= 0 && h <= 6);
}

TEST_F(AnnotatorTest, AnnotatesCoNLLUSentencesKeepingTheirWords) {
  auto annotator = Annotator::load(dir_, false);
  conllu::Sentence s = toy::treebank(1, 42)[0];
  s.comments = {"sent_id = x-1"};
  std::vector<std::string> forms;
  for (auto& w : s.words) forms.push_back(w.form), w.lemma = w.upos = w.xpos = w.feats = "_", w.head = -1;
  annotator->annotate(s);
  for (size_t i = 0; i < s.words.size(); ++i) {
    EXPECT_EQ(s.words[i].form, forms[i]);
    EXPECT_NE(s.words[i].upos, "_");
    EXPECT_NE(s.words[i].lemma, "_");
  }
  EXPECT_EQ(s.sent_id(), "x-1");
}

TEST(FindModelsDirTest, FlagThenEnvironmentThenSourceTree) {
  const char* saved = std::getenv("ENTENTE_MODELS");
  std::string saved_value = saved ? saved : "";
  ::unsetenv("ENTENTE_MODELS");
  EXPECT_EQ(find_models_dir(""), std::filesystem::path(ENTENTE_SOURCE_DIR) / "models");
  ::setenv("ENTENTE_MODELS", "/opt/entente-models", 1);
  EXPECT_EQ(find_models_dir(""), std::filesystem::path("/opt/entente-models"));
  EXPECT_EQ(find_models_dir("/tmp/m"), std::filesystem::path("/tmp/m"));
  if (saved) ::setenv("ENTENTE_MODELS", saved_value.c_str(), 1);
  else ::unsetenv("ENTENTE_MODELS");
}

}  // namespace
}  // namespace entente::nlp
