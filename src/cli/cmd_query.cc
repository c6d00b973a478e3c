#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_query_commands(CLI::App& app) {
  app.add_subcommand("recode", "recode (not built yet)")->callback([] { std::cerr << "entente recode: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("events", "query events (not built yet)")->callback([] { std::cerr << "entente events: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("dyad", "dyad series (not built yet)")->callback([] { std::cerr << "entente dyad: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("partners", "partners (not built yet)")->callback([] { std::cerr << "entente partners: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("export", "export (not built yet)")->callback([] { std::cerr << "entente export: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
