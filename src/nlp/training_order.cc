#include "nlp/training_order.h"

#include <algorithm>
#include <numeric>
#include <utility>

#include "nlp/feature_hash.h"

namespace entente::nlp {

std::vector<size_t> training_order(size_t n, uint64_t seed, int epoch) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  uint64_t state = hash_mix(seed, static_cast<uint64_t>(epoch));
  for (size_t i = n; i > 1; --i) {
    state = hash_mix(state, i);
    // Modulo bias is negligible for n far below 2^64.
    std::swap(order[i - 1], order[state % i]);
  }
  return order;
}

uint64_t TrainingDice::below(uint64_t n) { return (state_ = hash_mix(state_, salt_)) % n; }

bool TrainingDice::chance(double share) {
  constexpr uint64_t kResolution = 1'000'000;
  return below(kResolution) < static_cast<uint64_t>(std::clamp(share, 0.0, 1.0) * kResolution);
}

}  // namespace entente::nlp
