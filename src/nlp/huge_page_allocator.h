#pragma once
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <new>

// A std::allocator stand-in for large read-mostly tables probed at random
// (model weights). Blocks of 1 MB or more are 2 MB-aligned and marked for
// transparent huge pages, so a lookup costs one cache miss rather than a cache
// miss plus a TLB miss. Where huge pages are off this is plain aligned memory.
// Linux only (mmap, madvise).
namespace entente::nlp {

template <typename T> struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{1} << 21;
  // From 1 MB, not 2: a table just under a huge page sat on 4 KB pages and
  // made tag + lemmatize + parse 4-8% slower (models/README.md).
  static constexpr size_t kHugeFrom = size_t{1} << 20;

  HugePageAllocator() = default;
  template <typename U> HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kHugeFrom) {
      void* p = ::operator new(bytes, std::align_val_t{alignof(T)});
      return static_cast<T*>(p);
    }
    // Mapped directly rather than malloc'ed, so freeing a table gives its
    // memory back at once (glibc would keep reloaded models' heap growing).
    bytes = rounded(bytes);
    void* raw = ::mmap(nullptr, bytes + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    auto start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start) ::munmap(raw, aligned - start);
    if (size_t tail = start + kHugePage - aligned; tail > 0) ::munmap(reinterpret_cast<void*>(aligned + bytes), tail);
    ::madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);  // advice only: failure means small pages
    return reinterpret_cast<T*>(aligned);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugeFrom) {
      ::operator delete(p, std::align_val_t{alignof(T)});
    } else {
      ::munmap(p, rounded(n * sizeof(T)));
    }
  }
  static size_t rounded(size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
  template <typename U> bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace entente::nlp
