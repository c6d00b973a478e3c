#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente::nlp {

// The order in which to visit n training examples in `epoch`: a Fisher-Yates
// shuffle driven by splitmix64 from (seed, epoch), so it is the same on every
// platform and standard library (std::shuffle is not).
std::vector<size_t> training_order(size_t n, uint64_t seed, int epoch);

}  // namespace entente::nlp
