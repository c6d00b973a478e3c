#include "nlp/fixed_point_weights.h"

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

std::vector<std::tuple<uint64_t, uint16_t, float>> weights_of(const FixedPointWeights& w) {
  std::vector<std::tuple<uint64_t, uint16_t, float>> out;
  w.for_each_weight([&](uint64_t key, uint16_t cls, float weight) { out.emplace_back(key, cls, weight); });
  return out;
}

TEST(FixedPointWeightsTest, TheLargestWeightSetsTheScaleAndHalvesRoundAwayFromZero) {
  // Scale 32767 / 4: 1.5 / scale is exactly 1.5 units, 2.5 / scale 2.5 units.
  const float unit = 4.0f / 32767.0f;
  const std::vector<uint64_t> keys{5, 9};
  const std::vector<FixedPointWeights::Row> rows{{{2, -4.0f}, {0, 1.5f * unit}}, {{1, 2.5f * unit}, {2, -1.5f * unit}}};
  FixedPointWeights w = FixedPointWeights::quantize(3, keys, rows, 0.0f);
  EXPECT_FLOAT_EQ(w.scale(), 32767.0f / 4.0f);
  std::vector<int32_t> scores(w.padded_classes(), 0);
  const std::vector<uint64_t> first{5};
  w.score(first, scores);
  EXPECT_EQ(scores[0], 2);
  EXPECT_EQ(scores[2], -32767);
  std::fill(scores.begin(), scores.end(), 0);
  const std::vector<uint64_t> second{9};
  w.score(second, scores);
  EXPECT_EQ(scores[1], 3);
  EXPECT_EQ(scores[2], -2);
  // Read back in perceptron units, classes in order within each row.
  auto back = weights_of(w);
  ASSERT_EQ(back.size(), 4u);
  EXPECT_EQ(std::get<1>(back[0]), 0);
  EXPECT_FLOAT_EQ(std::get<2>(back[1]), -4.0f);
}

TEST(FixedPointWeightsTest, SmallWeightsAndEmptyRowsAreDropped) {
  const std::vector<uint64_t> keys{1, 2, 3};
  const std::vector<FixedPointWeights::Row> rows{{{0, 10.0f}}, {{1, 0.2f}}, {{0, 1e-6f}, {1, -3.0f}}};
  FixedPointWeights w = FixedPointWeights::quantize(2, keys, rows, 0.5f);
  EXPECT_EQ(w.num_features(), 2u);  // key 2 kept nothing
  EXPECT_EQ(w.num_weights(), 2u);
}

TEST(FixedPointWeightsTest, FlatTablesThatDoNotAddUpAreRefused) {
  const std::vector<uint64_t> keys{1, 2};
  const std::vector<uint16_t> classes{0, 1, 1};
  const std::vector<float> weights{1.0f, 2.0f, 3.0f};
  const std::vector<uint32_t> too_many{2, 2}, too_few{1, 1}, fine{2, 1};
  EXPECT_THROW(FixedPointWeights::quantize(2, keys, too_many, classes, weights, 0.0f), ModelError);
  EXPECT_THROW(FixedPointWeights::quantize(2, keys, too_few, classes, weights, 0.0f), ModelError);
  EXPECT_THROW(FixedPointWeights::quantize(1, keys, fine, classes, weights, 0.0f), ModelError);  // class 1 of 1
  EXPECT_THROW(FixedPointWeights::quantize(0, keys, fine, classes, weights, 0.0f), ModelError);
  EXPECT_EQ(FixedPointWeights::quantize(2, keys, fine, classes, weights, 0.0f).num_weights(), 3u);
}

}  // namespace
}  // namespace entente::nlp
