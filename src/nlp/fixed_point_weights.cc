#include "nlp/fixed_point_weights.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include <fmt/format.h>

namespace entente::nlp {
namespace {

// Slot key 0 marks an empty slot, so a feature hashing to 0 is stored as 1.
uint64_t key_of(uint64_t feature) { return feature == 0 ? 1 : feature; }
// What a slot keeps of its key: both halves folded, so keys below 2^32 (as in
// tests) never collide, and 0 is left to mark an empty slot.
uint32_t check_of(uint64_t key) {
  const uint32_t folded = static_cast<uint32_t>(key >> 32) ^ static_cast<uint32_t>(key);
  return folded == 0 ? 1 : folded;
}

uint32_t pack(int cls, int16_t weight) { return static_cast<uint32_t>(cls) << 16 | static_cast<uint16_t>(weight); }

// std::lround for |x| < 2^31, without the library call (loading a model
// rounds millions of weights): halves go away from zero.
long round_half_away(float x) {
  long i = static_cast<long>(x);  // toward zero
  const float rest = x - static_cast<float>(i);  // exact
  if (rest >= 0.5f) ++i;
  if (rest <= -0.5f) --i;
  return i;
}

constexpr size_t kMaxFeatures = 128;  // per score() call in one batch; more are scored in further batches

// A row with at least a tenth of the classes is stored dense: adding 16
// int16 weights with SIMD costs about what adding one sparse entry does, and
// the dense row takes at most about 5 times the memory of the sparse one (a
// few thousand rows on EWT, well under a megabyte).
bool stored_dense(uint32_t count, int num_classes) {
  return count * 10 >= static_cast<uint32_t>(num_classes) || count >= 255;
}

// scores[c] += row[c] for c in [0, n). Compiled for AVX2 too (chosen at run
// time), where one instruction widens and adds 8 weights; the fixed-size
// blocks unroll into straight SIMD code.
[[gnu::target_clones("avx2", "default")]] void add_dense_row(const int16_t* __restrict row,
                                                             int32_t* __restrict scores, int n) {
  int c = 0;
  for (; c + 16 <= n; c += 16)
    for (int k = 0; k < 16; ++k) scores[c + k] += row[c + k];
  for (; c < n; ++c) scores[c] += row[c];
}

void add_sparse_row(const uint32_t* entries, uint32_t count, int32_t* scores) {
  for (uint32_t k = 0; k < count; ++k)
    scores[FixedPointWeights::class_of(entries[k])] += FixedPointWeights::weight_of(entries[k]);
}

}  // namespace

void FixedPointWeights::score(std::span<const uint64_t> features, std::span<int32_t> scores) const {
  if (slots_.empty()) return;
  const size_t mask = slots_.size() - 1;
  const int dense_width = static_cast<int>(scores.size() >= dense_stride_ ? dense_stride_ : num_classes_);
  for (size_t first = 0; first < features.size(); first += kMaxFeatures) {
    const size_t n = std::min(kMaxFeatures, features.size() - first);
    const uint64_t* keys = features.data() + first;
    // Pass 1: start loading every feature's home slot.
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[key_of(keys[i]) & mask]);
    // Pass 2: probe, and start loading the rows found.
    uint32_t found[kMaxFeatures];  // Slot::row of each feature found
    size_t hits = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = key_of(keys[i]);
      const uint32_t check = check_of(key);
      for (size_t s = key & mask;; s = (s + 1) & mask) {
        const Slot& slot = slots_[s];
        if (slot.check == check) {
          if ((slot.row & 0xFF) == kDense) {
            const char* row = reinterpret_cast<const char*>(dense_.data() + (slot.row >> 8) * dense_stride_);
            for (const char* line = row; line < row + num_classes_ * sizeof(int16_t); line += 64)
              __builtin_prefetch(line);
          } else {
            __builtin_prefetch(&entries_[slot.row >> 8]);
          }
          found[hits++] = slot.row;
          break;
        }
        if (slot.check == 0) break;
      }
    }
    // Pass 3: add the rows.
    for (size_t h = 0; h < hits; ++h) {
      const uint32_t begin = found[h] >> 8, count = found[h] & 0xFF;
      if (count == kDense) {
        add_dense_row(dense_.data() + begin * dense_stride_, scores.data(), dense_width);
      } else {
        add_sparse_row(entries_.data() + begin, count, scores.data());
      }
    }
  }
}

void FixedPointWeights::build_index() {
  // Load factor <= 0.5 keeps probe chains short.
  slots_.assign(std::bit_ceil(std::max<size_t>(16, keys_.size() * 2)), Slot{});
  dense_stride_ = padded_classes();
  dense_.clear();
  if (entries_.size() >= (size_t{1} << 24)) throw ModelError("model weights: more than 2^24 weights");
  const size_t mask = slots_.size() - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t end = r + 1 < keys_.size() ? begins_[r + 1] : static_cast<uint32_t>(entries_.size());
    const uint32_t count = end - begins_[r];
    uint32_t row = begins_[r] << 8 | count;
    if (stored_dense(count, num_classes_)) {
      row = static_cast<uint32_t>(dense_.size() / dense_stride_) << 8 | kDense;
      const size_t at = dense_.size();
      dense_.resize(at + dense_stride_, 0);
      for (uint32_t k = begins_[r]; k < end; ++k)
        dense_[at + class_of(entries_[k])] = static_cast<int16_t>(weight_of(entries_[k]));
    }
    size_t s = keys_[r] & mask;
    while (slots_[s].check != 0) s = (s + 1) & mask;
    slots_[s] = Slot{check_of(keys_[r]), row};
  }
}

