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

// Frequent features get long rows (stored dense), rare ones short rows
// (stored sparse); both kinds add up exactly, whatever the mix.
TEST(TransitionWeightsTest, DenseAndSparseRowsAddUp) {
  constexpr int kClasses = 40;
  TransitionWeightsTrainer trainer(kClasses);
  const uint64_t common = 7, rare = 8;
  std::vector<uint64_t> rare_features{rare};
  trainer.update(rare_features, 3, 5);  // first, so that its average is not 0
  for (int truth = 0; truth < kClasses; ++truth) {
    std::vector<uint64_t> features{common, 1000 + static_cast<uint64_t>(truth)};
    trainer.update(features, truth, (truth + 1) % kClasses);
  }
  TransitionWeights w = trainer.finish(0);
  auto score = [&](std::vector<uint64_t> features) {
    std::vector<int32_t> scores(kClasses, 0);
    w.score(features, scores);
    return scores;
  };
  const auto a = score({common}), b = score({rare}), c = score({1003}), all = score({common, rare, 1003});
  for (int k = 0; k < kClasses; ++k) EXPECT_EQ(all[k], a[k] + b[k] + c[k]) << k;
  EXPECT_GT(b[3], 0);
  EXPECT_LT(b[5], 0);
  EXPECT_EQ(b[4], 0);
  EXPECT_EQ(argmax(c), 3);
}

// Trains `trainer` so that feature `signal` points to class `truth`.
void teach(TransitionWeightsTrainer& trainer, uint64_t signal, int truth, int rounds) {
  std::vector<uint64_t> features{signal};
  for (int round = 0; round < rounds; ++round) trainer.update(features, truth, (truth + 1) % 3);
}

std::vector<int32_t> scores_of(const TransitionWeights& w, std::vector<uint64_t> features) {
  std::vector<int32_t> scores(3, 0);
  w.score(features, scores);
  return scores;
}

TEST(TransitionWeightsTest, MeanOfOneRunIsItsFinish) {
  TransitionWeightsTrainer a(3);
  teach(a, 1, 0, 5);
  teach(a, 2, 2, 3);
  const TransitionWeightsTrainer* runs[] = {&a};
  TransitionWeights mean = TransitionWeightsTrainer::mean(runs, 0), finish = a.finish(0);
  EXPECT_EQ(mean.num_weights(), finish.num_weights());
  for (uint64_t f : {1, 2, 3}) EXPECT_EQ(scores_of(mean, {f}), scores_of(finish, {f})) << f;
  // The mean of a run with itself changes nothing either.
  const TransitionWeightsTrainer* twice[] = {&a, &a};
  for (uint64_t f : {1, 2}) EXPECT_EQ(scores_of(TransitionWeightsTrainer::mean(twice, 0), {f}), scores_of(finish, {f}));
}

TEST(TransitionWeightsTest, MeanKeepsWhatEachRunLearned) {
  // Each run knows one feature; the mean knows both, each at half the
  // strength it had in its run relative to a feature both runs learned alike.
  TransitionWeightsTrainer a(3), b(3);
  teach(a, 1, 0, 4);
  teach(b, 2, 1, 4);
  teach(a, 9, 2, 4);
  teach(b, 9, 2, 4);
  const TransitionWeightsTrainer* runs[] = {&a, &b};
  TransitionWeights mean = TransitionWeightsTrainer::mean(runs, 0);
  EXPECT_EQ(argmax(scores_of(mean, {1})), 0);
  EXPECT_EQ(argmax(scores_of(mean, {2})), 1);
  EXPECT_EQ(argmax(scores_of(mean, {9})), 2);
  const TransitionWeights alone = a.finish(0);
  const double in_run = static_cast<double>(scores_of(alone, {1})[0]) / scores_of(alone, {9})[2];
  const double in_mean = static_cast<double>(scores_of(mean, {1})[0]) / scores_of(mean, {9})[2];
  EXPECT_NEAR(in_mean, in_run / 2, 1e-3);
  // Pruning applies to the mean: a weight each run would keep alone goes
  // when averaging halves it below min_weight.
  EXPECT_GT(a.finish(2.0f).num_weights(), 0u);
  EXPECT_EQ(TransitionWeightsTrainer::mean(runs, 2.0f).num_weights(), 0u);
}

}  // namespace
}  // namespace entente::nlp::parser
