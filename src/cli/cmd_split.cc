#include <iostream>
#include <memory>
#include <string>

#include "cli/batch.h"
#include "cli/commands.h"
#include "core/conllu.h"
#include "text/front_end.h"
#include "text/sentence_formats.h"

namespace entente::cli {

namespace {

struct SplitOptions {
  BatchOptions batch;
  std::string format = "conllu";
};

}  // namespace

void add_split_command(CLI::App& app) {
  auto options = std::make_shared<SplitOptions>();
  CLI::App* cmd = app.add_subcommand("split", "normalise, split into sentences and tokenize; print them");
  cmd->add_option("--format", options->format, "conllu (UD words), jsonl (one sentence a line) or text")
      ->check(CLI::IsMember({"conllu", "jsonl", "text"}))
      ->capture_default_str();
  add_input_options(cmd, options->batch);
  cmd->callback([options] {
    std::ios::sync_with_stdio(false);
    int status = run_batch(options->batch, [&](Document& doc) {
      text::segment(doc);
      if (options->format == "conllu") conllu::write_document(std::cout, doc);
      else if (options->format == "jsonl") text::write_sentences_jsonl(std::cout, doc);
      else text::write_sentences_text(std::cout, doc);
      return std::string();
    });
    std::cout.flush();
    if (status != 0) exit_with(status);
  });
}

}  // namespace entente::cli