FixedPointWeights FixedPointWeights::quantize(int num_classes, std::span<const uint64_t> keys,
                                              std::span<const Row> rows, float min_weight) {
  if (keys.size() != rows.size()) throw std::invalid_argument("model weights: keys and rows differ in number");
  std::vector<uint32_t> counts;
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  for (const Row& row : rows) {
    counts.push_back(static_cast<uint32_t>(row.size()));
    for (const auto& [cls, weight] : row) classes.push_back(cls), weights.push_back(weight);
  }
  return quantize(num_classes, keys, counts, classes, weights, min_weight);
}

FixedPointWeights FixedPointWeights::quantize(int num_classes, std::span<const uint64_t> keys,
                                              std::span<const uint32_t> counts, std::span<const uint16_t> classes,
                                              std::span<const float> weights, float min_weight) {
  if (num_classes <= 0 || num_classes > 65535 || counts.size() != keys.size() || classes.size() != weights.size())
    throw ModelError("corrupt model weights (inconsistent table sizes)");
  float largest = 0;
  for (float weight : weights) largest = std::max(largest, std::fabs(weight));
  FixedPointWeights out;
  out.num_classes_ = num_classes;
  out.scale_ = largest > 0 ? 32767.0f / largest : 1.0f;
  out.entries_.reserve(weights.size());
  std::vector<std::pair<uint16_t, int16_t>> kept;
  size_t k = 0;
  for (size_t r = 0; r < keys.size(); ++r) {
    if (counts[r] > weights.size() - k) throw ModelError("corrupt model weights (row counts do not add up)");
    kept.clear();
    for (const size_t end = k + counts[r]; k < end; ++k) {
      if (classes[k] >= num_classes) throw ModelError("corrupt model weights (class out of range)");
      const long q = round_half_away(weights[k] * out.scale_);
      if (std::fabs(weights[k]) >= min_weight && q != 0) kept.emplace_back(classes[k], static_cast<int16_t>(q));
    }
    if (kept.empty()) continue;
    if (!std::is_sorted(kept.begin(), kept.end())) std::sort(kept.begin(), kept.end());
    out.keys_.push_back(keys[r]);
    out.begins_.push_back(static_cast<uint32_t>(out.entries_.size()));
    for (auto [cls, q] : kept) out.entries_.push_back(pack(cls, q));
  }
  if (k != weights.size()) throw ModelError("corrupt model weights (row counts do not add up)");
  out.build_index();
  return out;
}

FixedPointWeights FixedPointWeights::pruned(float min_weight) const {
  FixedPointWeights out;
  out.num_classes_ = num_classes_;
  out.scale_ = scale_;
  const float min_units = min_weight * scale_;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const size_t end = r + 1 < keys_.size() ? begins_[r + 1] : entries_.size();
    const size_t before = out.entries_.size();
    for (size_t k = begins_[r]; k < end; ++k)
      if (std::abs(weight_of(entries_[k])) >= min_units) out.entries_.push_back(entries_[k]);
    if (out.entries_.size() == before) continue;
    out.keys_.push_back(keys_[r]);
    out.begins_.push_back(static_cast<uint32_t>(before));
  }
  out.build_index();
  return out;
}

void FixedPointWeights::save(ModelWriter& out) const {
  out.pod<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.pod<float>(scale_);
  out.array(keys_);
  out.array(begins_);
  out.array(std::vector<uint32_t>(entries_.begin(), entries_.end()));
}

FixedPointWeights FixedPointWeights::load(ModelReader& in) {
  FixedPointWeights w;
  w.num_classes_ = static_cast<int>(in.pod<uint32_t>());
  w.scale_ = in.pod<float>();
  w.keys_ = in.array<uint64_t>();
  w.begins_ = in.array<uint32_t>();
  const auto entries = in.array<uint32_t>();
  w.entries_.assign(entries.begin(), entries.end());
  if (w.num_classes_ <= 0 || w.num_classes_ > 65535 || w.begins_.size() != w.keys_.size() || !(w.scale_ > 0))
    throw ModelError("corrupt model weights (inconsistent table sizes)");
  for (size_t r = 0; r < w.keys_.size(); ++r) {
    const uint64_t end = r + 1 < w.keys_.size() ? w.begins_[r + 1] : w.entries_.size();
    if (w.keys_[r] == 0 || (r > 0 && w.keys_[r] <= w.keys_[r - 1]) || w.begins_[r] > end)
      throw ModelError("corrupt model weights (rows out of order)");
  }
  for (uint32_t e : w.entries_)
    if (class_of(e) >= w.num_classes_) throw ModelError("corrupt model weights (class out of range)");
  w.build_index();
  return w;
}

}  // namespace entente::nlp
