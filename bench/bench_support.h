#pragma once
// Helpers every benchmark program shares: where ../shared is, the EWT dev
// treebank (read once), and the process's peak resident memory.
#include <sys/resource.h>

#include <filesystem>
#include <optional>
#include <vector>

#include "core/conllu.h"

namespace entente::bench {

inline std::filesystem::path shared_dir() {
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared";
}

// EWT dev sentences, or nullptr when ../shared is absent.
inline const std::vector<conllu::Sentence>* dev_sentences() {
  static const auto dev = []() -> std::optional<std::vector<conllu::Sentence>> {
    auto path = shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(path)) return std::nullopt;
    return conllu::read_file(path.string());
  }();
  return dev ? &*dev : nullptr;
}

// Peak resident set size of this process in MB.
inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // kilobytes on Linux
}

}  // namespace entente::bench
