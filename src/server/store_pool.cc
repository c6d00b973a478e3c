#include "server/store_pool.h"

namespace entente::server {

StorePool::StorePool(std::string path, std::chrono::milliseconds time_limit)
    : path_(std::move(path)), time_limit_(time_limit) {}

StorePool::Lease::~Lease() {
  if (!store_) return;  // moved from
  std::lock_guard lock(pool_->mutex_);
  pool_->idle_.push_back(std::move(store_));
}

StorePool::Lease StorePool::acquire() const {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  // Opening happens outside the lock so a slow open does not stall others.
  auto store = store::Store::open(path_, /*read_only=*/true);
  store->set_time_limit(time_limit_);
  return Lease(this, std::move(store));
}

}  // namespace entente::server
