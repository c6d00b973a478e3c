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
  EXPECT_EQ(derive_edit_script("blorfies", "blorfy"), (EditScript{false, 3, "y"}));
  EXPECT_EQ(derive_edit_script("zanked", "zank"), (EditScript{false, 2, ""}));
  EXPECT_EQ(derive_edit_script("quux", "quux"), (EditScript{false, 0, ""}));
}

TEST(EditScriptTest, LowercasesOnlyWhenItHelps) {
  EXPECT_EQ(derive_edit_script("Glimped", "glimp"), (EditScript{true, 2, ""}));
  EXPECT_EQ(derive_edit_script("Wug", "Wug"), (EditScript{false, 0, ""}));
  EXPECT_EQ(derive_edit_script("WUGS", "wug"), (EditScript{true, 1, ""}));
}

TEST(EditScriptTest, AppliesToNewWords) {
  // The script learned on one word carries over to another with the same ending.
  auto script = *derive_edit_script("blorfies", "blorfy");
  EXPECT_EQ(apply_edit_script(script, "snarkies"), "snarky");
  EXPECT_EQ(roundtrip("Trundled", "trundle"), "trundle");
  EXPECT_EQ(roundtrip("went", "go"), "go");
}

TEST(EditScriptTest, KnowsWhenItCannotApply) {
  EditScript strip3{false, 3, ""};
  EXPECT_FALSE(applicable(strip3, "ab"));
  EXPECT_FALSE(applicable(strip3, "abc"));  // would leave an empty lemma
  EXPECT_TRUE(applicable(strip3, "abcd"));
  EXPECT_TRUE(applicable(EditScript{false, 2, "go"}, "ab"));
}

}  // namespace
}  // namespace entente::nlp
