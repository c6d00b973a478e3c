#pragma once
#include <cstdint>

namespace entente {

// A half-open byte range [begin, end) into a Document's original text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace entente
