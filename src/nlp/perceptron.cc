#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

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

int best_of(std::span<const float> scores, std::span<const uint16_t> candidates) {
  int best = -1;
  float best_score = 0;
  auto consider = [&](int c) {
    if (best < 0 || scores[c] > best_score) best = c, best_score = scores[c];
  };
  if (candidates.empty()) {
    for (int c = 0; c < static_cast<int>(scores.size()); ++c) consider(c);
  } else {
    for (uint16_t c : candidates) consider(c);
  }
  return best < 0 ? 0 : best;
}

// Starts loading every cache line of [begin, begin + bytes).
void prefetch_lines(const void* begin, size_t bytes) {
  const char* p = static_cast<const char*>(begin);
  const char* end = p + bytes;
  for (p = reinterpret_cast<const char*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{63}); p < end; p += 64)
    __builtin_prefetch(p);
}

// scores[c] += row[c] for c in [0, n), each class summed in the same order
// as a scalar loop would (so the floats are identical). Compiled for AVX2 too,
// chosen at run time.
[[gnu::target_clones("avx2", "default")]] void add_dense_row(const float* __restrict row, float* __restrict scores,
                                                             int n) {
  for (int c = 0; c < n; ++c) scores[c] += row[c];
}

}  // namespace

uint32_t Perceptron::find(uint64_t key) const {
  if (slots_.empty()) return kAbsent;
  const size_t mask = slots_.size() - 1;
  const uint32_t check = check_of(key);
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.check == check) return s.row;
    if (s.check == 0) return kAbsent;
  }
}

void Perceptron::score(std::span<const uint64_t> features, std::span<float> scores) const {
  if (slots_.empty()) return;
  // The table is far larger than the caches, so each feature costs a memory
  // miss. Issuing the loads for a whole chunk of features first lets those
  // misses overlap instead of queueing.
  constexpr size_t kChunk = 64;
  const size_t mask = slots_.size() - 1;
  uint32_t found[kChunk];
  for (size_t start = 0; start < features.size(); start += kChunk) {
    const size_t n = std::min(kChunk, features.size() - start);
    for (size_t j = 0; j < n; ++j) __builtin_prefetch(&slots_[key_of(features[start + j]) & mask]);
    size_t hits = 0;
    for (size_t j = 0; j < n; ++j) {
      const uint32_t row = find(key_of(features[start + j]));
      if (row == kAbsent) continue;
      // The whole row: a long one spans several cache lines, and a miss on
      // any of them in the pass below would stall it.
      const uint32_t begin = row >> 8, count = row & 0xFF;
      if (count == kDense)
        prefetch_lines(dense_.data() + size_t{begin} * num_classes_, num_classes_ * sizeof(float));
      else
        prefetch_lines(entries_.data() + begin, count * sizeof(Entry));
      found[hits++] = row;
    }
    for (size_t h = 0; h < hits; ++h) {
      const uint32_t begin = found[h] >> 8, count = found[h] & 0xFF;
      if (count == kDense) {
        // Absent classes hold 0, and x + 0 == x: the sums are those of the sparse row.
        add_dense_row(dense_.data() + size_t{begin} * num_classes_, scores.data(), num_classes_);
      } else {
        for (const Entry& e : std::span(entries_).subspan(begin, count)) scores[e.cls] += e.weight;
      }
    }
  }
}

int Perceptron::predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates,
                        std::span<float> scores) const {
  std::fill(scores.begin(), scores.begin() + num_classes_, 0.0f);
  score(features, scores);
  return best_of(scores.first(num_classes_), candidates);
}

void Perceptron::build_index(std::vector<uint64_t> keys, const std::vector<uint32_t>& begins,
                             const std::vector<Entry>& rows) {
  if (rows.size() >= (size_t{1} << 24)) throw ModelError("perceptron weights: more than 2^24 weights");
  keys_ = std::move(keys);
  num_weights_ = rows.size();
  rows_.assign(keys_.size(), 0);
  auto row_end = [&](size_t r) { return r + 1 < keys_.size() ? begins[r + 1] : static_cast<uint32_t>(rows.size()); };
  // Sized up front: growing the tables row by row made loading twice as slow.
  size_t sparse = 0, dense = 0;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t count = row_end(r) - begins[r];
    if (count > kDenseFrom)
      dense += num_classes_;
    else
      sparse += count;
  }
  entries_.clear();
  entries_.reserve(sparse);
  dense_.assign(dense, 0.0f);
  dense = 0;
  slots_.assign(std::bit_ceil(std::max<size_t>(16, keys_.size() * 2)), Slot{});
  const size_t mask = slots_.size() - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t end = row_end(r);
    const uint32_t count = end - begins[r];
    uint32_t& row = rows_[r];
    if (count > kDenseFrom) {
      row = static_cast<uint32_t>(dense / num_classes_) << 8 | kDense;
      for (uint32_t k = begins[r]; k < end; ++k) dense_[dense + rows[k].cls] += rows[k].weight;
      dense += num_classes_;
    } else {
      row = static_cast<uint32_t>(entries_.size()) << 8 | count;
      entries_.insert(entries_.end(), rows.begin() + begins[r], rows.begin() + end);
    }
    size_t i = keys_[r] & mask;
    while (slots_[i].check != 0) i = (i + 1) & mask;
    slots_[i] = Slot{check_of(keys_[r]), row};
  }
}

