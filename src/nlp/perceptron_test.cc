#include "nlp/perceptron.h"

#include <gtest/gtest.h>

#include "nlp/test_paths.h"

namespace entente::nlp {
namespace {

// Three classes, each announced by its own feature; feature 99 is noise.
std::vector<std::pair<std::vector<uint64_t>, int>> examples() {
  return {{{10, 99}, 0}, {{11, 99}, 1}, {{12}, 2}, {{10}, 0}, {{11}, 1}, {{12, 99}, 2}};
}

Perceptron train_toy() {
  PerceptronTrainer trainer(3);
  std::vector<float> scores(3);
  for (int epoch = 0; epoch < 5; ++epoch)
    for (const auto& [features, truth] : examples()) trainer.update(features, truth, trainer.predict(features, {}, scores));
  return trainer.finish();
}

TEST(PerceptronTest, LearnsSeparableData) {
  Perceptron p = train_toy();
  std::vector<int32_t> scores(p.scratch_size());
  for (const auto& [features, truth] : examples()) EXPECT_EQ(p.predict(features, {}, scores), truth);
}

TEST(PerceptronTest, CandidatesRestrictTheAnswer) {
  Perceptron p = train_toy();
  std::vector<int32_t> scores(3);  // num_classes is enough
  std::vector<uint64_t> features{10};
  std::vector<uint16_t> only_1_and_2{1, 2};
  int best = p.predict(features, only_1_and_2, scores);
  EXPECT_TRUE(best == 1 || best == 2);
}

TEST(PerceptronTest, SaveAndLoadGiveTheSameScores) {
  Perceptron p = train_toy();
  auto path = testing::temp_path("perceptron");
  {
    ModelWriter out(path, "test", "");
    p.save(out);
    out.finish();
  }
  ModelReader in(path, "test");
  Perceptron q = Perceptron::load(in);
  std::filesystem::remove(path);
  EXPECT_EQ(q.num_features(), p.num_features());
  EXPECT_EQ(q.num_weights(), p.num_weights());
  for (const auto& [features, truth] : examples()) {
    std::vector<float> a(3), b(3);
    p.score(features, a);
    q.score(features, b);
    EXPECT_EQ(a, b);
  }
}

TEST(PerceptronTest, UnknownFeaturesScoreNothing) {
  Perceptron p = train_toy();
  std::vector<float> scores(3, 0.0f);
  std::vector<uint64_t> unseen{123456789};
  p.score(unseen, scores);
  EXPECT_EQ(scores, std::vector<float>(3, 0.0f));
}

TEST(PerceptronTest, MeanScoresTheMeanOfTheModelsScores) {
  Perceptron a = train_toy();
  PerceptronTrainer trainer(3);  // a second model that knows feature 99 only
  std::vector<float> scores(3);
  for (int epoch = 0; epoch < 3; ++epoch) {
    std::vector<uint64_t> noise{99};
    trainer.update(noise, 2, trainer.predict(noise, {}, scores));
  }
  Perceptron b = trainer.finish();
  std::vector<Perceptron> both{a, b};
  Perceptron mean = Perceptron::mean(both);
  for (std::vector<uint64_t> features : {std::vector<uint64_t>{10, 99}, {11}, {12, 99}, {99}, {5}}) {
    std::vector<float> sa(3), sb(3), sm(3);
    a.score(features, sa);
    b.score(features, sb);
    mean.score(features, sm);
    // Up to the rounding of 16-bit weights (the largest weight is a few units).
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(sm[c], (sa[c] + sb[c]) / 2, 1e-3) << c;
  }
  std::vector<Perceptron> one{a};
  EXPECT_EQ(Perceptron::mean(one).num_weights(), a.num_weights());
  std::vector<Perceptron> mismatched{a, Perceptron(PerceptronTrainer(4).finish())};
  EXPECT_THROW(Perceptron::mean(mismatched), std::invalid_argument);
}

TEST(PerceptronTest, RejectsImpossibleClassCounts) {
  EXPECT_THROW(PerceptronTrainer(0), std::invalid_argument);
  EXPECT_THROW(PerceptronTrainer(70000), std::invalid_argument);
}

}  // namespace
}  // namespace entente::nlp
