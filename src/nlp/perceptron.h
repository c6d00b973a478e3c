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
// small and scoring touches only the classes a feature ever voted for. Most
// features voted for at most three classes; their pairs sit in the feature's
// own hash slot, so scoring them costs one cache miss instead of two. The few
// rows with many classes (the bias, common suffixes) are also kept dense, so
// adding them is a vectorized sweep instead of scattered writes.
namespace entente::nlp {

// The trained, read-only model. Safe to share between threads.
class Perceptron {
 public:
  Perceptron() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // Adds each feature's weights into scores[0..num_classes).
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // The best class among `candidates` (all classes when empty); ties go to the
  // lower class id. `scores` is scratch space of num_classes floats.
  int predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates, std::span<float> scores) const;

  void save(ModelWriter& out) const;
  static Perceptron load(ModelReader& in);

 private:
  friend class PerceptronTrainer;
  struct Entry {
    uint16_t cls;
    float weight;
  };
  static constexpr uint32_t kInline = 3;
  static constexpr uint32_t kDenseFrom = 24;  // longer rows are stored dense
  // 32 bytes, aligned so a slot never straddles a cache line.
  struct alignas(32) Slot {
    uint64_t key = 0;  // 0 = empty; feature hashes are never 0 (see key_of)
    uint16_t count = 0;       // entries in the row (at most 65535 classes)
    uint16_t cls[kInline]{};  // the row itself when count <= kInline...
    float weight[kInline]{};
    uint32_t begin = 0;       // ...else its first entry in entries_, or its first float in dense_ when dense()
    bool dense() const { return count > kDenseFrom; }
  };
  static_assert(sizeof(Slot) == 32);
  // Calls f(cls, weight) for each entry of the slot's row, in class order.
  // (A dense row gives its non-zero weights: the entries finish() keeps.)
  template <typename F> void for_each_entry(const Slot& s, F f) const {
    if (s.dense()) {
      for (int c = 0; c < num_classes_; ++c)
        if (dense_[s.begin + c] != 0.0f) f(static_cast<uint16_t>(c), dense_[s.begin + c]);
    } else if (s.count <= kInline) {
      for (uint32_t k = 0; k < s.count; ++k) f(s.cls[k], s.weight[k]);
    } else {
      for (uint32_t k = 0; k < s.count; ++k) f(entries_[s.begin + k].cls, entries_[s.begin + k].weight);
    }
  }
  // Builds the open-addressing table from rows sorted by key: row r is
  // rows[begins[r] .. begins[r+1]) (the last row runs to the end).
  void build_index(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& begins,
                   const std::vector<Entry>& rows);
  const Slot* find(uint64_t key) const;

  int num_classes_ = 0;
  size_t num_features_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // power-of-two size, load factor <= 0.5
  std::vector<Entry> entries_;  // rows of kInline+1 .. kDenseFrom entries
  std::vector<float> dense_;    // longer rows, num_classes_ floats each
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
