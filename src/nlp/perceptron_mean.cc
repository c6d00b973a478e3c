// Perceptron::mean (declared in perceptron.h): several models as one.
#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "nlp/perceptron.h"

namespace entente::nlp {

Perceptron Perceptron::mean(std::span<const Perceptron> models, float min_weight) {
  if (models.empty()) throw std::invalid_argument("perceptron mean: no models");
  const int num_classes = models[0].num_classes_;
  const float share = 1.0f / static_cast<float>(models.size());
  std::unordered_map<uint64_t, std::vector<Entry>> sums;
  for (const Perceptron& m : models) {
    if (m.num_classes_ != num_classes) throw std::invalid_argument("perceptron mean: class counts differ");
    for (size_t r = 0; r < m.keys_.size(); ++r) {
      auto& row = sums[m.keys_[r]];
      m.for_each_entry(m.rows_[r], [&](uint16_t cls, float weight) {
        auto it = std::find_if(row.begin(), row.end(), [&](const Entry& e) { return e.cls == cls; });
        if (it == row.end()) it = row.insert(row.end(), Entry{cls, 0.0f});
        it->weight += weight * share;
      });
    }
  }
  return from_rows(num_classes, sums, min_weight);
}

}  // namespace entente::nlp
