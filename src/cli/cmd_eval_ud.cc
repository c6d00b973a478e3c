#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_eval_ud_command(CLI::App& app) {
  app.add_subcommand("eval-ud", "score against UD (not built yet)")->callback([] { std::cerr << "entente eval-ud: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
