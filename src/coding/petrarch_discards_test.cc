#include "coding/petrarch_discards.h"

#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

namespace entente::coding {
namespace {

TEST(PetrarchDiscards, SentenceAndStoryPhrasesMatchAtAWordStart) {
  std::istringstream in(R"(<!-- made-up discards -->
# story-level phrases carry a '+'
+Grand Prix   # motor racing
CROQUET
ROUND_ROBIN
)");
  PetrarchDiscards d = PetrarchDiscards::parse(in);
  EXPECT_EQ(d.size(), 3u);
  EXPECT_EQ(d.match("Ruritania won the grand prix on Sunday."), "grand prix");
  EXPECT_EQ(d.match("Croquet is back in Freedonia."), "croquet");
  EXPECT_EQ(d.match("The round robin ended."), "round robin");
  EXPECT_EQ(d.match("Ruritania met Freedonia."), "");
  EXPECT_EQ(d.match("The antiCROQUET league met."), "");  // not at a word start
}

TEST(PetrarchDiscards, UnreadableFileSaysWhich) {
  try {
    PetrarchDiscards::load("/nonexistent/discards.txt");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/discards.txt"), std::string::npos);
  }
}

TEST(PetrarchDiscards, ReadsPetrarchsValidationList) {
  const std::filesystem::path file =
      std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "data" / "petrarch2" / "PETR.Validate.discards.txt";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "needs ../shared (absent)";
  EXPECT_GT(PetrarchDiscards::load(file).size(), 3u);
}

}  // namespace
}  // namespace entente::coding
