#include "nlp/parser/transition_weights.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace entente::nlp::parser {
namespace {

// Slot key 0 marks an empty slot, so a feature hashing to 0 is stored as 1.
uint64_t key_of(uint64_t feature) { return feature == 0 ? 1 : feature; }
// The part of a key a slot keeps (check 0 marks an empty slot).
uint32_t check_of(uint64_t key) { return static_cast<uint32_t>(key >> 32) | (key >> 32 == 0); }

uint32_t pack(int cls, int16_t weight) { return static_cast<uint32_t>(cls) << 16 | static_cast<uint16_t>(weight); }
int class_of_entry(uint32_t e) { return static_cast<int>(e >> 16); }
int32_t weight_of_entry(uint32_t e) { return static_cast<int16_t>(static_cast<uint16_t>(e & 0xFFFF)); }

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
  for (uint32_t k = 0; k < count; ++k) scores[class_of_entry(entries[k])] += weight_of_entry(entries[k]);
}

}  // namespace

void TransitionWeights::score(std::span<const uint64_t> features, std::span<int32_t> scores) const {
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

void TransitionWeights::build_index() {
  // Load factor <= 0.5 keeps probe chains short.
  slots_.assign(std::bit_ceil(std::max<size_t>(16, keys_.size() * 2)), Slot{});
  dense_stride_ = padded_classes();
  dense_.clear();
  if (entries_.size() >= (size_t{1} << 24)) throw ModelError("parser weights: more than 2^24 weights");
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
        dense_[at + class_of_entry(entries_[k])] = static_cast<int16_t>(weight_of_entry(entries_[k]));
    }
    size_t s = keys_[r] & mask;
    while (slots_[s].check != 0) s = (s + 1) & mask;
    slots_[s] = Slot{check_of(keys_[r]), row};
  }
}

TransitionWeights TransitionWeights::pruned(float min_weight) const {
  TransitionWeights out;
  out.num_classes_ = num_classes_;
  out.scale_ = scale_;
  const float min_units = min_weight * scale_;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const size_t end = r + 1 < keys_.size() ? begins_[r + 1] : entries_.size();
    const size_t before = out.entries_.size();
    for (size_t k = begins_[r]; k < end; ++k)
      if (std::abs(weight_of_entry(entries_[k])) >= min_units) out.entries_.push_back(entries_[k]);
    if (out.entries_.size() == before) continue;
    out.keys_.push_back(keys_[r]);
    out.begins_.push_back(static_cast<uint32_t>(before));
  }
  out.build_index();
  return out;
}

void TransitionWeights::save(ModelWriter& out) const {
  out.pod<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.pod<float>(scale_);
  out.array(keys_);
  out.array(begins_);
  out.array(std::vector<uint32_t>(entries_.begin(), entries_.end()));
}

TransitionWeights TransitionWeights::load(ModelReader& in) {
  TransitionWeights w;
  w.num_classes_ = static_cast<int>(in.pod<uint32_t>());
  w.scale_ = in.pod<float>();
  w.keys_ = in.array<uint64_t>();
  w.begins_ = in.array<uint32_t>();
  const auto entries = in.array<uint32_t>();
  w.entries_.assign(entries.begin(), entries.end());
  if (w.num_classes_ <= 0 || w.num_classes_ > 65535 || w.begins_.size() != w.keys_.size() || !(w.scale_ > 0))
    throw ModelError("corrupt parser weights (inconsistent table sizes)");
  for (size_t r = 0; r < w.keys_.size(); ++r) {
    const uint64_t end = r + 1 < w.keys_.size() ? w.begins_[r + 1] : w.entries_.size();
    if (w.keys_[r] == 0 || (r > 0 && w.keys_[r] <= w.keys_[r - 1]) || w.begins_[r] > end)
      throw ModelError("corrupt parser weights (rows out of order)");
  }
  for (uint32_t e : w.entries_)
    if (class_of_entry(e) >= w.num_classes_) throw ModelError("corrupt parser weights (class out of range)");
  w.build_index();
  return w;
}

