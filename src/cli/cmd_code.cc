#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_coding_commands(CLI::App& app) {
  app.add_subcommand("code", "code events (not built yet)")->callback([] { std::cerr << "entente code: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("explain", "explain coding (not built yet)")->callback([] { std::cerr << "entente explain: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("eval-petrarch", "PETRARCH agreement (not built yet)")->callback([] { std::cerr << "entente eval-petrarch: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