void Perceptron::save(ModelWriter& out) const {
  // Rows are written sorted by key (as keys_ is) so the file does not depend on hash-table order.
  std::vector<uint32_t> counts;
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  for (uint32_t row : rows_) {
    uint32_t count = 0;
    for_each_entry(row, [&](uint16_t cls, float weight) {
      classes.push_back(cls);
      weights.push_back(weight);
      ++count;
    });
    counts.push_back(count);
  }
  out.pod<uint32_t>(num_classes_);
  out.array(keys_);
  out.array(counts);
  out.array(classes);
  out.array(weights);
}

Perceptron Perceptron::load(ModelReader& in) {
  Perceptron p;
  p.num_classes_ = static_cast<int>(in.pod<uint32_t>());
  auto keys = in.array<uint64_t>();
  auto counts = in.array<uint32_t>();
  auto classes = in.array<uint16_t>();
  auto weights = in.array<float>();
  if (counts.size() != keys.size() || classes.size() != weights.size() || p.num_classes_ <= 0 ||
      p.num_classes_ > 65535)
    throw ModelError("corrupt perceptron weights (inconsistent table sizes)");
  std::vector<uint32_t> begins(keys.size());
  uint64_t total = 0;
  for (size_t r = 0; r < keys.size(); ++r) begins[r] = static_cast<uint32_t>(total), total += counts[r];
  if (total != classes.size()) throw ModelError("corrupt perceptron weights (row counts do not add up)");
  std::vector<Entry> rows(classes.size());
  for (size_t k = 0; k < classes.size(); ++k) {
    if (classes[k] >= p.num_classes_) throw ModelError("corrupt perceptron weights (class out of range)");
    rows[k] = Entry{classes[k], weights[k]};
  }
  for (uint32_t c : counts)
    if (c > 65535) throw ModelError("corrupt perceptron weights (row longer than the class count)");
  p.build_index(std::move(keys), begins, rows);
  return p;
}

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  if (num_classes <= 0 || num_classes > 65535)
    throw std::invalid_argument(fmt::format("perceptron: {} classes (must be 1..65535)", num_classes));
}

void PerceptronTrainer::score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(key_of(f));
    if (it == rows_.end()) continue;
    for (const Weight& w : it->second) scores[w.cls] += w.weight;
  }
}

int PerceptronTrainer::predict(std::span<const uint64_t> features, std::span<const uint16_t> candidates,
                               std::span<float> scores) const {
  std::fill(scores.begin(), scores.begin() + num_classes_, 0.0f);
  score(features, scores);
  return best_of(scores.first(num_classes_), candidates);
}

void PerceptronTrainer::add(uint64_t key, int cls, float delta) {
  auto& row = rows_[key];
  auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.end()) {
    row.push_back(Weight{static_cast<uint16_t>(cls), 0, 0, step_});
    it = row.end() - 1;
  }
  it->total += static_cast<double>(step_ - it->stamp) * it->weight;
  it->stamp = step_;
  it->weight += delta;
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++step_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    add(key_of(f), truth, 1.0f);
    add(key_of(f), guess, -1.0f);
  }
}

Perceptron Perceptron::from_rows(int num_classes, std::unordered_map<uint64_t, std::vector<Entry>>& rows,
                                 float min_weight) {
  std::vector<uint64_t> all_keys;
  all_keys.reserve(rows.size());
  for (const auto& [key, row] : rows) all_keys.push_back(key);
  std::sort(all_keys.begin(), all_keys.end());
  Perceptron p;
  p.num_classes_ = num_classes;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begins;
  std::vector<Entry> kept_rows;
  for (uint64_t key : all_keys) {
    auto& row = rows.at(key);
    std::erase_if(row, [&](const Entry& e) { return std::fabs(e.weight) < min_weight; });
    if (row.empty()) continue;
    std::sort(row.begin(), row.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    keys.push_back(key);
    begins.push_back(static_cast<uint32_t>(kept_rows.size()));
    kept_rows.insert(kept_rows.end(), row.begin(), row.end());
  }
  p.build_index(std::move(keys), begins, kept_rows);
  return p;
}

Perceptron PerceptronTrainer::finish(float min_weight) const {
  std::unordered_map<uint64_t, std::vector<Perceptron::Entry>> averaged;
  averaged.reserve(rows_.size());
  double steps = static_cast<double>(std::max<uint64_t>(step_, 1));
  for (const auto& [key, row] : rows_) {
    auto& out = averaged[key];
    for (const Weight& w : row) {
      double total = w.total + static_cast<double>(step_ - w.stamp) * w.weight;
      out.push_back({w.cls, static_cast<float>(total / steps)});
    }
  }
  return Perceptron::from_rows(num_classes_, averaged, min_weight);
}

}  // namespace entente::nlp
