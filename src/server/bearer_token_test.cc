#include "server/bearer_token.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace entente::server {
namespace {

TEST(BearerToken, MatchesOnlyTheExactToken) {
  const std::string token = "s3cret-token-0123456789";
  EXPECT_TRUE(bearer_matches("Bearer " + token, token));
  EXPECT_FALSE(bearer_matches("Bearer " + token + "x", token));
  EXPECT_FALSE(bearer_matches("Bearer " + token.substr(1), token));
  EXPECT_FALSE(bearer_matches("bearer " + token, token));
  EXPECT_FALSE(bearer_matches(token, token));
  EXPECT_FALSE(bearer_matches("", token));
  EXPECT_FALSE(bearer_matches("Bearer ", ""));
}

TEST(BearerToken, ReadsFirstLineAndRejectsShortTokens) {
  auto dir = std::filesystem::temp_directory_path() / ("entente_token_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto good = dir / "good", bad = dir / "bad";
  std::ofstream(good) << "  abcdefghijklmnopqrstuvwxyz \nsecond line\n";
  std::ofstream(bad) << "short\n";
  EXPECT_EQ(read_token_file(good.string()), "abcdefghijklmnopqrstuvwxyz");
  EXPECT_THROW(read_token_file(bad.string()), std::runtime_error);
  EXPECT_THROW(read_token_file((dir / "missing").string()), std::runtime_error);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace entente::server
