#include "nlp/irregular_verbs.h"

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

TEST(IrregularVerbsTest, PastFormsKnowTheirVerb) {
  IrregularVerbForm sank = irregular_verb_form("sank");
  EXPECT_EQ(sank.forms, kPastTenseForm);
  EXPECT_EQ(sank.past_of, "sink");
  EXPECT_EQ(irregular_verb_form("sunk").forms, kPastParticipleForm);
  EXPECT_EQ(irregular_verb_form("overran").past_of, "overrun");
  EXPECT_EQ(irregular_verb_form("fled").forms, kPastTenseForm | kPastParticipleForm);
  EXPECT_EQ(irregular_verb_form("fled").past_of, "flee");
}

TEST(IrregularVerbsTest, AlternativesAndSharedFormsAreAllKept) {
  EXPECT_EQ(irregular_verb_form("burnt").past_of, "burn");
  EXPECT_EQ(irregular_verb_form("gotten").forms, kPastParticipleForm);
  // "cut" is all three; "run" a base and a participle; "lay" a base and the past of "lie".
  EXPECT_EQ(irregular_verb_form("cut").forms, kBaseForm | kPastTenseForm | kPastParticipleForm);
  EXPECT_EQ(irregular_verb_form("run").forms, kBaseForm | kPastParticipleForm);
  EXPECT_EQ(irregular_verb_form("run").past_of, "");
  EXPECT_EQ(irregular_verb_form("lay").forms, kBaseForm | kPastTenseForm);
  EXPECT_EQ(irregular_verb_form("lay").past_of, "lie");
}

TEST(IrregularVerbsTest, OtherWordsAreNoVerbForm) {
  for (const char* word : {"walked", "ministry", "outlet", "resent", "", "Sank"})
    EXPECT_EQ(irregular_verb_form(word).forms, 0) << word;
}

}  // namespace
}  // namespace entente::nlp
