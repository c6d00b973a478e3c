#include "nlp/finite_verb.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

struct Tagged {
  std::vector<std::string_view> forms, upos, xpos;
  std::vector<int32_t> margin;
  void add(std::string_view form, std::string_view u, std::string_view x, int32_t m = 0) {
    forms.push_back(form), upos.push_back(u), xpos.push_back(x), margin.push_back(m);
  }
  int verb() const { return likely_past_tense_verb(forms, upos, xpos, margin); }
};

Tagged protesters_marched(std::string_view last = ".") {
  Tagged s;
  s.add("Protesters", "NOUN", "NNS");
  s.add("marched", "VERB", "VBN", 500);
  s.add("through", "ADP", "IN");
  s.add("the", "DET", "DT");
  s.add("capital", "NOUN", "NN");
  s.add(last, "PUNCT", ".");
  return s;
}

TEST(FiniteVerbTest, AParticipleAfterTheSubjectOfAVerblessSentenceIsThePastTense) {
  EXPECT_EQ(protesters_marched().verb(), 1);
}

TEST(FiniteVerbTest, KeepsSentencesThatHaveAFiniteVerb) {
  for (std::string_view finite : {"VBD", "VBZ", "VBP", "MD"}) {
    Tagged s = protesters_marched();
    s.xpos[2] = finite;  // stands for any finite verb elsewhere in the sentence
    EXPECT_EQ(s.verb(), -1) << finite;
  }
}

TEST(FiniteVerbTest, OnlyStatementsEndingInAFullStop) {
  EXPECT_EQ(protesters_marched("!").verb(), -1);  // "Site made !"
  EXPECT_EQ(protesters_marched("?").verb(), -1);
  Tagged no_stop = protesters_marched();
  no_stop.forms.pop_back(), no_stop.upos.pop_back(), no_stop.xpos.pop_back(), no_stop.margin.pop_back();
  EXPECT_EQ(no_stop.verb(), -1);  // a headline
  Tagged quoted = protesters_marched();
  quoted.add("\"", "PUNCT", "''");
  EXPECT_EQ(quoted.verb(), 1);
}

TEST(FiniteVerbTest, NeedsASubjectRightBeforeAndNoAgentAfter) {
  Tagged adverb = protesters_marched();
  adverb.xpos[0] = "RB";  // "Highly recommended ."
  EXPECT_EQ(adverb.verb(), -1);
  Tagged first = protesters_marched();
  EXPECT_EQ(likely_past_tense_verb(std::span(first.forms).subspan(1), std::span(first.upos).subspan(1),
                                   std::span(first.xpos).subspan(1), std::span(first.margin).subspan(1)),
            -1);  // "Posted by ..." opening the sentence
  for (std::string_view next : {"by", "By", "to"}) {
    Tagged passive = protesters_marched();
    passive.forms[2] = next;  // "Percentage of wealth held by ...", "goods subjected to ..."
    EXPECT_EQ(passive.verb(), -1) << next;
  }
  Tagged auxiliary = protesters_marched();
  auxiliary.upos[1] = "AUX";  // "been"
  EXPECT_EQ(auxiliary.verb(), -1);
}

TEST(FiniteVerbTest, PicksTheParticipleWhosePastTenseCameClosest) {
  Tagged s;
  s.add("Companies", "NOUN", "NNS");
  s.add("evacuated", "VERB", "VBN", 900);
  s.add("staff", "NOUN", "NN");
  s.add("as", "SCONJ", "IN");
  s.add("storms", "NOUN", "NNS");
  s.add("approached", "VERB", "VBN", 300);
  s.add(".", "PUNCT", ".");
  EXPECT_EQ(s.verb(), 5);
  s.margin[1] = 100;
  EXPECT_EQ(s.verb(), 1);
}

TEST(FiniteVerbTest, EmptyAndPunctuationOnly) {
  Tagged empty;
  EXPECT_EQ(empty.verb(), -1);
  Tagged dots;
  dots.add(".", "PUNCT", ".");
  dots.add(".", "PUNCT", ".");
  EXPECT_EQ(dots.verb(), -1);
}

}  // namespace
}  // namespace entente::nlp
