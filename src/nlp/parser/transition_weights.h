#pragma once
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "nlp/model_file.h"
#include "nlp/huge_page_allocator.h"

// The parser's linear model over hashed features: for each feature, a row of
// 16-bit fixed-point weights, one per class it has a weight for. Built for
// speed at parse time: score() looks every feature up in two prefetched
// passes, so the cache misses of a hundred lookups overlap instead of
// queueing. Short rows stay sparse ((class, weight) packed in 4 bytes); the
// long rows of frequent features are expanded at load into dense int16 rows
// that are added with SIMD (they hold most of the scoring work).
//
// (nlp/perceptron.h is the tagger's general model; the parser scores twice
// per word with ~100 features over ~100 classes, where memory latency is the
// whole cost, hence this layout.)
namespace entente::nlp::parser {

class TransitionWeights {
 public:
  TransitionWeights() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }
  size_t padded_classes() const { return (static_cast<size_t>(num_classes_) + 15) / 16 * 16; }

  // Adds each feature's weights into scores[0..num_classes), in fixed-point
  // units (exact integer sums, so results never depend on summation order).
  // When scores has room for padded_classes() entries, score() is a little
  // faster and adds 0 to the entries past num_classes().
  void score(std::span<const uint64_t> features, std::span<int32_t> scores) const;

  // The same model without the weights whose magnitude is below `min_weight`
  // (in perceptron units): smaller and faster, slightly less accurate.
  TransitionWeights pruned(float min_weight) const;

  void save(ModelWriter& out) const;
  // Throws ModelError when the tables are inconsistent.
  static TransitionWeights load(ModelReader& in);

 private:
  friend class TransitionWeightsTrainer;
  // One feature's row in 8 bytes, so the table probed at random is half the
  // size. The home slot comes from the key's low bits and `check` holds its
  // high 32 bits (a false match needs two features with equal high bits in
  // one probe chain: about once in 10^9 lookups on EWT).
  struct Slot {
    uint32_t check = 0;  // 0 = empty (see check_of in the .cc)
    // Low 8 bits: the row's entry count, kDense for a dense row; high 24
    // bits: where it starts, in entries_ (sparse) or in rows of dense_.
    uint32_t row = 0;
  };
  static constexpr uint32_t kDense = 255;
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

// Learns TransitionWeights as an averaged perceptron. Not thread-safe.
class TransitionWeightsTrainer {
 public:
  explicit TransitionWeightsTrainer(int num_classes);
  int num_classes() const { return num_classes_; }
  // Adds the current (not averaged) weights of `features` into scores.
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // One decision seen: when guess != truth, moves the weights of `features`
  // toward truth and away from guess. Call it for every decision, correct
  // ones too, so the average counts them.
  void update(std::span<const uint64_t> features, int truth, int guess);
  // The averaged weights, dropping those whose magnitude is below `min_weight`.
  TransitionWeights finish(float min_weight) const;
  // The mean of several trainers' averaged weights over the same classes (a
  // feature a run never saw counts as zero there): a linear model that scores
  // the mean of the runs' scores, an ensemble at the cost of one model. One
  // run gives exactly finish(min_weight).
  static TransitionWeights mean(std::span<const TransitionWeightsTrainer* const> runs, float min_weight);

 private:
  struct Weight {
    uint16_t cls = 0;
    float weight = 0;
    double total = 0;   // sum of the weight over all steps up to `stamp`
    uint64_t stamp = 0;
  };
  void add(uint64_t key, int cls, float delta);
  float averaged(const Weight& w) const;
  int num_classes_;
  uint64_t step_ = 0;
  std::unordered_map<uint64_t, std::vector<Weight>> rows_;
};

}  // namespace entente::nlp::parser
