#include "nlp/parser/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "nlp/feature_hash.h"
#include "nlp/model_file.h"
#include "nlp/parser/tree_check.h"
#include "nlp/test_paths.h"
#include "nlp/toy_treebank.h"

namespace entente::nlp::parser {
namespace {

using testing::is_tree;

std::vector<int> heads_of(const std::vector<std::pair<int, std::string>>& parsed) {
  std::vector<int> heads{-1};
  for (const auto& [head, label] : parsed) heads.push_back(head);
  return heads;
}

conllu::Sentence sentence_of(const std::vector<std::array<std::string, 3>>& words) {
  conllu::Sentence s;
  for (size_t i = 0; i < words.size(); ++i) {
    conllu::Word w;
    w.id = std::to_string(i + 1);
    w.form = words[i][0];
    w.upos = words[i][1];
    w.xpos = words[i][2];
    s.words.push_back(w);
  }
  return s;
}

// Sentences a parser never saw: random words and tags, all punctuation,
// untagged, very long, a single word.
std::vector<conllu::Sentence> adversarial_sentences() {
  static const char* tags[][2] = {{"NOUN", "NN"}, {"VERB", "VBD"}, {"PUNCT", "."}, {"DET", "DT"},
                                  {"ADP", "IN"},  {"PRON", "PRP"}, {"_", "_"},     {"X", "FW"}};
  std::vector<conllu::Sentence> out;
  uint64_t state = 99;
  auto pick = [&](uint64_t n) { return (state = hash_mix(state, n)) % n; };
  for (int length : {1, 2, 3, 7, 40, 1000}) {
    std::vector<std::array<std::string, 3>> random_words, punctuation, untagged;
    for (int i = 0; i < length; ++i) {
      auto& tag = tags[pick(8)];
      random_words.push_back({"w" + std::to_string(pick(50)), tag[0], tag[1]});
      punctuation.push_back({i % 2 ? "," : ".", "PUNCT", i % 2 ? "," : "."});
      untagged.push_back({"blorf", "_", "_"});
    }
    out.push_back(sentence_of(random_words));
    out.push_back(sentence_of(punctuation));
    out.push_back(sentence_of(untagged));
  }
  return out;
}

Parser toy_parser(int sentences = 200, uint64_t seed = 1, int runs = 1, int threads = 1) {
  TrainConfig config;
  config.epochs = 3;
  config.seed = seed;
  config.runs = runs;
  config.threads = threads;
  config.min_weight = 0;  // the default is sized for the full treebank
  std::ostringstream log;
  return train(toy::treebank(sentences), {}, config, log);
}

TEST(ParseFeaturesTest, WordsSharingTheirLastThreeBytesShareTheSuffixCode) {
  const WordCodes running = encode_word("Running", "run", "VERB", "VBG");
  EXPECT_EQ(running.suffix, encode_word("jumping", "_", "_", "_").suffix);  // case folded, tags ignored
  EXPECT_NE(running.suffix, encode_word("jumped", "_", "_", "_").suffix);
  EXPECT_NE(encode_word("to", "_", "_", "_").suffix, encode_word("go", "_", "_", "_").suffix);  // short words: the whole form
}

TEST(ParserTest, UntrainedParserStillBuildsTrees) {
  Parser parser;
  for (const auto& s : adversarial_sentences()) EXPECT_TRUE(is_tree(heads_of(parser.parse(s)))) << s.words.size();
}

TEST(ParserTest, LearnsTheToyTreebank) {
  Parser parser = toy_parser();
  AttachmentScore score = parser.evaluate(toy::treebank(100, /*seed=*/12345));
  EXPECT_GT(score.words, 500u);
  EXPECT_GE(score.las(), 99.0);
}

TEST(ParserTest, AlwaysBuildsOneTree) {
  Parser parser = toy_parser();
  for (const auto& s : adversarial_sentences()) {
    auto parsed = parser.parse(s);
    ASSERT_EQ(parsed.size(), s.words.size());
    EXPECT_TRUE(is_tree(heads_of(parsed))) << s.words.size() << " words";
    for (const auto& [head, label] : parsed) EXPECT_FALSE(label.empty());
  }
  EXPECT_TRUE(parser.parse(conllu::Sentence{}).empty());
}

// Punctuation, conjunctions, prepositions and articles: never the root
// while the sentence has another word (WordCodes::function_word).
bool function_word(const conllu::Word& w) {
  return w.upos == "PUNCT" || w.upos == "CCONJ" || w.upos == "ADP" || w.upos == "SCONJ" || w.form == "the";
}

TEST(ParserTest, TheRootIsAContentWordWheneverTheSentenceHasOne) {
  // Punctuation first, last, doubled, or around a single word; an article
  // or a preposition first: the toy treebank attaches "." to the verb and
  // "the" to its noun, never the other way round.
  const std::vector<std::vector<std::array<std::string, 3>>> sentences{
      {{"\"", "PUNCT", "``"}, {"the", "DET", "DT"}, {"blorf", "NOUN", "NN"}, {"snarked", "VERB", "VBD"}, {".", "PUNCT", "."}},
      {{"(", "PUNCT", "-LRB-"}, {"blorf", "NOUN", "NN"}, {")", "PUNCT", "-RRB-"}},
      {{"blorf", "NOUN", "NN"}, {".", "PUNCT", "."}, {".", "PUNCT", "."}, {".", "PUNCT", "."}},
      {{".", "PUNCT", "."}, {".", "PUNCT", "."}, {"zibs", "NOUN", "NNS"}},
      {{"\"", "PUNCT", "``"}, {"zibs", "NOUN", "NNS"}},
      {{"the", "DET", "DT"}, {"the", "DET", "DT"}, {"zibs", "NOUN", "NNS"}},
      {{"of", "ADP", "IN"}, {"and", "CCONJ", "CC"}, {"zibs", "NOUN", "NNS"}, {"of", "ADP", "IN"}}};
  Parser untrained;
  Parser toy = toy_parser();
  for (const Parser* parser : {&untrained, &toy}) {
    std::vector<conllu::Sentence> all;
    for (const auto& words : sentences) all.push_back(sentence_of(words));
    for (const auto& s : adversarial_sentences()) all.push_back(s);
    for (const auto& s : all) {
      const bool has_content_word = !std::all_of(s.words.begin(), s.words.end(), function_word);
      auto parsed = parser->parse(s);
      ASSERT_TRUE(is_tree(heads_of(parsed)));
      for (size_t i = 0; i < parsed.size(); ++i) {
        if (parsed[i].first == 0 && has_content_word) {
          EXPECT_FALSE(function_word(s.words[i])) << s.words[i].form << " in " << s.words.size() << " words";
        }
      }
    }
  }
}

TEST(ParserTest, FillsTheDocumentLayers) {
  auto gold = toy::treebank(5, /*seed=*/77);
  Document doc = conllu::to_document(gold, "toy");
  doc.head.clear();
  doc.deprel.clear();
  Parser parser = toy_parser();
  for (const Sentence& s : doc.sentences) parser.parse(doc, s);
  ASSERT_EQ(doc.head.size(), doc.tokens.size());
  size_t i = 0;
  for (const auto& s : gold)
    for (const auto& w : s.words) {
      EXPECT_EQ(doc.head[i], w.head) << "token " << i;
      EXPECT_EQ(doc.deprel[i], w.deprel) << "token " << i;
      ++i;
    }
  // An empty sentence leaves the layers alone.
  Document empty;
  empty.sentences.push_back(Sentence{});
  parser.parse(empty, empty.sentences[0]);
  EXPECT_TRUE(empty.head.empty());
}

TEST(ParserTest, SaveLoadGivesTheSameParses) {
  Parser parser = toy_parser();
  auto path = nlp::testing::temp_path("parser");
  parser.save(path);
  Parser loaded = Parser::load(path);
  std::filesystem::remove(path);
  EXPECT_EQ(loaded.labels(), parser.labels());
  EXPECT_EQ(loaded.config(), parser.config());
  auto sentences = adversarial_sentences();
  for (const auto& s : toy::treebank(20, 5)) sentences.push_back(s);
  for (const auto& s : sentences) EXPECT_EQ(loaded.parse(s), parser.parse(s));
}

TEST(ParserTest, HeaderSaysWhereTheTrainingTagsCameFrom) {
  TrainConfig config;
  EXPECT_EQ(config.describe().find("train tags"), std::string::npos);
  config.train_tags = "2-fold jackknifed taggers of 1 epoch";
  EXPECT_NE(config.describe().find("; train tags: 2-fold jackknifed taggers of 1 epoch"), std::string::npos)
      << config.describe();
}

TEST(ParserTest, TrainingIsDeterministic) {
  auto a = nlp::testing::temp_path("parser-a"), b = nlp::testing::temp_path("parser-b");
  toy_parser(150, 3).save(a);
  toy_parser(150, 3).save(b);
  auto bytes = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(a), bytes(b));
  EXPECT_GT(bytes(a).size(), 100u);
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

// The mean of several runs learns as well, and threads do not change it.
TEST(ParserTest, MeanOfRunsLearnsAndIsTheSameOnAnyThreadCount) {
  Parser one_thread = toy_parser(150, 3, /*runs=*/3, /*threads=*/1);
  Parser two_threads = toy_parser(150, 3, /*runs=*/3, /*threads=*/2);
  EXPECT_GE(one_thread.evaluate(toy::treebank(100, /*seed=*/12345)).las(), 99.0);
  EXPECT_NE(one_thread.config().find("runs=3"), std::string::npos);
  auto a = nlp::testing::temp_path("parser-runs-a"), b = nlp::testing::temp_path("parser-runs-b");
  one_thread.save(a);
  two_threads.save(b);
  auto bytes = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(a), bytes(b));
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST(ParserTest, RefusesForeignAndCorruptFiles) {
  auto path = nlp::testing::temp_path("parser-foreign");
  {
    ModelWriter out(path, "tagger", "");
    out.pod<uint32_t>(1);
    out.finish();
  }
  EXPECT_THROW(Parser::load(path), ModelError);
  toy_parser().save(path);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 10);
  EXPECT_THROW(Parser::load(path), ModelError);
  std::filesystem::remove(path);
  EXPECT_THROW(Parser::load(path), ModelError);
}

// A parser trained here on a slice of the treebank must beat attaching every
// word to the previous one (the first to the root).
TEST(ParserTest, SmallTreebankModelBeatsAttachToPrevious) {
  auto train_slice = nlp::testing::ud_slice("en_ewt-ud-train.conllu", 800);
  auto dev = nlp::testing::ud_slice("en_ewt-ud-dev.conllu", 300);
  if (train_slice.empty() || dev.empty()) GTEST_SKIP() << "needs ../shared (absent)";
  TrainConfig config;
  config.epochs = 3;
  config.min_weight = 0.1f;
  std::ostringstream log;
  Parser parser = train(train_slice, {}, config, log);
  size_t words = 0, baseline = 0;
  for (const auto& s : dev)
    for (size_t i = 0; i < s.words.size(); ++i) ++words, baseline += s.words[i].head == static_cast<int>(i);
  const double baseline_uas = 100.0 * baseline / words;
  AttachmentScore score = parser.evaluate(dev);
  EXPECT_EQ(score.words, words);
  EXPECT_GT(score.uas(), baseline_uas + 30) << "baseline " << baseline_uas;
  EXPECT_GT(score.las(), 70.0);
}

}  // namespace
}  // namespace entente::nlp::parser
