#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente::nlp {

// The order in which to visit n training examples in `epoch`: a Fisher-Yates
// shuffle driven by splitmix64 from (seed, epoch), so it is the same on every
// platform and standard library (std::shuffle is not).
std::vector<size_t> training_order(size_t n, uint64_t seed, int epoch);

// Seeded choices for making training copies (date openers, headline case):
// the same on every platform, like training_order (std distributions are not).
// `salt` keeps two users of one seed from drawing the same numbers.
class TrainingDice {
 public:
  TrainingDice(uint64_t seed, uint64_t salt) : state_(seed), salt_(salt) {}
  // A number in [0, n), n > 0.
  uint64_t below(uint64_t n);
  // True about `share` (0..1) of the time, in steps of a millionth.
  bool chance(double share);

 private:
  uint64_t state_, salt_;
};

}  // namespace entente::nlp
