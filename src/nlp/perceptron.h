#pragma once
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "nlp/fixed_point_weights.h"
#include "nlp/model_file.h"

// A multiclass linear model over hashed sparse features, trained as an
// averaged perceptron (the tagger's and the lemmatizer's). Perceptron weights
// are sparse: each feature keeps the few classes it ever voted for, so the
// model stays small and scoring touches only those. The trained model scores
// through FixedPointWeights (16-bit weights, prefetched lookups, dense SIMD
// rows for the bias and common features).
namespace entente::nlp {

// The trained, read-only model. Safe to share between threads.
class Perceptron {
 public:
  Perceptron() = default;
  int num_classes() const { return weights_.num_classes(); }
  size_t num_features() const { return weights_.num_features(); }
  size_t num_weights() const { return weights_.num_weights(); }
  // How many int32 predict() wants as scratch (num_classes rounded up for SIMD).
  size_t scratch_size() const { return weights_.padded_classes(); }

  // Adds each feature's weights into scores[0..num_classes), in perceptron units.
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // The best class among `candidates` (all classes when empty); ties go to the
  // lower class id. `scratch` holds at least num_classes ints (scratch_size()
  // is faster); it ends up holding the scores in fixed-point units.
  int predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates,
              std::span<int32_t> scratch) const;

  // The file keeps float weights (those of the fixed-point model), so files
  // of older builds load too.
  void save(ModelWriter& out) const;
  static Perceptron load(ModelReader& in);

  // The mean of models over the same classes (features absent from a model
  // count as zero), dropping weights below `min_weight`: scores the mean of
  // their scores, so averaging runs trained in different orders is an
  // ensemble at the cost of one model.
  static Perceptron mean(std::span<const Perceptron> models, float min_weight = 1e-3f);

 private:
  friend class PerceptronTrainer;
  using Rows = std::unordered_map<uint64_t, FixedPointWeights::Row>;
  // A model from rows keyed by feature, dropping weights below `min_weight`;
  // keys are sorted, so the same rows give the same model.
  static Perceptron from_rows(int num_classes, const Rows& rows, float min_weight);

  FixedPointWeights weights_;
};

// Learns a Perceptron. Not thread-safe; one trainer per model.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);
  int num_classes() const { return num_classes_; }
  // Adds each feature's current (not averaged) weights into scores.
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  int predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates, std::span<float> scores) const;
  // One training example seen: when guess != truth, moves the weights of
  // `features` toward truth and away from guess. Call for every example
  // (also correct ones) so averaging counts it.
  void update(std::span<const uint64_t> features, int truth, int guess);
  // The averaged model; weights whose magnitude is below `min_weight` are dropped.
  Perceptron finish(float min_weight = 1e-3f) const;

 private:
  struct Weight {
    uint16_t cls;
    float weight = 0;
    double total = 0;     // sum of the weight over every step up to `stamp`
    uint64_t stamp = 0;   // step of the last change
  };
  void add(uint64_t key, int cls, float delta);
  int num_classes_;
  uint64_t step_ = 0;
  std::unordered_map<uint64_t, std::vector<Weight>> rows_;
};

}  // namespace entente::nlp
