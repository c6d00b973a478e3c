#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_actor_commands(CLI::App& app) {
  app.add_subcommand("actors", "recognise actors (not built yet)")->callback([] { std::cerr << "entente actors: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("dict", "dictionary tools (not built yet)")->callback([] { std::cerr << "entente dict: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
