#pragma once
#include <cstdint>
#include <string_view>

// 64-bit hashing for sparse features. A feature is a template id mixed with
// the hashes of its parts, so no feature string is ever built.
namespace entente::nlp {

// FNV-1a over the bytes, then a final avalanche so nearby strings spread out.
inline uint64_t hash_text(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Order-sensitive combination of two hashes (from splitmix64's finalizer).
inline uint64_t hash_mix(uint64_t a, uint64_t b) {
  uint64_t h = a * 0x9e3779b97f4a7c15ull + b + 0x632be59bd9b4e019ull;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

inline uint64_t feature(uint64_t template_id, uint64_t a) { return hash_mix(template_id, a); }
inline uint64_t feature(uint64_t template_id, uint64_t a, uint64_t b) { return hash_mix(hash_mix(template_id, a), b); }
inline uint64_t feature(uint64_t template_id, uint64_t a, uint64_t b, uint64_t c) {
  return hash_mix(hash_mix(hash_mix(template_id, a), b), c);
}

}  // namespace entente::nlp
