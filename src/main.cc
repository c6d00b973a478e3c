#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"entente: news text in, political event data out", "entente"};
  app.set_version_flag("--version", std::string("entente ") + ENTENTE_VERSION);
  app.require_subcommand(1);
  using namespace entente::cli;
  add_ingest_commands(app);
  add_split_command(app);
  add_eval_ud_command(app);
  add_nlp_commands(app);
  add_actor_commands(app);
  add_coding_commands(app);
  add_query_commands(app);
  add_serve_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();  // a command's own exit status (see cli::exit_with)
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;  // usage errors exit 2, as every command documents
  }
  return 0;
}
