#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace entente::server {
namespace {

TEST(ResponseCache, HitsOnlyAtTheSameVersion) {
  ResponseCache cache(1 << 20);
  cache.put("/api/dyad?a=CHN&b=VNM", 7, "{\"periods\":[]}");
  EXPECT_EQ(cache.get("/api/dyad?a=CHN&b=VNM", 7), "{\"periods\":[]}");
  EXPECT_FALSE(cache.get("/api/dyad?a=CHN&b=CUB", 7));
  EXPECT_FALSE(cache.get("/api/dyad?a=CHN&b=VNM", 8));  // a commit happened
  EXPECT_FALSE(cache.get("/api/dyad?a=CHN&b=VNM", 7));  // and the stale entry is gone
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(ResponseCache, EvictsLeastRecentlyUsedWithinBudget) {
  ResponseCache cache(800);
  std::string body(100, 'x');
  for (int i = 0; i < 8; ++i) cache.put("k" + std::to_string(i), 1, body);
  EXPECT_TRUE(cache.get("k0", 1));  // k0 is now the most recent
  cache.put("k8", 1, body);         // over budget: k1 goes
  EXPECT_TRUE(cache.get("k0", 1));
  EXPECT_FALSE(cache.get("k1", 1));
  EXPECT_TRUE(cache.get("k8", 1));
  EXPECT_LE(cache.bytes(), 800u);
  cache.put("big", 1, std::string(101, 'y'));  // more than an eighth of the budget
  EXPECT_FALSE(cache.get("big", 1));
}

}  // namespace
}  // namespace entente::server
