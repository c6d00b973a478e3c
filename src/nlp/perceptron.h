#pragma once
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "nlp/huge_page_allocator.h"
#include "nlp/model_file.h"

// A multiclass linear model over hashed sparse features, trained as an
// averaged perceptron. Weights are stored per feature as a short list of
// (class, weight) pairs: perceptron weights are sparse, so the model stays
// small and scoring touches only the classes a feature ever voted for. The
// hash table probed at random holds 8 bytes per feature (a check and where
// the row is), so the table stays small enough for the CPU caches to keep much
// of it: a table of fat slots with rows inline measured slower, because the
// rows most lookups hit are long ones anyway. The few rows with many classes
// (the bias, common suffixes) are kept dense, so adding them is a vectorized
// sweep instead of scattered writes.
namespace entente::nlp {

// The trained, read-only model. Safe to share between threads.
class Perceptron {
 public:
  Perceptron() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return num_weights_; }

  // Adds each feature's weights into scores[0..num_classes).
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // The best class among `candidates` (all classes when empty); ties go to the
  // lower class id. `scores` is scratch space of num_classes floats.
  int predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates, std::span<float> scores) const;

  void save(ModelWriter& out) const;
  static Perceptron load(ModelReader& in);

  // The mean of models over the same classes (features absent from a model
  // count as zero), dropping weights below `min_weight`: scores the mean of
  // their scores, so averaging runs trained in different orders is an
  // ensemble at the cost of one model.
  static Perceptron mean(std::span<const Perceptron> models, float min_weight = 1e-3f);

 private:
  friend class PerceptronTrainer;
  struct Entry {
    uint16_t cls;
    float weight;
  };
  static constexpr uint32_t kDenseFrom = 24;  // longer rows are stored dense
  // One feature's place in the table. The home slot comes from the key's low
  // bits and `check` from all of them (see check_of in the .cc): a false match
  // needs an unseen feature with the same check in a stored feature's probe
  // chain, about once in 10^9 lookups.
  struct Slot {
    uint32_t check = 0;  // 0 = empty
    // Low 8 bits: the row's entry count, kDense for a dense row; high 24
    // bits: where it starts, in entries_ (sparse) or in rows of dense_.
    uint32_t row = 0;
  };
  static constexpr uint32_t kDense = 255;
  // Calls f(cls, weight) for each entry of a row (a Slot::row value), in
  // class order. (A dense row gives its non-zero weights: the entries finish() keeps.)
  template <typename F> void for_each_entry(uint32_t row, F f) const {
    const uint32_t begin = row >> 8, count = row & 0xFF;
    if (count == kDense) {
      const float* weights = dense_.data() + size_t{begin} * num_classes_;
      for (int c = 0; c < num_classes_; ++c)
        if (weights[c] != 0.0f) f(static_cast<uint16_t>(c), weights[c]);
    } else {
      for (uint32_t k = 0; k < count; ++k) f(entries_[begin + k].cls, entries_[begin + k].weight);
    }
  }
  // Builds the open-addressing table from rows sorted by key: row r is
  // rows[begins[r] .. begins[r+1]) (the last row runs to the end). Throws
  // ModelError past 2^24 weights.
  void build_index(std::vector<uint64_t> keys, const std::vector<uint32_t>& begins, const std::vector<Entry>& rows);
  // A model from rows keyed by feature, dropping weights below `min_weight`;
  // keys and classes are sorted, so the same rows give the same bytes.
  static Perceptron from_rows(int num_classes, std::unordered_map<uint64_t, std::vector<Entry>>& rows,
                              float min_weight);
  // The Slot::row of `key`, or kAbsent when the model has no such feature.
  static constexpr uint32_t kAbsent = 0;  // an empty row at 0: scores nothing either way
  uint32_t find(uint64_t key) const;

  int num_classes_ = 0;
  std::vector<uint64_t> keys_;   // sorted feature keys (for save)
  std::vector<uint32_t> rows_;   // Slot::row of each key
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // power-of-two size, load factor <= 0.5
  std::vector<Entry, HugePageAllocator<Entry>> entries_;  // the sparse rows
  std::vector<float, HugePageAllocator<float>> dense_;  // the dense rows, num_classes_ floats each
  size_t num_weights_ = 0;
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
