#include "nlp/noun_subjects.h"

#include <gtest/gtest.h>

#include <set>

#include "nlp/parser/tree_check.h"
#include "nlp/test_sentence.h"

namespace entente::nlp {
namespace {

using entente::nlp::testing::sentence_from_text;

const char* kTheySigned =
    "# sent_id = s1\n"
    "# text = They signed the deal, which we liked.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t2:nsubj\t_\n"
    "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tdeal\tdeal\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "6\twhich\twhich\tPRON\tWDT\t_\t8\tobj\t_\t_\n"
    "7\twe\twe\tPRON\tPRP\t_\t8\tnsubj\t_\t_\n"
    "8\tliked\tlike\tVERB\tVBD\t_\t4\tacl:relcl\t_\tSpaceAfter=No\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

const char* kTheyWere =
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\twere\tbe\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\there\there\tADV\tRB\t_\t2\tadvmod\t_\t_\n";

const char* kTheySign =
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tsign\tsign\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n";

const char* kTheDealFailed =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tdeal\tdeal\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tfailed\tfail\tVERB\tVBD\t_\t0\troot\t_\t_\n";

TEST(NounSubjectsTest, OnlyPronounSubjectsOfAPastTenseRootQualify) {
  EXPECT_TRUE(has_pronoun_subject_in_past(sentence_from_text(kTheySigned)));
  EXPECT_FALSE(has_pronoun_subject_in_past(sentence_from_text(kTheyWere)));  // "were" agrees with "they"
  EXPECT_FALSE(has_pronoun_subject_in_past(sentence_from_text(kTheySign)));  // present tense agrees too
  EXPECT_FALSE(has_pronoun_subject_in_past(sentence_from_text(kTheDealFailed)));
  auto broken = sentence_from_text(kTheySigned);
  broken.words[0].head = 42;
  EXPECT_FALSE(has_pronoun_subject_in_past(broken));
}

TEST(NounSubjectsTest, CopyPutsANounPhraseWhereThePronounWas) {
  const auto original = sentence_from_text(kTheySigned);
  std::set<std::string> subjects;
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    const auto copies = noun_subject_copies({original}, 1.0, seed);
    ASSERT_EQ(copies.size(), 1u);
    const auto& copy = copies[0];
    const int shift = static_cast<int>(copy.words.size() - original.words.size());
    std::vector<int> heads{-1};
    for (const auto& w : copy.words) heads.push_back(w.head);
    ASSERT_TRUE(parser::testing::is_tree(heads)) << copy.text();
    for (size_t i = 0; i < copy.words.size(); ++i) EXPECT_EQ(copy.words[i].id, std::to_string(i + 1));
    // The verb keeps its tag and is still the root; exactly one phrase word is its nsubj.
    const auto& verb = copy.words[1 + shift];
    EXPECT_EQ(verb.form, "signed");
    EXPECT_EQ(verb.xpos, "VBD");
    EXPECT_EQ(verb.head, 0);
    int subjects_of_verb = 0;
    for (int i = 0; i <= shift; ++i) {
      if (copy.words[i].head == 2 + shift) {
        ++subjects_of_verb;
        EXPECT_EQ(copy.words[i].deprel, "nsubj");
        EXPECT_EQ(copy.words[i].upos, "NOUN");
      }
    }
    EXPECT_EQ(subjects_of_verb, 1) << copy.text();
    // The relative clause still hangs on "deal"; the text reads the new subject.
    EXPECT_EQ(copy.words[7 + shift].head, 4 + shift);
    EXPECT_EQ(copy.words[6 + shift].form, "we");
    EXPECT_EQ(copy.sent_id(), "s1-subject");
    EXPECT_TRUE(copy.text().ends_with(" signed the deal, which we liked.")) << copy.text();
    EXPECT_TRUE(copy.text().starts_with(copy.words[0].form)) << copy.text();
    subjects.insert(copy.words[0].form);
  }
  EXPECT_GE(subjects.size(), 8u);  // a list of phrases, not one
}

TEST(NounSubjectsTest, ShareAndSeedDecideDeterministically) {
  std::vector<conllu::Sentence> many(400, sentence_from_text(kTheySigned));
  many.push_back(sentence_from_text(kTheyWere));
  EXPECT_TRUE(noun_subject_copies(many, 0.0, 1).empty());
  EXPECT_EQ(noun_subject_copies(many, 1.0, 1).size(), 400u);
  const auto some = noun_subject_copies(many, 0.25, 1);
  EXPECT_GT(some.size(), 60u);
  EXPECT_LT(some.size(), 140u);
  const auto again = noun_subject_copies(many, 0.25, 1);
  ASSERT_EQ(again.size(), some.size());
  for (size_t i = 0; i < some.size(); ++i) EXPECT_EQ(again[i].text(), some[i].text());
}

}  // namespace
}  // namespace entente::nlp
