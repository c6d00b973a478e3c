#include "nlp/edit_script.h"

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

std::string roundtrip(std::string_view form, std::string_view lemma) {
  auto script = derive_edit_script(form, lemma);
  EXPECT_TRUE(script.has_value());
  return apply_edit_script(*script, form);
}

TEST(EditScriptTest, DerivesTheShortestSuffixEdit) {
  EXPECT_EQ(derive_edit_script("blorfies", "blorfy"), (EditScript{Rewrite::kKeep, 3, "y"}));
  EXPECT_EQ(derive_edit_script("zanked", "zank"), (EditScript{Rewrite::kKeep, 2, ""}));
  EXPECT_EQ(derive_edit_script("quux", "quux"), (EditScript{Rewrite::kKeep, 0, ""}));
}

TEST(EditScriptTest, LowercasesOnlyWhenItHelps) {
  EXPECT_EQ(derive_edit_script("Glimped", "glimp"), (EditScript{Rewrite::kLower, 2, ""}));
  EXPECT_EQ(derive_edit_script("Wug", "Wug"), (EditScript{Rewrite::kKeep, 0, ""}));
  EXPECT_EQ(derive_edit_script("WUGS", "wug"), (EditScript{Rewrite::kLower, 1, ""}));
}

TEST(EditScriptTest, TitleCasesOnlyWhenItHelps) {
  EXPECT_EQ(derive_edit_script("ZEMBLA", "Zembla"), (EditScript{Rewrite::kTitle, 0, ""}));
  EXPECT_EQ(derive_edit_script("zembla", "Zembla"), (EditScript{Rewrite::kTitle, 0, ""}));
  EXPECT_EQ(derive_edit_script("ZEMBLAS", "Zembla"), (EditScript{Rewrite::kTitle, 1, ""}));
  // Not when keeping the case or lowercasing does as well.
  EXPECT_EQ(derive_edit_script("Zembla", "Zembla"), (EditScript{Rewrite::kKeep, 0, ""}));
  EXPECT_EQ(derive_edit_script("ZEMBLA", "zembla"), (EditScript{Rewrite::kLower, 0, ""}));
  EXPECT_EQ(apply_edit_script(EditScript{Rewrite::kTitle, 0, ""}, "QUUXTON"), "Quuxton");
  EXPECT_EQ(apply_edit_script(EditScript{Rewrite::kTitle, 0, ""}, "1st"), "1st");
}

TEST(EditScriptTest, AppliesToNewWords) {
  // The script learned on one word carries over to another with the same ending.
  auto script = *derive_edit_script("blorfies", "blorfy");
  EXPECT_EQ(apply_edit_script(script, "snarkies"), "snarky");
  EXPECT_EQ(roundtrip("Trundled", "trundle"), "trundle");
  EXPECT_EQ(roundtrip("went", "go"), "go");
}

TEST(EditScriptTest, KnowsWhenItCannotApply) {
  EditScript strip3{Rewrite::kKeep, 3, ""};
  EXPECT_FALSE(applicable(strip3, "ab"));
  EXPECT_FALSE(applicable(strip3, "abc"));  // would leave an empty lemma
  EXPECT_TRUE(applicable(strip3, "abcd"));
  EXPECT_TRUE(applicable(EditScript{Rewrite::kKeep, 2, "go"}, "ab"));
}

TEST(EditScriptTest, StripsAndAppendsWholeCharacters) {
  // "é" and "è" share their first byte; the script still replaces the whole character.
  EXPECT_EQ(derive_edit_script("caf\u00e9s", "caf\u00e8"), (EditScript{Rewrite::kKeep, 3, "\u00e8"}));
  EXPECT_EQ(roundtrip("\u2019m", "be"), "be");
  // Stripping one byte of a two-byte character, or appending half of one, is refused.
  EXPECT_FALSE(applicable(EditScript{Rewrite::kKeep, 1, ""}, "caf\u00e9"));
  EXPECT_TRUE(applicable(EditScript{Rewrite::kKeep, 2, ""}, "caf\u00e9"));
  EXPECT_FALSE(applicable(EditScript{Rewrite::kKeep, 0, "\xa8"}, "caf"));
  // Three of the four bytes of "’m" end inside the apostrophe.
  EXPECT_FALSE(applicable(EditScript{Rewrite::kKeep, 3, "s"}, "\u2019m"));
  EXPECT_TRUE(applicable(EditScript{Rewrite::kKeep, 1, "s"}, "\u2019m"));
}

}  // namespace
}  // namespace entente::nlp
