#include "nlp/training_order.h"

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

}  // namespace entente::nlp
