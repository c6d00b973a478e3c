#pragma once
#include <iostream>
#include <memory>
#include <string>

#include "cli/batch.h"
#include "store/store.h"

namespace entente::cli {

// Opens the store for a command, or ends the command with status 2 and the
// reason (missing, corrupt, newer schema...) on stderr.
inline std::unique_ptr<store::Store> open_store_or_exit(const std::string& path, bool read_only) {
  try {
    return store::Store::open(path, read_only);
  } catch (const store::StoreError& e) {
    std::cerr << "error: " << e.what() << "\n";
    exit_with(2);
  }
}

}  // namespace entente::cli
