#pragma once
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.h"

namespace entente::input {

struct Options {
  std::string date;                      // publication date for plain-text files without one in their name
  size_t max_bytes = 8u * 1024 * 1024;   // larger documents are rejected
};

// A record that could not be accepted: where it came from and why.
struct Rejection {
  std::string where;   // "file.jsonl:12" or a document id
  std::string reason;
};

struct Stats {
  size_t read = 0, accepted = 0, rejected = 0, bytes = 0;
};

// An input that cannot be opened or read at all (exit status 2).
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads every input (JSON Lines, plain text, HTML, a directory of them, their
// .gz versions, "-" for stdin) in order. Each valid document goes to on_doc
// with metadata and original text filled; each bad record goes to on_reject
// and the batch goes on. Duplicate ids within one call are rejected.
// Throws InputError when an input cannot be read.
Stats read_documents(const std::vector<std::string>& inputs, const Options& options,
                     const std::function<void(Document&&)>& on_doc,
                     const std::function<void(const Rejection&)>& on_reject);

}  // namespace entente::input
