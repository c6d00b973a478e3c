#include "nlp/auxiliary_have.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

using Words = std::vector<std::string_view>;

HaveReading reading_of(const Words& forms, const Words& xpos, size_t i) { return have_reading(forms, xpos, i); }

TEST(AuxiliaryHaveTest, AParticipleAfterHaveMakesItTheAuxiliary) {
  EXPECT_EQ(reading_of({"they", "had", "both", "sold", "it"}, {"PRP", "VBD", "DT", "VBN", "PRP"}, 1),
            HaveReading::kAuxiliary);
  EXPECT_EQ(reading_of({"we", "'ve", "already", "gone"}, {"PRP", "VBP", "RB", "VBN"}, 1), HaveReading::kAuxiliary);
  // A participle before a noun may be the object's adjective: "have limited funds".
  EXPECT_EQ(reading_of({"we", "have", "limited", "funds"}, {"PRP", "VBP", "VBN", "NN"}, 1), HaveReading::kUndecided);
}

TEST(AuxiliaryHaveTest, ADeterminerAfterHaveMakesItTheVerb) {
  EXPECT_EQ(reading_of({"they", "have", "all", "the", "reasons"}, {"PRP", "VBP", "DT", "DT", "NNS"}, 1),
            HaveReading::kVerb);
  EXPECT_EQ(reading_of({"she", "has", "a", "car"}, {"PRP", "VBZ", "DT", "NN"}, 1), HaveReading::kVerb);
  // Not a question's auxiliary before its subject.
  EXPECT_EQ(reading_of({"Has", "the", "storm", "passed"}, {"VBZ", "DT", "NN", "VBN"}, 0), HaveReading::kUndecided);
  EXPECT_EQ(reading_of({"how", "has", "your", "day"}, {"WRB", "VBZ", "PRP$", "NN"}, 1), HaveReading::kUndecided);
}

TEST(AuxiliaryHaveTest, OtherWordsAndTheLastWordAreUndecided) {
  EXPECT_EQ(reading_of({"they", "want", "a", "car"}, {"PRP", "VBP", "DT", "NN"}, 1), HaveReading::kUndecided);
  EXPECT_EQ(reading_of({"I", "have"}, {"PRP", "VBP"}, 1), HaveReading::kUndecided);
  EXPECT_EQ(reading_of({"I", "have"}, {"PRP", "VBP"}, 5), HaveReading::kUndecided);
}

}  // namespace
}  // namespace entente::nlp
