#include "core/conllu.h"

#include <sstream>

#include <gtest/gtest.h>

namespace entente::conllu {
namespace {

// A made-up two-sentence sample with a multiword token and SpaceAfter=No.
const char* kSample =
    "# sent_id = a-1\n"
    "# text = We don't know.\n"
    "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = a-2\n"
    "# text = Fine.\n"
    "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
    "\n";

std::vector<Sentence> sample() {
  std::istringstream in(kSample);
  Reader reader(in, "sample");
  std::vector<Sentence> out;
  Sentence s;
  while (reader.next(s)) out.push_back(s);
  return out;
}

TEST(ConlluTest, ReadsWordsMultiwordsAndComments) {
  auto sentences = sample();
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].text(), "We don't know.");
  EXPECT_EQ(sentences[0].sent_id(), "a-1");
  ASSERT_EQ(sentences[0].words.size(), 5u);
  ASSERT_EQ(sentences[0].multiword.size(), 1u);
  EXPECT_EQ(sentences[0].words[3].head, 0);
  EXPECT_FALSE(sentences[0].words[3].space_after());
  EXPECT_TRUE(sentences[0].words[4].space_after());
}

TEST(ConlluTest, RejectsMalformedLinesWithPlace) {
  std::istringstream in("1\tWe\twe\n");
  Reader reader(in, "bad.conllu");
  Sentence s;
  try {
    reader.next(s);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.conllu:1"), std::string::npos);
  }
}

TEST(ConlluTest, RebuildsTextAndOffsetsFromForms) {
  Document doc = to_document(sample(), "a");
  EXPECT_EQ(doc.text, "We don't know. Fine.");
  ASSERT_EQ(doc.tokens.size(), 7u);
  EXPECT_EQ(doc.token_text(1), "do");
  EXPECT_EQ(doc.token_text(2), "n't");
  ASSERT_EQ(doc.multiword.size(), 1u);
  EXPECT_EQ(doc.multiword[0].first, 1u);
  EXPECT_EQ(doc.multiword[0].last, 2u);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.span_text(doc.sentences[1].span), "Fine.");
  EXPECT_EQ(doc.upos[3], "VERB");
  EXPECT_EQ(doc.head[3], 0);
}

TEST(ConlluTest, WriteDocumentRoundTripsThroughReader) {
  Document doc = to_document(sample(), "a");
  std::ostringstream out;
  write_document(out, doc);
  std::istringstream in(out.str());
  Reader reader(in, "written");
  Sentence s;
  ASSERT_TRUE(reader.next(s));
  EXPECT_EQ(s.comment("newdoc id"), "a");
  EXPECT_EQ(s.text(), "We don't know.");
  ASSERT_EQ(s.multiword.size(), 1u);
  EXPECT_EQ(s.multiword[0].form, "don't");
  EXPECT_EQ(s.words[1].form, "do");
  EXPECT_FALSE(s.words[3].space_after());
  EXPECT_EQ(s.words[0].upos, "PRON");
}

}  // namespace
}  // namespace entente::conllu
