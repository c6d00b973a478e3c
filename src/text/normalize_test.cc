#include "text/normalize.h"

#include <gtest/gtest.h>

namespace entente::text {
namespace {

TEST(Normalize, AsciiIsIdentity) {
  std::string out;
  std::vector<uint32_t> map;
  normalize_nfc("Plain text.", out, map);
  EXPECT_EQ(out, "Plain text.");
  ASSERT_EQ(map.size(), out.size() + 1);
  for (uint32_t i = 0; i < map.size(); ++i) EXPECT_EQ(map[i], i);
}

TEST(Normalize, ComposesAndMapsBack) {
  // e + COMBINING ACUTE (3 bytes) -> é (2 bytes)
  std::string text = "Ve\u0301lez met.";
  std::string out;
  std::vector<uint32_t> map;
  normalize_nfc(text, out, map);
  EXPECT_EQ(out, "V\u00E9lez met.");
  ASSERT_EQ(map.size(), out.size() + 1);
  EXPECT_EQ(map[0], 0u);      // V
  EXPECT_EQ(map[1], 1u);      // é starts where e started
  EXPECT_EQ(map[2], 1u);
  EXPECT_EQ(map[3], 4u);      // l: after the combining mark
  EXPECT_EQ(map.back(), text.size());
  for (size_t i = 1; i < map.size(); ++i) EXPECT_LE(map[i - 1], map[i]);
}

TEST(Normalize, AlreadyComposedNonAsciiIsIdentity) {
  std::string text = "H\u00E0 N\u1ED9i \u4E60\u8FD1\u5E73";
  std::string out;
  std::vector<uint32_t> map;
  normalize_nfc(text, out, map);
  EXPECT_EQ(out, text);
  EXPECT_EQ(map.back(), text.size());
}

TEST(Normalize, ReordersCombiningMarks) {
  // a + dot below + circumflex and a + circumflex + dot below both become ậ.
  std::string out1, out2;
  std::vector<uint32_t> m1, m2;
  normalize_nfc("a\u0323\u0302", out1, m1);
  normalize_nfc("a\u0302\u0323", out2, m2);
  EXPECT_EQ(out1, "\u1EAD");
  EXPECT_EQ(out2, "\u1EAD");
  EXPECT_EQ(m1.back(), 5u);
}

}  // namespace
}  // namespace entente::text
