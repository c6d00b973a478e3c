#pragma once
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/document.h"
#include "input/reader.h"

namespace entente::cli {

// Options every command that reads documents shares.
struct BatchOptions {
  std::vector<std::string> inputs;
  input::Options input;
  bool quiet = false;
};

// Adds INPUT... (positional), --date, --max-bytes and --quiet to a command.
void add_input_options(CLI::App* command, BatchOptions& options);

// Reads every document and hands it to `process`. `process` returns an empty
// string on success or a reason to reject that document. Rejections are
// printed to stderr (one line each, naming the record), a progress bar is
// shown when stderr is a terminal, and a closing summary is printed.
// Returns the exit status: 0 all accepted, 1 some rejected, 2 I/O error.
int run_batch(const BatchOptions& options, const std::function<std::string(Document&)>& process);

}  // namespace entente::cli

namespace entente::cli {
// Ends the running subcommand with `status` as the process exit status.
[[noreturn]] inline void exit_with(int status) { throw CLI::RuntimeError(status); }
}  // namespace entente::cli
