#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "store/store.h"

// A large store for benchmarks and load tests, made from a small coded corpus.
namespace entente::store {

// Stores each template document once (save_coded), then adds copies of them
// until the store holds at least `events` events: copy k of a document gets
// id "<id>~<k>" and its publication date and every event date moved back
// by the same number of days, so that the copies spread evenly from
// 1950-01-01 to the template's own date (copy k at about fraction k of the
// way, plus a jitter deterministic in `seed`). Event ids get "~<k>"; actors,
// CAMEO codes and evidence are the template's, and copies share the
// template's stored text (texts are stored once per distinct content).
// One transaction: a million events in well under a minute on one core.
// Templates without events are stored but not copied. Returns the number of
// events in the store afterwards. Throws StoreError.
size_t fill_synthetic(Store& store, const std::vector<Document>& templates, size_t events,
                      uint64_t seed = 1);

// A small built-in coded corpus (made-up sentences about bilateral relations
// with hand-written events) for when no coded documents are at hand.
std::vector<Document> builtin_templates();

// The store a benchmark or load test reads: $ENTENTE_BENCH_STORE when set
// (used as is), else a fresh one filled with fill_synthetic(builtin_templates(),
// events) in a temporary directory that the destructor removes.
class BenchStoreFile {
 public:
  explicit BenchStoreFile(size_t events);
  ~BenchStoreFile();
  BenchStoreFile(const BenchStoreFile&) = delete;
  BenchStoreFile& operator=(const BenchStoreFile&) = delete;
  const std::string& path() const { return path_; }
  double build_seconds() const { return build_seconds_; }  // 0 when given

 private:
  std::string dir_, path_;
  double build_seconds_ = 0;
};

}  // namespace entente::store
