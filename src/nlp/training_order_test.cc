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

}  // namespace
}  // namespace entente::nlp
