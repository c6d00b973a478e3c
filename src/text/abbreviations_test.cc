#include "text/abbreviations.h"

#include <gtest/gtest.h>

namespace entente::text {
namespace {

TEST(Abbreviations, Classifies) {
  EXPECT_EQ(classify_abbreviation("Mr"), Abbreviation::kTitle);
  EXPECT_EQ(classify_abbreviation("Gen"), Abbreviation::kTitle);
  EXPECT_EQ(classify_abbreviation("Jan"), Abbreviation::kOther);
  EXPECT_EQ(classify_abbreviation("U.S"), Abbreviation::kOther);
  EXPECT_EQ(classify_abbreviation("e.g"), Abbreviation::kOther);
  EXPECT_EQ(classify_abbreviation("Etc"), Abbreviation::kOther);
  EXPECT_EQ(classify_abbreviation("J"), Abbreviation::kOther);
  EXPECT_EQ(classify_abbreviation("No"), Abbreviation::kNumberTag);
  // Institutions' abbreviations in news ("the Univ. of Hanoi", "Natl. Assembly").
  for (std::string_view word : {"Univ", "Assn", "Natl", "Govt", "Intl", "Corp", "Wyo", "yrs"})
    EXPECT_EQ(classify_abbreviation(word), Abbreviation::kOther) << word;
  EXPECT_EQ(classify_abbreviation("house"), Abbreviation::kNone);
  EXPECT_EQ(classify_abbreviation("file.doc"), Abbreviation::kNone);
  EXPECT_EQ(classify_abbreviation(""), Abbreviation::kNone);
}

TEST(Abbreviations, SentenceStarters) {
  EXPECT_TRUE(is_sentence_starter("The"));
  EXPECT_FALSE(is_sentence_starter("Senate"));
}

}  // namespace
}  // namespace entente::text
