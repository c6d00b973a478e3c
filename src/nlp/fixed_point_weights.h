#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "nlp/huge_page_allocator.h"
#include "nlp/model_file.h"

// The weights of a trained linear model over hashed features, laid out for
// scoring: for each feature, a row of 16-bit fixed-point weights, one per
// class it has a weight for. The tagger, the lemmatizer and the parser all
// score through this. score() looks every feature up in two prefetched
// passes, so the cache misses of a hundred lookups overlap instead of
// queueing. Short rows stay sparse ((class, weight) packed in 4 bytes); the
// long rows of frequent features are expanded at load into dense int16 rows
// that are added with SIMD (they hold most of the scoring work). 16 bits
// instead of a float halve the memory each lookup pulls in, which is what
// scoring waits for.
namespace entente::nlp {

class FixedPointWeights {
 public:
  // One feature's weights in perceptron units: (class, weight) pairs.
  using Row = std::vector<std::pair<uint16_t, float>>;

  FixedPointWeights() = default;
  // `keys` sorted and unique, rows[r] the row of keys[r]. One scale for the
  // whole model maps the largest weight to 32767; weights below
  // `min_weight` (or that round to 0) are dropped, and so are rows left
  // empty. Throws ModelError past 2^24 weights.
  static FixedPointWeights quantize(int num_classes, std::span<const uint64_t> keys, std::span<const Row> rows,
                                    float min_weight);
  // The same from flat arrays: row r holds counts[r] (class, weight) pairs,
  // rows one after another (as model files store them). Throws ModelError
  // when the counts do not add up or a class is out of range.
  static FixedPointWeights quantize(int num_classes, std::span<const uint64_t> keys,
                                    std::span<const uint32_t> counts, std::span<const uint16_t> classes,
                                    std::span<const float> weights, float min_weight);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }
  size_t padded_classes() const { return (static_cast<size_t>(num_classes_) + 15) / 16 * 16; }
  // Fixed-point units per perceptron unit.
  float scale() const { return scale_; }

  // Adds each feature's weights into scores[0..num_classes), in fixed-point
  // units (exact integer sums, so results never depend on summation order).
  // When scores has room for padded_classes() entries, score() is a little
  // faster and adds 0 to the entries past num_classes().
  void score(std::span<const uint64_t> features, std::span<int32_t> scores) const;

  // Calls f(key, cls, weight) for every weight, in perceptron units, keys
  // ascending and classes ascending within a row.
  template <typename F> void for_each_weight(F f) const {
    for (size_t r = 0; r < keys_.size(); ++r)
      for (size_t k = begins_[r]; k < row_end(r); ++k)
        f(keys_[r], class_of(entries_[k]), static_cast<float>(weight_of(entries_[k])) / scale_);
  }

  // The same model without the weights whose magnitude is below `min_weight`
  // (in perceptron units): smaller and faster, slightly less accurate.
  FixedPointWeights pruned(float min_weight) const;

  void save(ModelWriter& out) const;
  // Throws ModelError when the tables are inconsistent.
  static FixedPointWeights load(ModelReader& in);

  // A packed sparse entry's class and fixed-point weight.
  static uint16_t class_of(uint32_t entry) { return static_cast<uint16_t>(entry >> 16); }
  static int32_t weight_of(uint32_t entry) { return static_cast<int16_t>(static_cast<uint16_t>(entry & 0xFFFF)); }

 private:
  // One feature's row in 8 bytes, so the table probed at random is small.
  // The home slot comes from the key's low bits and `check` from all of them
  // (a false match needs an unseen feature with a stored feature's check in
  // its probe chain: about once in 10^9 lookups on EWT).
  struct Slot {
    uint32_t check = 0;  // 0 = empty (see check_of in the .cc)
    // Low 8 bits: the row's entry count, kDense for a dense row; high 24
    // bits: where it starts, in entries_ (sparse) or in rows of dense_.
    uint32_t row = 0;
  };
  static constexpr uint32_t kDense = 255;
  size_t row_end(size_t r) const { return r + 1 < keys_.size() ? begins_[r + 1] : entries_.size(); }
  // Fills slots_ and dense_ from keys_/begins_/entries_. Throws ModelError
  // past 2^24 weights (a 64 MB model).
  void build_index();

  int num_classes_ = 0;
  float scale_ = 1;                // fixed-point units per perceptron unit
  std::vector<uint64_t> keys_;     // sorted feature keys, one per row
  std::vector<uint32_t> begins_;   // row r is entries_[begins_[r], begins_[r+1] or end)
  std::vector<uint32_t, HugePageAllocator<uint32_t>> entries_;  // class << 16 | uint16 weight (two's complement)
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // open addressing, power-of-two size
  size_t dense_stride_ = 0;                          // padded_classes()
  std::vector<int16_t, HugePageAllocator<int16_t>> dense_;  // the dense rows, zero-padded
};

}  // namespace entente::nlp
