#include "eval/ud_scorer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace entente::eval {
namespace {

std::vector<conllu::Sentence> parse(const std::string& text) {
  std::istringstream in(text);
  conllu::Reader reader(in, "test");
  std::vector<conllu::Sentence> out;
  conllu::Sentence s;
  while (reader.next(s)) out.push_back(s);
  return out;
}

// Two sentences; "don't" is a multiword token.
const char* kGold =
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\tMood=Ind\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\tPolarity=Neg\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "2\tit\tit\tPRON\tPRP\tCase=Nom\t1\tnsubj\t_\t_\n"
    "\n";

TEST(UdScorer, IdenticalIsPerfect) {
  auto gold = parse(kGold);
  UdScores s = score_ud(gold, gold);
  EXPECT_EQ(s.tokens.gold, 5u);  // don't go . Yes it
  for (const Score* score : {&s.tokens, &s.sentences, &s.words, &s.upos, &s.xpos, &s.ufeats, &s.lemma, &s.uas, &s.las})
    EXPECT_DOUBLE_EQ(score->f1(), 1.0);
}

TEST(UdScorer, CountsTokensWordsAndSentences) {
  auto gold = parse(kGold);
  UdScores s = score_ud(gold, gold);
  EXPECT_EQ(s.words.gold, 6u);
  EXPECT_EQ(s.sentences.gold, 2u);
}

TEST(UdScorer, TokenizationErrors) {
  // The system keeps "don't" whole, glues "go." and finds one sentence.
  const char* system =
      "1\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tgo.\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "3\tYes\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\tit\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "\n";
  UdScores s = score_ud(parse(kGold), parse(system));
  // gold tokens: don't, go, ., Yes, it (5); system: don't, go., Yes, it (4); common: don't, Yes, it
  EXPECT_EQ(s.tokens.gold, 5u);
  EXPECT_EQ(s.tokens.system, 4u);
  EXPECT_EQ(s.tokens.correct, 3u);
  EXPECT_NEAR(s.tokens.f1(), 2.0 * 3 / 9, 1e-12);
  EXPECT_EQ(s.sentences.correct, 0u);
  // words: gold do, n't inside "don't" cannot align with the system's one word
  // "don't" by form; Yes and it align.
  EXPECT_EQ(s.words.correct, 2u);
}

TEST(UdScorer, LayersOverAlignedWords) {
  auto gold = parse(kGold);
  auto system = parse(kGold);
  system[0].words[0].upos = "VERB";      // UPOS wrong once
  system[0].words[1].deprel = "advmod:neg";  // subtype ignored by LAS
  system[0].words[3].head = 1;           // "." attached to "do": UAS and LAS wrong
  system[1].words[1].feats = "Case=Nom|Foo=Bar";  // not a universal feature
  system[1].words[0].lemma = "Yes";      // lemma wrong
  UdScores s = score_ud(gold, system);
  EXPECT_EQ(s.upos.correct, 5u);
  EXPECT_EQ(s.ufeats.correct, 6u);
  EXPECT_EQ(s.lemma.correct, 5u);
  EXPECT_EQ(s.uas.correct, 5u);
  EXPECT_EQ(s.las.correct, 5u);
  EXPECT_NEAR(s.upos.aligned_accuracy(), 5.0 / 6, 1e-12);
}

TEST(UdScorer, HeadsCompareThroughAlignment) {
  // The system splits "don't" differently (d + on't): only words whose
  // forms match align, and heads count only when their heads align too.
  const char* system =
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\td\t_\t_\t_\t_\t3\taux\t_\t_\n"
      "2\ton't\t_\t_\t_\t_\t3\tadvmod\t_\t_\n"
      "3\tgo\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t_\t_\t_\t_\t3\tpunct\t_\t_\n"
      "\n"
      "1\tYes\t_\t_\t_\t_\t0\troot\t_\t_\n"
      "2\tit\t_\t_\t_\t_\t1\tnsubj\t_\t_\n"
      "\n";
  UdScores s = score_ud(parse(kGold), parse(system));
  EXPECT_EQ(s.tokens.correct, 5u);
  EXPECT_EQ(s.words.correct, 4u);  // go . Yes it
  EXPECT_EQ(s.las.correct, 4u);
}

TEST(UdScorer, MissingHeadsAreNeverRight) {
  auto gold = parse(kGold);
  auto system = parse(kGold);
  for (auto& sentence : system)
    for (auto& word : sentence.words) word.head = -1;  // HEAD column "_"
  UdScores s = score_ud(gold, system);
  EXPECT_EQ(s.uas.correct, 0u);
  EXPECT_EQ(s.upos.correct, 6u);
}

TEST(UdScorer, DifferentTextIsAnError) {
  const char* system = "1\tdont\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  EXPECT_THROW(score_ud(parse(kGold), parse(system)), std::runtime_error);
}

TEST(UdScorer, DroppedTablePipesAreTolerated) {
  const char* gold = "1\t|\t_\t_\t_\t_\t_\t_\t_\t_\n2\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  const char* system = "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  UdScores s = score_ud(parse(gold), parse(system));
  EXPECT_EQ(s.tokens.correct, 1u);
  EXPECT_EQ(s.tokens.gold, 2u);
  EXPECT_EQ(s.words.correct, 1u);
}

TEST(UdScorer, TableHasEveryRow) {
  auto gold = parse(kGold);
  std::string table = format_scores(score_ud(gold, gold), true);
  for (const char* row : {"Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS"})
    EXPECT_NE(table.find(row), std::string::npos) << row;
  EXPECT_NE(table.find("100.00"), std::string::npos);
  EXPECT_EQ(format_scores(score_ud(gold, gold), false).find("UPOS"), std::string::npos);
}

}  // namespace
}  // namespace entente::eval
