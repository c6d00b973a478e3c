#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace entente::nlp {
namespace {

// Slot key 0 marks an empty slot, so a feature hashing to 0 is stored as 1
// (the trainer keys its rows the same way FixedPointWeights does).
uint64_t key_of(uint64_t feature) { return feature == 0 ? 1 : feature; }

template <typename Score> int best_of(std::span<const Score> scores, std::span<const uint16_t> candidates) {
  int best = -1;
  Score best_score = 0;
  auto consider = [&](int c) {
    if (best < 0 || scores[c] > best_score) best = c, best_score = scores[c];
  };
  if (candidates.empty()) {
    for (int c = 0; c < static_cast<int>(scores.size()); ++c) consider(c);
  } else {
    for (uint16_t c : candidates) consider(c);
  }
  return best < 0 ? 0 : best;
}

}  // namespace

void Perceptron::score(std::span<const uint64_t> features, std::span<float> scores) const {
  std::vector<int32_t> sums(scratch_size(), 0);
  weights_.score(features, sums);
  const float units = weights_.scale();
  for (int c = 0; c < num_classes(); ++c) scores[c] += static_cast<float>(sums[c]) / units;
}

int Perceptron::predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates,
                        std::span<int32_t> scratch) const {
  // Only the padded width is cleared and summed: a caller's scratch may be
  // sized for a model with more classes.
  const std::span<int32_t> sums = scratch.first(std::min(scratch.size(), scratch_size()));
  std::fill(sums.begin(), sums.end(), 0);
  weights_.score(features, sums);
  return best_of(std::span<const int32_t>(sums.first(num_classes())), candidates);
}

Perceptron Perceptron::from_rows(int num_classes, const Rows& rows, float min_weight) {
  std::vector<uint64_t> keys;
  keys.reserve(rows.size());
  for (const auto& [key, row] : rows) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  std::vector<FixedPointWeights::Row> sorted;
  sorted.reserve(keys.size());
  for (uint64_t key : keys) sorted.push_back(rows.at(key));
  Perceptron p;
  p.weights_ = FixedPointWeights::quantize(num_classes, keys, sorted, min_weight);
  return p;
}

void Perceptron::save(ModelWriter& out) const {
  // Rows are written sorted by key so the file does not depend on hash-table order.
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  weights_.for_each_weight([&](uint64_t key, uint16_t cls, float weight) {
    if (keys.empty() || keys.back() != key) keys.push_back(key), counts.push_back(0);
    ++counts.back();
    classes.push_back(cls);
    weights.push_back(weight);
  });
  out.pod<uint32_t>(num_classes());
  out.array(keys);
  out.array(counts);
  out.array(classes);
  out.array(weights);
}

Perceptron Perceptron::load(ModelReader& in) {
  const int num_classes = static_cast<int>(in.pod<uint32_t>());
  auto keys = in.array<uint64_t>();
  auto counts = in.array<uint32_t>();
  auto classes = in.array<uint16_t>();
  auto weights = in.array<float>();
  for (size_t r = 1; r < keys.size(); ++r)
    if (keys[r] <= keys[r - 1]) throw ModelError("corrupt perceptron weights (rows out of order)");
  Perceptron p;
  p.weights_ = FixedPointWeights::quantize(num_classes, keys, counts, classes, weights, 0.0f);
  return p;
}

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  if (num_classes <= 0 || num_classes > 65535)
    throw std::invalid_argument(fmt::format("perceptron: {} classes (must be 1..65535)", num_classes));
}

void PerceptronTrainer::score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(key_of(f));
    if (it == rows_.end()) continue;
    for (const Weight& w : it->second) scores[w.cls] += w.weight;
  }
}

int PerceptronTrainer::predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates,
                               std::span<float> scores) const {
  std::fill(scores.begin(), scores.begin() + num_classes_, 0.0f);
  score(features, scores);
  return best_of(std::span<const float>(scores.first(num_classes_)), candidates);
}

void PerceptronTrainer::add(uint64_t key, int cls, float delta) {
  auto& row = rows_[key];
  auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.end()) {
    row.push_back(Weight{static_cast<uint16_t>(cls), 0, 0, step_});
    it = row.end() - 1;
  }
  it->total += static_cast<double>(step_ - it->stamp) * it->weight;
  it->stamp = step_;
  it->weight += delta;
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++step_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    add(key_of(f), truth, 1.0f);
    add(key_of(f), guess, -1.0f);
  }
}

Perceptron PerceptronTrainer::finish(float min_weight) const {
  Perceptron::Rows averaged;
  averaged.reserve(rows_.size());
  double steps = static_cast<double>(std::max<uint64_t>(step_, 1));
  for (const auto& [key, row] : rows_) {
    auto& out = averaged[key];
    for (const Weight& w : row) {
      double total = w.total + static_cast<double>(step_ - w.stamp) * w.weight;
      out.emplace_back(w.cls, static_cast<float>(total / steps));
    }
  }
  return Perceptron::from_rows(num_classes_, averaged, min_weight);
}

}  // namespace entente::nlp
