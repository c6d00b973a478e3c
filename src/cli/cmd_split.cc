#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_split_command(CLI::App& app) {
  app.add_subcommand("split", "split into sentences and tokens (not built yet)")->callback([] { std::cerr << "entente split: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
