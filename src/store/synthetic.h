#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/document.h"
#include "store/store.h"

// A large store for benchmarks and load tests, made from a small coded corpus.
namespace entente::store {

// Stores each template document once (save_coded), then adds copies of them
// until the store holds at least `events` events: copy k of a document gets
// id "<id>~<k>", its publication date and every event date moved back by a
// pseudo-random number of days (deterministic in `seed`, landing in
// 1950..2025), fresh event ids, and shares the template's stored text (texts
// are stored once per distinct content). Bulk insert in one transaction with
// prepared statements: a million events in well under a minute.
// Templates without events are stored but not copied. Returns the number of
// events in the store afterwards. Throws StoreError.
size_t fill_synthetic(Store& store, const std::vector<Document>& templates, size_t events,
                      uint64_t seed = 1);

// A small built-in coded corpus (made-up sentences about bilateral relations
// with hand-written events) for when no coded documents are at hand.
std::vector<Document> builtin_templates();

}  // namespace entente::store