TransitionWeightsTrainer::TransitionWeightsTrainer(int num_classes) : num_classes_(num_classes) {
  if (num_classes <= 0 || num_classes > 65535)
    throw std::invalid_argument(fmt::format("parser weights: {} classes (must be 1..65535)", num_classes));
}

void TransitionWeightsTrainer::score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(key_of(f));
    if (it == rows_.end()) continue;
    for (const Weight& w : it->second) scores[w.cls] += w.weight;
  }
}

void TransitionWeightsTrainer::add(uint64_t key, int cls, float delta) {
  auto& row = rows_[key];
  auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.end()) it = row.insert(row.end(), Weight{static_cast<uint16_t>(cls), 0, 0, step_});
  it->total += static_cast<double>(step_ - it->stamp) * it->weight;
  it->stamp = step_;
  it->weight += delta;
}

void TransitionWeightsTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++step_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    add(key_of(f), truth, 1.0f);
    add(key_of(f), guess, -1.0f);
  }
}

float TransitionWeightsTrainer::averaged(const Weight& w) const {
  const double steps = static_cast<double>(std::max<uint64_t>(step_, 1));
  return static_cast<float>((w.total + static_cast<double>(step_ - w.stamp) * w.weight) / steps);
}

TransitionWeights TransitionWeightsTrainer::finish(float min_weight) const {
  const TransitionWeightsTrainer* self = this;
  return mean(std::span(&self, 1), min_weight);
}

TransitionWeights TransitionWeightsTrainer::mean(std::span<const TransitionWeightsTrainer* const> runs,
                                                 float min_weight) {
  if (runs.empty()) throw std::invalid_argument("parser weights: the mean of no runs");
  const int num_classes = runs.front()->num_classes_;
  for (const auto* run : runs)
    if (run->num_classes_ != num_classes) throw std::invalid_argument("parser weights: runs with different classes");
  // Each row's (class, mean weight), keys sorted so that the model does not
  // depend on unordered_map order.
  std::vector<uint64_t> all_keys;
  for (const auto* run : runs)
    for (const auto& [key, row] : run->rows_) all_keys.push_back(key);
  std::sort(all_keys.begin(), all_keys.end());
  all_keys.erase(std::unique(all_keys.begin(), all_keys.end()), all_keys.end());
  std::vector<std::vector<std::pair<uint16_t, float>>> rows(all_keys.size());
  const float share = 1.0f / static_cast<float>(runs.size());
  float largest = 0;
  for (size_t r = 0; r < all_keys.size(); ++r) {
    auto& row = rows[r];
    for (const auto* run : runs) {
      auto it = run->rows_.find(all_keys[r]);
      if (it == run->rows_.end()) continue;
      for (const Weight& w : it->second) {
        auto at = std::find_if(row.begin(), row.end(), [&](const auto& e) { return e.first == w.cls; });
        if (at == row.end()) at = row.insert(row.end(), {w.cls, 0.0f});
        at->second += run->averaged(w);
      }
    }
    for (auto& [cls, weight] : row) {
      if (runs.size() > 1) weight *= share;
      largest = std::max(largest, std::fabs(weight));
    }
  }
  // One fixed-point scale for the whole model: the largest weight maps to 32767.
  const float scale = largest > 0 ? 32767.0f / largest : 1.0f;

  TransitionWeights out;
  out.num_classes_ = num_classes;
  out.scale_ = scale;
  std::vector<std::pair<uint16_t, int16_t>> kept;
  for (size_t r = 0; r < all_keys.size(); ++r) {
    kept.clear();
    for (auto [cls, weight] : rows[r]) {
      const long q = std::lround(weight * scale);
      if (std::fabs(weight) >= min_weight && q != 0) kept.emplace_back(cls, static_cast<int16_t>(q));
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end());
    out.keys_.push_back(all_keys[r]);
    out.begins_.push_back(static_cast<uint32_t>(out.entries_.size()));
    for (auto [cls, q] : kept) out.entries_.push_back(pack(cls, q));
  }
  out.build_index();
  return out;
}

}  // namespace entente::nlp::parser
