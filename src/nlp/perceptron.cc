#include "nlp/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include <fmt/format.h>

namespace entente::nlp {
namespace {

// Slot key 0 marks an empty slot, so a feature hashing to 0 is stored as 1.
uint64_t key_of(uint64_t feature) { return feature == 0 ? 1 : feature; }

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

}  // namespace

const Perceptron::Slot* Perceptron::find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

void Perceptron::score(std::span<const uint64_t> features, std::span<float> scores) const {
  if (slots_.empty()) return;
  // The table is far larger than the caches, so each feature costs a memory
  // miss. Issuing the loads for a whole chunk of features first lets those
  // misses overlap instead of queueing.
  constexpr size_t kChunk = 64;
  const size_t mask = slots_.size() - 1;
  const Slot* found[kChunk];
  for (size_t start = 0; start < features.size(); start += kChunk) {
    size_t n = std::min(kChunk, features.size() - start);
    for (size_t j = 0; j < n; ++j) __builtin_prefetch(&slots_[key_of(features[start + j]) & mask]);
    for (size_t j = 0; j < n; ++j) {
      found[j] = find(key_of(features[start + j]));
      if (found[j] && found[j]->count > kInline)
        __builtin_prefetch(found[j]->dense() ? static_cast<const void*>(dense_.data() + found[j]->begin)
                                             : static_cast<const void*>(entries_.data() + found[j]->begin));
    }
    for (size_t j = 0; j < n; ++j) {
      if (!found[j]) continue;
      if (found[j]->dense()) {
        // Absent classes hold 0, and x + 0 == x: the sums are those of the sparse row.
        const float* row = dense_.data() + found[j]->begin;
        for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
      } else {
        for_each_entry(*found[j], [&](uint16_t cls, float weight) { scores[cls] += weight; });
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

void Perceptron::build_index(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& begins,
                             const std::vector<Entry>& rows) {
  num_features_ = keys.size();
  num_weights_ = rows.size();
  entries_.clear();
  dense_.clear();
  slots_.assign(std::bit_ceil(std::max<size_t>(16, keys.size() * 2)), Slot{});
  size_t mask = slots_.size() - 1;
  for (size_t r = 0; r < keys.size(); ++r) {
    uint32_t end = r + 1 < keys.size() ? begins[r + 1] : static_cast<uint32_t>(rows.size());
    size_t i = keys[r] & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    Slot& slot = slots_[i];
    slot.key = keys[r];
    slot.count = static_cast<uint16_t>(end - begins[r]);
    if (slot.dense()) {
      slot.begin = static_cast<uint32_t>(dense_.size());
      dense_.resize(dense_.size() + num_classes_, 0.0f);
      for (uint32_t k = begins[r]; k < end; ++k) dense_[slot.begin + rows[k].cls] += rows[k].weight;
    } else if (slot.count <= kInline) {
      for (uint32_t k = 0; k < slot.count; ++k) slot.cls[k] = rows[begins[r] + k].cls, slot.weight[k] = rows[begins[r] + k].weight;
    } else {
      slot.begin = static_cast<uint32_t>(entries_.size());
      entries_.insert(entries_.end(), rows.begin() + begins[r], rows.begin() + end);
    }
  }
}

void Perceptron::save(ModelWriter& out) const {
  // Rows are written sorted by key so the file does not depend on hash-table order.
  std::vector<const Slot*> rows;
  for (const Slot& s : slots_)
    if (s.key != 0) rows.push_back(&s);
  std::sort(rows.begin(), rows.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  for (const Slot* s : rows) {
    keys.push_back(s->key);
    uint32_t count = 0;
    for_each_entry(*s, [&](uint16_t cls, float weight) {
      classes.push_back(cls);
      weights.push_back(weight);
      ++count;
    });
    counts.push_back(count);
  }
  out.pod<uint32_t>(num_classes_);
  out.array(keys);
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
  p.build_index(keys, begins, rows);
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

Perceptron PerceptronTrainer::finish(float min_weight) const {
  // Sorted keys make the saved model independent of unordered_map order.
  std::vector<uint64_t> all_keys;
  all_keys.reserve(rows_.size());
  for (const auto& [key, row] : rows_) all_keys.push_back(key);
  std::sort(all_keys.begin(), all_keys.end());

  Perceptron p;
  p.num_classes_ = num_classes_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begins;
  std::vector<Perceptron::Entry> rows;
  double steps = static_cast<double>(std::max<uint64_t>(step_, 1));
  for (uint64_t key : all_keys) {
    std::vector<Perceptron::Entry> kept;
    for (const Weight& w : rows_.at(key)) {
      double total = w.total + static_cast<double>(step_ - w.stamp) * w.weight;
      float average = static_cast<float>(total / steps);
      if (std::fabs(average) >= min_weight) kept.push_back({w.cls, average});
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    keys.push_back(key);
    begins.push_back(static_cast<uint32_t>(rows.size()));
    rows.insert(rows.end(), kept.begin(), kept.end());
  }
  p.build_index(keys, begins, rows);
  return p;
}

}  // namespace entente::nlp
