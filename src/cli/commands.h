#pragma once
#include <CLI/CLI.hpp>

// Each stage's subcommands live in their own cmd_*.cc file.
namespace entente::cli {

void add_ingest_commands(CLI::App& app);    // ingest, stats            (cmd_ingest.cc)
void add_split_command(CLI::App& app);      // split                    (cmd_split.cc)
void add_eval_ud_command(CLI::App& app);    // eval-ud                  (cmd_eval_ud.cc)
void add_nlp_commands(CLI::App& app);       // train, parse             (cmd_nlp.cc)
void add_actor_commands(CLI::App& app);     // actors, dict             (cmd_actors.cc)
void add_coding_commands(CLI::App& app);    // code, explain, eval-petrarch (cmd_code.cc)
void add_query_commands(CLI::App& app);     // recode, events, dyad, partners, export (cmd_query.cc)
void add_serve_command(CLI::App& app);      // serve                    (cmd_serve.cc)

}  // namespace entente::cli
