#include "cli/commands.h"

#include <iostream>

namespace entente::cli {

// Placeholder until this stage lands; replaced by the stage's real command.
void add_nlp_commands(CLI::App& app) {
  app.add_subcommand("train", "train models (not built yet)")->callback([] { std::cerr << "entente train: not built yet\n"; throw CLI::RuntimeError(2); });
  app.add_subcommand("parse", "tag and parse (not built yet)")->callback([] { std::cerr << "entente parse: not built yet\n"; throw CLI::RuntimeError(2); });
}

}  // namespace entente::cli
