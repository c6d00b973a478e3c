#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_serve_command(CLI::App& app) {
  app.add_subcommand("serve", "HTTP server (not built yet)")->callback([] { std::cerr << "entente serve: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
