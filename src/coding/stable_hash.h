#pragma once
#include <cstdint>
#include <string>
#include <string_view>

// FNV-1a 64: a hash that is the same on every machine and every run, for
// event ids and fingerprints (std::hash promises neither).
namespace entente::coding {

inline uint64_t fnv1a(std::string_view bytes, uint64_t h = 0xcbf29ce484222325ull) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

// 16 lowercase hex digits.
inline std::string hex64(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 15];
  return out;
}

}  // namespace entente::coding
