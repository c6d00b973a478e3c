#pragma once
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace entente::server {

// Read-only Store connections shared by the server's worker threads: a
// Store is one SQLite connection and must be used by one thread at a time,
// so each request leases one and gives it back. Connections are opened on
// demand (never more than the number of threads asking at once) and kept.
class StorePool {
 public:
  // `path` must be an existing store. Every connection interrupts statements
  // running longer than `time_limit` (0 = no limit).
  StorePool(std::string path, std::chrono::milliseconds time_limit);

  // A connection for the lifetime of the lease; returned to the pool after.
  class Lease {
   public:
    Lease(Lease&&) noexcept = default;
    ~Lease();
    store::Store& operator*() const { return *store_; }
    store::Store* operator->() const { return store_.get(); }

   private:
    friend class StorePool;
    Lease(const StorePool* pool, std::unique_ptr<store::Store> store)
        : pool_(pool), store_(std::move(store)) {}
    const StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  // Throws store::StoreError when a new connection cannot be opened.
  Lease acquire() const;

 private:
  std::string path_;
  std::chrono::milliseconds time_limit_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace entente::server
