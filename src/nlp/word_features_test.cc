#include "nlp/word_features.h"

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

TEST(PlainQuotesTest, WritesTypographicApostrophesAndQuotesInAscii) {
  EXPECT_EQ(plain_quotes("Vietnam\u2019s"), "Vietnam's");
  EXPECT_EQ(plain_quotes("won\u2019t"), "won't");
  EXPECT_EQ(plain_quotes("\u2018\u2019\u201b\u2032\u00b4\u02bc"), "''''''");
  EXPECT_EQ(plain_quotes("\u201c\u201d\u201f\u2033"), "\"\"\"\"");
  // Other characters, the other characters of the same UTF-8 block among them, stay.
  EXPECT_EQ(plain_quotes("caf\u00e9 \u2014 \u2026 \u20ac5 \u00b5"), "caf\u00e9 \u2014 \u2026 \u20ac5 \u00b5");
  EXPECT_EQ(plain_quotes(""), "");
  // A sequence cut short at the end of the word is kept as it is.
  EXPECT_EQ(plain_quotes("a\xE2\x80"), "a\xE2\x80");
}

TEST(PlainQuotesTest, BothSpellingsLookTheSameToTheModels) {
  const WordInfo curly = describe_word("They\u2019ll"), straight = describe_word("They'll");
  EXPECT_EQ(curly.form, straight.form);
  EXPECT_EQ(curly.lower, straight.lower);
  EXPECT_EQ(curly.shape, straight.shape);
  EXPECT_EQ(curly.flags, straight.flags);
  for (int k = 0; k < kMaxAffix; ++k) {
    EXPECT_EQ(curly.prefix[k], straight.prefix[k]);
    EXPECT_EQ(curly.suffix[k], straight.suffix[k]);
  }
  EXPECT_EQ(fold_word("\u201cN\u2019T"), "\"n't");
  EXPECT_NE(describe_word("They\u2019ll").form, describe_word("Theyll").form);
}

TEST(ModelReadingTest, ALoneCurrencySignReadsAsDollar) {
  for (std::string_view sign : {"\u20ac", "\u00a3", "\u00a5", "\u20ab", "\u20b9", "\uffe5"}) {
    EXPECT_EQ(model_reading(sign), "$") << sign;
    EXPECT_EQ(fold_word(sign), "$") << sign;
    EXPECT_EQ(describe_word(sign).form, describe_word("$").form) << sign;
  }
  for (std::string_view dollar : {"US$", "HK$", "S$", "NT$"}) EXPECT_EQ(model_reading(dollar), "$") << dollar;
  // Only a sign on its own or after capitals: an amount, other words and symbols keep their spelling.
  EXPECT_EQ(model_reading("\u20ac5"), "\u20ac5");
  EXPECT_EQ(model_reading("Hk$"), "Hk$");
  EXPECT_EQ(model_reading("ABCD$"), "ABCD$");
  EXPECT_EQ(model_reading("$$"), "$$");
  EXPECT_EQ(model_reading("\u00a7"), "\u00a7");
  EXPECT_EQ(model_reading("\u2019s"), "'s");
  EXPECT_EQ(model_reading(""), "");
}

}  // namespace
}  // namespace entente::nlp
