#include "server/response_cache.h"

namespace entente::server {

std::optional<std::string> ResponseCache::get(const std::string& key, uint64_t version) {
  std::lock_guard lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  if (it->second->version != version) {  // stale: written before the last commit
    bytes_ -= it->second->body.size();
    entries_.erase(it->second);
    index_.erase(it);
    return std::nullopt;
  }
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->body;
}

void ResponseCache::put(const std::string& key, uint64_t version, std::string body) {
  if (body.size() > max_bytes_ / 8) return;
  std::lock_guard lock(mutex_);
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= it->second->body.size();
    entries_.erase(it->second);
    index_.erase(it);
  }
  bytes_ += body.size();
  entries_.push_front(Entry{key, version, std::move(body)});
  index_[key] = entries_.begin();
  evict_locked();
}

size_t ResponseCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

void ResponseCache::evict_locked() {
  while (bytes_ > max_bytes_ && !entries_.empty()) {
    bytes_ -= entries_.back().body.size();
    index_.erase(entries_.back().key);
    entries_.pop_back();
  }
}

}  // namespace entente::server
