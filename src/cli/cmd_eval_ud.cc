#include <iostream>
#include <memory>
#include <string>

#include "cli/batch.h"
#include "cli/commands.h"
#include "core/conllu.h"
#include "eval/ud_scorer.h"
#include "eval/ud_system.h"
#include "nlp/annotator.h"

namespace entente::cli {

namespace {

struct EvalUdOptions {
  std::string gold, system, models;
  bool tokenize = false, parse = false;
};

int eval_ud(const EvalUdOptions& o) {
  try {
    auto gold = conllu::read_file(o.gold);
    std::vector<conllu::Sentence> system;
    if (o.tokenize || o.parse) {
      if (!o.system.empty()) {
        std::cerr << "eval-ud: give either SYSTEM.conllu or --tokenize/--parse, not both\n";
        return 2;
      }
      std::unique_ptr<nlp::Annotator> annotator;
      if (o.parse) {
        annotator = nlp::Annotator::load(nlp::find_models_dir(o.models), /*require_parser=*/false);
        if (!annotator->has_parser())
          std::cerr << "eval-ud: note: no parser model (parser.bin); UAS and LAS score 0\n";
      }
      system = eval::analyse_gold_text(gold, o.tokenize, annotator.get());
    } else {
      if (o.system.empty()) {
        std::cerr << "eval-ud: SYSTEM.conllu missing (or use --tokenize / --parse)\n";
        return 2;
      }
      system = conllu::read_file(o.system);
    }
    eval::UdScores scores = eval::score_ud(gold, system);
    std::cout << eval::format_scores(scores, !(o.tokenize && !o.parse)) << std::flush;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "eval-ud: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

void add_eval_ud_command(CLI::App& app) {
  auto o = std::make_shared<EvalUdOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-ud", "score CoNLL-U against gold as the CoNLL 2018 shared task does (tokens ... LAS)");
  cmd->add_option("GOLD", o->gold, "gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("SYSTEM", o->system, "system CoNLL-U file (omit with --tokenize/--parse)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--tokenize", o->tokenize, "rebuild the raw text from GOLD and run the front end on it");
  cmd->add_flag("--parse", o->parse, "tag, lemmatize and parse (gold tokens unless --tokenize)");
  cmd->add_option("--models", o->models, "model folder (default: $ENTENTE_MODELS, then models/)");
  cmd->callback([o] {
    if (int status = eval_ud(*o); status != 0) exit_with(status);
  });
}

}  // namespace entente::cli
