#include "nlp/parser/transition_weights.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

namespace entente::nlp::parser {
namespace {

// Slot key 0 marks an empty slot, so a feature hashing to 0 is stored as 1
// (the trainer keys its rows as FixedPointWeights does).
uint64_t key_of(uint64_t feature) { return feature == 0 ? 1 : feature; }

}  // namespace

TransitionWeightsTrainer::TransitionWeightsTrainer(int num_classes) : num_classes_(num_classes) {
  if (num_classes <= 0 || num_classes > 65535)
    throw std::invalid_argument(fmt::format("parser weights: {} classes (must be 1..65535)", num_classes));
}

void TransitionWeightsTrainer::score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(key_of(f));
    if (it == rows_.end()) continue;
    for (const Weight& w : it->second) scores[w.cls] += w.weight;
  }
}

void TransitionWeightsTrainer::add(uint64_t key, int cls, float delta) {
  auto& row = rows_[key];
  auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.end()) it = row.insert(row.end(), Weight{static_cast<uint16_t>(cls), 0, 0, step_});
  it->total += static_cast<double>(step_ - it->stamp) * it->weight;
  it->stamp = step_;
  it->weight += delta;
}

void TransitionWeightsTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++step_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    add(key_of(f), truth, 1.0f);
    add(key_of(f), guess, -1.0f);
  }
}

float TransitionWeightsTrainer::averaged(const Weight& w) const {
  const double steps = static_cast<double>(std::max<uint64_t>(step_, 1));
  return static_cast<float>((w.total + static_cast<double>(step_ - w.stamp) * w.weight) / steps);
}

TransitionWeights TransitionWeightsTrainer::finish(float min_weight) const {
  const TransitionWeightsTrainer* self = this;
  return mean(std::span(&self, 1), min_weight);
}

TransitionWeights TransitionWeightsTrainer::mean(std::span<const TransitionWeightsTrainer* const> runs,
                                                 float min_weight) {
  if (runs.empty()) throw std::invalid_argument("parser weights: the mean of no runs");
  const int num_classes = runs.front()->num_classes_;
  for (const auto* run : runs)
    if (run->num_classes_ != num_classes) throw std::invalid_argument("parser weights: runs with different classes");
  // Each row's (class, mean weight), keys sorted so that the model does not
  // depend on unordered_map order.
  std::vector<uint64_t> all_keys;
  for (const auto* run : runs)
    for (const auto& [key, row] : run->rows_) all_keys.push_back(key);
  std::sort(all_keys.begin(), all_keys.end());
  all_keys.erase(std::unique(all_keys.begin(), all_keys.end()), all_keys.end());
  std::vector<FixedPointWeights::Row> rows(all_keys.size());
  const float share = 1.0f / static_cast<float>(runs.size());
  for (size_t r = 0; r < all_keys.size(); ++r) {
    auto& row = rows[r];
    for (const auto* run : runs) {
      auto it = run->rows_.find(all_keys[r]);
      if (it == run->rows_.end()) continue;
      for (const Weight& w : it->second) {
        auto at = std::find_if(row.begin(), row.end(), [&](const auto& e) { return e.first == w.cls; });
        if (at == row.end()) at = row.insert(row.end(), {w.cls, 0.0f});
        at->second += run->averaged(w);
      }
    }
    if (runs.size() > 1)
      for (auto& [cls, weight] : row) weight *= share;
  }
  return FixedPointWeights::quantize(num_classes, all_keys, rows, min_weight);
}

}  // namespace entente::nlp::parser
