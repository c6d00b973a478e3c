#pragma once
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "nlp/fixed_point_weights.h"

// The parser's linear model: FixedPointWeights (nlp/fixed_point_weights.h)
// over ~100 features per step and ~100 classes (transition_system.h), scored
// twice per word, where memory latency is the whole cost; and its trainer.
namespace entente::nlp::parser {

using TransitionWeights = FixedPointWeights;

// Learns TransitionWeights as an averaged perceptron. Not thread-safe.
class TransitionWeightsTrainer {
 public:
  explicit TransitionWeightsTrainer(int num_classes);
  int num_classes() const { return num_classes_; }
  // Adds the current (not averaged) weights of `features` into scores.
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // One decision seen: when guess != truth, moves the weights of `features`
  // toward truth and away from guess. Call it for every decision, correct
  // ones too, so the average counts them.
  void update(std::span<const uint64_t> features, int truth, int guess);
  // The averaged weights, dropping those whose magnitude is below `min_weight`.
  TransitionWeights finish(float min_weight) const;
  // The mean of several trainers' averaged weights over the same classes (a
  // feature a run never saw counts as zero there): a linear model that scores
  // the mean of the runs' scores, an ensemble at the cost of one model. One
  // run gives exactly finish(min_weight).
  static TransitionWeights mean(std::span<const TransitionWeightsTrainer* const> runs, float min_weight);

 private:
  struct Weight {
    uint16_t cls = 0;
    float weight = 0;
    double total = 0;   // sum of the weight over all steps up to `stamp`
    uint64_t stamp = 0;
  };
  void add(uint64_t key, int cls, float delta);
  float averaged(const Weight& w) const;
  int num_classes_;
  uint64_t step_ = 0;
  std::unordered_map<uint64_t, std::vector<Weight>> rows_;
};

}  // namespace entente::nlp::parser
