#include "nlp/parser/relative_clauses.h"

#include <gtest/gtest.h>

#include "nlp/parser/tree_check.h"
#include "nlp/test_sentence.h"

namespace entente::nlp::parser {
namespace {

using entente::nlp::testing::sentence_from_text;

// "The new minister signed it." : the subject phrase is words 1-3.
const char* kNounSubject =
    "# sent_id = n1\n"
    "# text = The new minister signed it.\n"
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tnew\tnew\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tminister\tminister\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tit\tit\tPRON\tPRP\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";

const char* kPronounSubject =
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n";

// The subject already has an apposition after a comma.
const char* kSubjectWithComma =
    "1\tLee\tLee\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
    "3\t64\t64\tNUM\tCD\t_\t1\tappos\t_\t_\n"
    "4\tresigned\tresign\tVERB\tVBD\t_\t0\troot\t_\t_\n";

TEST(RelativeClausesTest, OnlyNounSubjectsFollowedByTheirVerbQualify) {
  EXPECT_EQ(relative_clause_copies({sentence_from_text(kPronounSubject)}, 1.0, 1).size(), 0u);
  EXPECT_EQ(relative_clause_copies({sentence_from_text(kSubjectWithComma)}, 1.0, 1).size(), 0u);
  EXPECT_EQ(relative_clause_copies({sentence_from_text(kNounSubject)}, 1.0, 1).size(), 1u);
  EXPECT_EQ(relative_clause_copies({sentence_from_text(kNounSubject)}, 0.0, 1).size(), 0u);
}

TEST(RelativeClausesTest, TheClauseHangsOnTheSubjectBetweenItsCommas) {
  const auto original = sentence_from_text(kNounSubject);
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    const auto copies = relative_clause_copies({original}, 1.0, seed);
    ASSERT_EQ(copies.size(), 1u);
    const auto& copy = copies[0];
    const int k = static_cast<int>(copy.words.size() - original.words.size());
    ASSERT_GE(k, 5);
    std::vector<int> heads{-1};
    for (const auto& w : copy.words) heads.push_back(w.head);
    ASSERT_TRUE(testing::is_tree(heads)) << seed;
    for (size_t i = 0; i < copy.words.size(); ++i) EXPECT_EQ(copy.words[i].id, std::to_string(i + 1));
    // The subject phrase stays in front, the clause follows between commas.
    EXPECT_EQ(copy.words[2].form, "minister");
    EXPECT_EQ(copy.words[2].head, 4 + k);
    EXPECT_EQ(copy.words[3].form, ",");
    EXPECT_EQ(copy.words[3 + k - 1].form, ",");
    int verb = 0;
    for (int i = 4; i < 3 + k - 1; ++i)
      if (copy.words[i].deprel == "acl:relcl") {
        EXPECT_EQ(verb, 0) << "one clause verb";
        verb = i + 1;
        EXPECT_EQ(copy.words[i].head, 3);
      } else {
        EXPECT_GT(copy.words[i].head, 4);  // inside the clause
        EXPECT_LT(copy.words[i].head, 4 + k);
      }
    ASSERT_NE(verb, 0);
    EXPECT_EQ(copy.words[3].head, verb);
    EXPECT_EQ(copy.words[3 + k - 1].head, verb);
    EXPECT_TRUE(copy.words[4].form == "who" || copy.words[4].form == "which") << copy.words[4].form;
    // The sentence's own words keep their relations, shifted.
    EXPECT_EQ(copy.words[3 + k].form, "signed");
    EXPECT_EQ(copy.words[3 + k].head, 0);
    EXPECT_EQ(copy.words[4 + k].head, 4 + k);
    EXPECT_EQ(copy.words[5 + k].head, 4 + k);
    EXPECT_TRUE(copy.text().starts_with("The new minister, ")) << copy.text();
    EXPECT_TRUE(copy.text().ends_with(", signed it .")) << copy.text();
    EXPECT_EQ(copy.comments.front(), "sent_id = n1-relcl");
  }
}

TEST(RelativeClausesTest, SameSeedSameCopies) {
  const std::vector<conllu::Sentence> treebank(30, sentence_from_text(kNounSubject));
  const auto a = relative_clause_copies(treebank, 0.5, 7), b = relative_clause_copies(treebank, 0.5, 7);
  ASSERT_EQ(a.size(), b.size());
  EXPECT_GT(a.size(), 5u);
  EXPECT_LT(a.size(), 25u);
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text(), b[i].text());
}

}  // namespace
}  // namespace entente::nlp::parser
