#include "nlp/training_order.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

TEST(TrainingOrderTest, IsAPermutation) {
  auto order = training_order(1000, 1, 0);
  std::sort(order.begin(), order.end());
  for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
}

TEST(TrainingOrderTest, DependsOnSeedAndEpochOnly) {
  EXPECT_EQ(training_order(500, 3, 2), training_order(500, 3, 2));
  EXPECT_NE(training_order(500, 3, 2), training_order(500, 4, 2));
  EXPECT_NE(training_order(500, 3, 2), training_order(500, 3, 1));
  EXPECT_TRUE(training_order(0, 1, 0).empty());
}

TEST(TrainingDiceTest, SameSeedAndSaltSameNumbers) {
  TrainingDice a(7, 1), b(7, 1), other_salt(7, 2);
  std::vector<uint64_t> from_a, from_b, from_other;
  for (int i = 0; i < 50; ++i) {
    from_a.push_back(a.below(1000));
    from_b.push_back(b.below(1000));
    from_other.push_back(other_salt.below(1000));
  }
  EXPECT_EQ(from_a, from_b);
  EXPECT_NE(from_a, from_other);
  for (uint64_t x : from_a) EXPECT_LT(x, 1000u);
}

TEST(TrainingDiceTest, ChanceFollowsTheShare) {
  TrainingDice dice(3, 9);
  int never = 0, always = 0, quarter = 0;
  for (int i = 0; i < 4000; ++i) {
    never += dice.chance(0.0);
    always += dice.chance(1.0);
    quarter += dice.chance(0.25);
  }
  EXPECT_EQ(never, 0);
  EXPECT_EQ(always, 4000);
  EXPECT_GT(quarter, 850);
  EXPECT_LT(quarter, 1150);
}

}  // namespace
}  // namespace entente::nlp
