#pragma once
#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace entente::server {

// Serialized answers of read-only GETs, so a popular dyad or first page is
// built once and not once per request. Each entry is tagged with the store's
// data version seen *before* it was computed; a lookup with any other version
// misses, so a commit by any writer (ingest, `entente code --db` in another
// process) retires every older entry. Least recently used entries go first
// once the bodies exceed `max_bytes`. Thread-safe.
class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The body cached for `key` at `version`, if any.
  std::optional<std::string> get(const std::string& key, uint64_t version);
  // Caches `body` (not when larger than an eighth of the budget).
  void put(const std::string& key, uint64_t version, std::string body);

  size_t bytes() const;

 private:
  struct Entry {
    std::string key;
    uint64_t version;
    std::string body;
  };
  void evict_locked();

  size_t max_bytes_;
  mutable std::mutex mutex_;
  size_t bytes_ = 0;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace entente::server
