#pragma once
#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

// A std::allocator stand-in for large read-mostly tables probed at random
// (model weights). Blocks of 2 MB or more are 2 MB-aligned and marked for
// transparent huge pages, so a lookup costs one cache miss rather than a cache
// miss plus a TLB miss. Where huge pages are off this is plain aligned memory.
namespace entente::nlp {

template <typename T> struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{1} << 21;

  HugePageAllocator() = default;
  template <typename U> HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      void* p = ::operator new(bytes, std::align_val_t{alignof(T)});
      return static_cast<T*>(p);
    }
    bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, bytes);
    if (!p) throw std::bad_alloc();
    ::madvise(p, bytes, MADV_HUGEPAGE);  // advice only: failure just means small pages
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p, std::align_val_t{alignof(T)});
    } else {
      std::free(p);
    }
  }
  template <typename U> bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace entente::nlp
