#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/conllu.h"

// Paths the NLP tests share: a per-process temporary file and ../shared.
namespace entente::nlp::testing {

inline std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("entente-nlp-" + name + "-" + std::to_string(::getpid()));
}

// ../shared beside the source tree (UD English EWT and other data); may be absent.
inline std::filesystem::path shared_dir() {
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared";
}

inline std::filesystem::path ud_file(const std::string& name) { return shared_dir() / "data" / "ud" / name; }

// The first `count` sentences of UD English EWT `name` ("en_ewt-ud-train.conllu");
// empty when ../shared is absent.
inline std::vector<conllu::Sentence> ud_slice(const std::string& name, size_t count) {
  auto path = ud_file(name);
  if (!std::filesystem::exists(path)) return {};
  auto all = conllu::read_file(path.string());
  if (all.size() > count) all.resize(count);
  return all;
}

}  // namespace entente::nlp::testing
