#include "nlp/parser/date_openers.h"

#include <gtest/gtest.h>

#include <set>


#include "nlp/parser/tree_check.h"
#include "nlp/test_sentence.h"

namespace entente::nlp::parser {
namespace {

using entente::nlp::testing::sentence_from_text;


// "It's a deal." with "It's" as a multiword token: subject first.
const char* kSubjectFirst =
    "# sent_id = s1\n"
    "# text = It's the deal they signed.\n"
    "1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tIt\tit\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_\n"
    "2\t's\tbe\tAUX\tVBZ\t_\t4\tcop\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tdeal\tdeal\tNOUN\tNN\t_\t0\troot\t_\t_\n"
    "5\tthey\tthey\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
    "6\tsigned\tsign\tVERB\tVBD\t_\t4\tacl:relcl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";

const char* kObjectFirst =
    "1\tThis\tthis\tPRON\tDT\t_\t3\tobj\t_\t_\n"
    "2\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "3\tlike\tlike\tVERB\tVBP\t_\t0\troot\t_\t_\n";

const char* kQuestion =
    "1\tYou\tyou\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tagree\tagree\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\t?\t?\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

const char* kNameFirst =
    "1\tHanoi\tHanoi\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

TEST(DateOpenersTest, OnlySentencesThatStartWithTheirSubjectQualify) {
  EXPECT_TRUE(starts_with_subject(sentence_from_text(kSubjectFirst)));  // "It" is the root's nsubj
  EXPECT_FALSE(starts_with_subject(sentence_from_text(kObjectFirst)));
  EXPECT_FALSE(starts_with_subject(sentence_from_text(kQuestion)));
  auto two_roots = sentence_from_text(kNameFirst);
  two_roots.words[2].head = 0;
  EXPECT_FALSE(starts_with_subject(two_roots));
  auto cycle = sentence_from_text(kNameFirst);
  cycle.words[0].head = 3;
  cycle.words[2].head = 1;
  cycle.words[1].head = 0;
  EXPECT_FALSE(starts_with_subject(cycle));  // returns instead of looping
}

TEST(DateOpenersTest, CopyIsATreeWithTheDateOnTheRootAndEverythingShifted) {
  const auto original = sentence_from_text(kSubjectFirst);
  const auto copies = date_opener_copies({original}, 1.0, 3);
  ASSERT_EQ(copies.size(), 1u);
  const auto& copy = copies[0];
  const size_t k = copy.words.size() - original.words.size();
  ASSERT_GE(k, 2u);
  std::vector<int> heads{-1};
  for (const auto& w : copy.words) heads.push_back(w.head);
  EXPECT_TRUE(testing::is_tree(heads));
  for (size_t i = 0; i < copy.words.size(); ++i) EXPECT_EQ(copy.words[i].id, std::to_string(i + 1));
  // The opener's head hangs on the old root, now at 4 + k; no opener word is the root.
  const int root = 4 + static_cast<int>(k);
  EXPECT_EQ(copy.words[root - 1].form, "deal");
  EXPECT_EQ(copy.words[root - 1].head, 0);
  int on_root = 0;
  for (size_t i = 0; i < k; ++i) {
    EXPECT_NE(copy.words[i].head, 0);
    if (copy.words[i].head == root) {
      ++on_root;
      EXPECT_TRUE(copy.words[i].deprel.starts_with("obl")) << copy.words[i].deprel;
    }
  }
  EXPECT_EQ(on_root, 1);
  // "It's" is no longer first: lowercased, with its range shifted; DEPS cleared.
  EXPECT_EQ(copy.words[k].form, "it");
  EXPECT_EQ(copy.words[k].deps, "_");
  ASSERT_EQ(copy.multiword.size(), 1u);
  EXPECT_EQ(copy.multiword[0].form, "it's");
  EXPECT_EQ(copy.multiword[0].id, std::to_string(k + 1) + "-" + std::to_string(k + 2));
  EXPECT_EQ(copy.sent_id(), "s1-opener");
  EXPECT_TRUE(copy.text().ends_with(" it's the deal they signed.")) << copy.text();
  EXPECT_TRUE(copy.text().starts_with(copy.words[0].form)) << copy.text();
}

TEST(DateOpenersTest, NamesKeepTheirCapital) {
  const auto copies = date_opener_copies({sentence_from_text(kNameFirst)}, 1.0, 1);
  ASSERT_EQ(copies.size(), 1u);
  EXPECT_EQ(copies[0].words[copies[0].words.size() - 3].form, "Hanoi");
}

TEST(DateOpenersTest, ShareAndSeedDecideDeterministically) {
  std::vector<conllu::Sentence> many(400, sentence_from_text(kSubjectFirst));
  many.push_back(sentence_from_text(kObjectFirst));
  EXPECT_TRUE(date_opener_copies(many, 0.0, 1).empty());
  const auto all = date_opener_copies(many, 1.0, 1);
  EXPECT_EQ(all.size(), 400u);  // every qualifying sentence, not the object-first one
  const auto some = date_opener_copies(many, 0.25, 1);
  EXPECT_GT(some.size(), 60u);
  EXPECT_LT(some.size(), 140u);
  const auto again = date_opener_copies(many, 0.25, 1);
  ASSERT_EQ(again.size(), some.size());
  for (size_t i = 0; i < some.size(); ++i) EXPECT_EQ(again[i].text(), some[i].text());
  // Several kinds of opener come out, not one.
  std::set<std::string> first_words;
  for (const auto& s : all) first_words.insert(s.words[0].form);
  EXPECT_GE(first_words.size(), 4u);
}

}  // namespace
}  // namespace entente::nlp::parser
