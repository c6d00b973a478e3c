#include "nlp/title_case.h"

#include <gtest/gtest.h>

#include <set>

#include "nlp/test_sentence.h"

namespace entente::nlp {
namespace {

using testing::sentence_from_text;

const char* kSentence =
    "# sent_id = s1\n"
    "# text = the two sides don't sign deals in iPhone stores.\n"
    "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\ttwo\ttwo\tNUM\tCD\t_\t3\tnummod\t_\t_\n"
    "3\tsides\tside\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tdo\tdo\tAUX\tVBP\t_\t6\taux\t_\t_\n"
    "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
    "6\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "7\tdeals\tdeal\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
    "8\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\tiPhone\tiPhone\tPROPN\tNNP\t_\t10\tcompound\t_\t_\n"
    "10\tstores\tstore\tNOUN\tNNS\t_\t6\tobl\t_\tSpaceAfter=No\n"
    "11\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n";

TEST(TitleCaseTest, HeadlineFormCapitalisesContentWords) {
  EXPECT_EQ(headline_form("sign", false, false), "Sign");
  EXPECT_EQ(headline_form("of", false, false), "of");
  EXPECT_EQ(headline_form("of", true, false), "Of");
  EXPECT_EQ(headline_form("of", false, true), "Of");
  EXPECT_EQ(headline_form("'s", false, true), "'s");  // not a letter first: left alone
  EXPECT_EQ(headline_form("12", false, false), "12");
  EXPECT_EQ(headline_form("Hanoi", false, false), "Hanoi");
  EXPECT_EQ(headline_form("", true, true), "");
}

TEST(TitleCaseTest, CopiesKeepTagsAndTreesAndChangeOnlyForms) {
  const auto original = sentence_from_text(kSentence);
  std::vector<conllu::Sentence> many(300, original);
  const auto copies = title_case_copies(many, 1.0, 5);
  ASSERT_EQ(copies.size(), 300u);
  std::set<std::string> styles;
  for (const auto& copy : copies) {
    ASSERT_EQ(copy.words.size(), original.words.size());
    for (size_t i = 0; i < copy.words.size(); ++i) {
      EXPECT_EQ(copy.words[i].upos, original.words[i].upos);
      EXPECT_EQ(copy.words[i].lemma, original.words[i].lemma);
      EXPECT_EQ(copy.words[i].head, original.words[i].head);
    }
    EXPECT_EQ(copy.words[0].form, "The");
    EXPECT_EQ(copy.words[5].form, "Sign");
    EXPECT_EQ(copy.words[8].form, "IPhone");
    EXPECT_EQ(copy.multiword.at(0).form, "Don't");
    EXPECT_EQ(copy.words[4].form, "n't");  // inside a token: "Don'T" is no headline's
    EXPECT_EQ(copy.words[10].form, ".");
    EXPECT_EQ(copy.text(), "");  // the old text no longer matches the forms
    EXPECT_EQ(copy.sent_id(), "s1");
    styles.insert(copy.words[7].form);  // "in" or "In"
  }
  EXPECT_EQ(styles, (std::set<std::string>{"in", "In"}));
}

TEST(TitleCaseTest, ShareAndSeedDecideDeterministically) {
  std::vector<conllu::Sentence> many(1000, sentence_from_text(kSentence));
  EXPECT_TRUE(title_case_copies(many, 0, 1).empty());
  const auto some = title_case_copies(many, 0.2, 1);
  EXPECT_GT(some.size(), 140u);
  EXPECT_LT(some.size(), 260u);
  const auto again = title_case_copies(many, 0.2, 1);
  ASSERT_EQ(again.size(), some.size());
  for (size_t i = 0; i < some.size(); ++i) EXPECT_EQ(again[i].words[7].form, some[i].words[7].form);
}

}  // namespace
}  // namespace entente::nlp
