// Perceptron::mean (declared in perceptron.h): several models as one.
#include <algorithm>
#include <stdexcept>

#include "nlp/perceptron.h"

namespace entente::nlp {

Perceptron Perceptron::mean(std::span<const Perceptron> models, float min_weight) {
  if (models.empty()) throw std::invalid_argument("perceptron mean: no models");
  const int num_classes = models[0].num_classes();
  const float share = 1.0f / static_cast<float>(models.size());
  Rows sums;
  for (const Perceptron& m : models) {
    if (m.num_classes() != num_classes) throw std::invalid_argument("perceptron mean: class counts differ");
    m.weights_.for_each_weight([&](uint64_t key, uint16_t cls, float weight) {
      auto& row = sums[key];
      auto it = std::find_if(row.begin(), row.end(), [&](const auto& e) { return e.first == cls; });
      if (it == row.end()) it = row.insert(row.end(), {cls, 0.0f});
      it->second += weight * share;
    });
  }
  return from_rows(num_classes, sums, min_weight);
}

}  // namespace entente::nlp
