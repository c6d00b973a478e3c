#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_ingest_commands(CLI::App& app) {
  app.add_subcommand("ingest", "store documents (not built yet)")->callback([] { std::cerr << "entente ingest: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("stats", "store statistics (not built yet)")->callback([] { std::cerr << "entente stats: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
