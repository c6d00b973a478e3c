#include "nlp/parser/transition_weights.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "nlp/test_paths.h"

namespace entente::nlp::parser {
namespace {

int argmax(const std::vector<int32_t>& scores) {
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// Three classes, each signalled by its own feature plus a shared noise feature.
TransitionWeights train_toy(float min_weight) {
  TransitionWeightsTrainer trainer(3);
  std::vector<float> scores(3);
  for (int round = 0; round < 20; ++round)
    for (int truth = 0; truth < 3; ++truth) {
      std::vector<uint64_t> features{100 + static_cast<uint64_t>(truth), 7};
      std::fill(scores.begin(), scores.end(), 0.0f);
      trainer.score(features, scores);
      int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      trainer.update(features, truth, guess);
    }
  return trainer.finish(min_weight);
}

TEST(TransitionWeightsTest, LearnsSeparableClasses) {
  TransitionWeights w = train_toy(0);
  EXPECT_EQ(w.num_classes(), 3);
  for (uint64_t truth = 0; truth < 3; ++truth) {
    std::vector<uint64_t> features{100 + truth, 7, 999 /* never seen */};
    std::vector<int32_t> scores(3, 0);
    w.score(features, scores);
    EXPECT_EQ(argmax(scores), static_cast<int>(truth));
  }
}

TEST(TransitionWeightsTest, PruningDropsSmallWeightsOnly) {
  TransitionWeights all = train_toy(0);
  EXPECT_EQ(all.pruned(0).num_weights(), all.num_weights());
  EXPECT_LT(all.pruned(0.5f).num_weights(), all.num_weights());
  EXPECT_EQ(all.pruned(1e9f).num_weights(), 0u);
  // An empty model scores nothing and does not crash.
  std::vector<uint64_t> features{1, 2, 3};
  std::vector<int32_t> scores(3, 0);
  all.pruned(1e9f).score(features, scores);
  EXPECT_EQ(scores, std::vector<int32_t>(3, 0));
}

TEST(TransitionWeightsTest, SaveLoadKeepsEveryScore) {
  TransitionWeights w = train_toy(0);
  auto path = nlp::testing::temp_path("transition-weights");
  {
    ModelWriter out(path, "test-weights", "");
    w.save(out);
    out.finish();
  }
  ModelReader in(path, "test-weights");
  TransitionWeights loaded = TransitionWeights::load(in);
  std::filesystem::remove(path);
  EXPECT_EQ(loaded.num_weights(), w.num_weights());
  for (uint64_t f : {100, 101, 102, 7, 5}) {
    std::vector<uint64_t> features{f};
    std::vector<int32_t> a(3, 0), b(3, 0);
    w.score(features, a);
    loaded.score(features, b);
    EXPECT_EQ(a, b) << f;
  }
}

// More features than one prefetch batch are all counted.
TEST(TransitionWeightsTest, ScoresLongFeatureLists) {
  TransitionWeights w = train_toy(0);
  std::vector<uint64_t> one{100};
  std::vector<uint64_t> many(300, 100);
  std::vector<int32_t> a(3, 0), b(3, 0);
  w.score(one, a);
  w.score(many, b);
  for (int c = 0; c < 3; ++c) EXPECT_EQ(b[c], 300 * a[c]);
}

}  // namespace
}  // namespace entente::nlp::parser
