// `entente train` and `entente parse`: the NLP stage's commands.
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/batch.h"
#include "cli/commands.h"
#include "core/conllu.h"
#include "nlp/annotator.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_file.h"
#include "nlp/parser/date_openers.h"
#include "nlp/parser/relative_clauses.h"
#include "nlp/parser/parser.h"
#include "nlp/predicted_tags.h"
#include "nlp/tagger.h"
#include "nlp/noun_subjects.h"
#include "nlp/title_case.h"
#include "text/front_end.h"

namespace entente::cli {
namespace {

// Runs work(i) for i in [0, n) on up to `threads` threads.
template <typename Work>
void parallel_for(size_t n, int threads, Work work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i; (i = next++) < n;) work(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && static_cast<size_t>(t) < n; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

// ---------------------------------------------------------------- train

struct TrainOptions {
  std::string model, train, dev, out, models;
  std::string save_tagged;  // parser: where to write the jackknifed train ("" = nowhere)
  bool keep_dev_tags = false;  // parser: score --dev with its own tags, not the shipped tagger's
  float min_weight = -1;       // parser: pruning threshold; < 0 = the parser's default
  double explore = -1;         // parser: how often training follows its own mistake; < 0 = the default
  int explore_from = 0;        // parser: first epoch that explores; 0 = the default
  double date_openers = 0;     // parser: share of subject-first sentences also trained with a date opener
  double title_case = 0;       // tagger: share of sentences also trained in headline case
  double relative_clauses = 0; // parser: share of noun-subject sentences also trained with a relative clause after the subject
  double noun_subjects = 0;    // tagger, parser: share of "I/we/he did" sentences also trained with a noun subject
  uint64_t seed = 1;
  int epochs = 0;  // 0 = the model's default
  int runs = 1;    // tagger: training runs averaged into one model
  int jackknife = 5;
  int tagger_epochs = 0;  // jackknifed taggers' epochs; 0 = the tagger's default
  int threads = 1;
};

std::vector<conllu::Sentence> read_treebank(const std::string& path) {
  try {
    return conllu::read_file(path);
  } catch (const std::exception& e) {
    std::cerr << "entente train: " << e.what() << '\n';
    exit_with(2);
  }
}

void add_noun_subject_copies(const TrainOptions& o, const char* model, std::vector<conllu::Sentence>& train) {
  if (o.noun_subjects <= 0) return;
  auto copies = nlp::noun_subject_copies(train, o.noun_subjects, o.seed);
  std::cerr << fmt::format("train {}: {} copies with a noun-phrase subject added to {} sentences\n", model,
                           copies.size(), train.size());
  train.insert(train.end(), std::make_move_iterator(copies.begin()), std::make_move_iterator(copies.end()));
}

void train_parser(const TrainOptions& o, std::vector<conllu::Sentence> train, std::vector<conllu::Sentence> dev) {
  nlp::TaggerConfig tagger_config;
  nlp::LemmatizerConfig lemmatizer_config;
  tagger_config.seed = lemmatizer_config.seed = o.seed;
  if (o.tagger_epochs > 0) tagger_config.epochs = o.tagger_epochs;
  if (o.jackknife >= 2) {
    std::cerr << fmt::format("train parser: tagging train with {}-fold jackknifed taggers\n", o.jackknife);
    nlp::jackknife_retag(train, o.jackknife, tagger_config, lemmatizer_config, o.threads, std::cerr);
    // Saved so that parser experiments can skip the jackknife (--jackknife 0).
    if (!o.save_tagged.empty()) {
      std::ofstream out(o.save_tagged);
      for (const auto& s : train) conllu::write(out, s);
      if (!out.flush()) {
        std::cerr << "entente train: cannot write " << o.save_tagged << '\n';
        exit_with(2);
      }
    }
  } else {
    std::cerr << "train parser: training on the tags --train carries (--jackknife 0)\n";
  }
  if (o.date_openers > 0) {
    auto copies = nlp::parser::date_opener_copies(train, o.date_openers, o.seed);
    std::cerr << fmt::format("train parser: {} copies with a date opener added to {} sentences\n", copies.size(),
                             train.size());
    train.insert(train.end(), std::make_move_iterator(copies.begin()), std::make_move_iterator(copies.end()));
  }
  add_noun_subject_copies(o, "parser", train);
  if (o.relative_clauses > 0) {
    auto copies = nlp::parser::relative_clause_copies(train, o.relative_clauses, o.seed);
    std::cerr << fmt::format("train parser: {} copies with a relative clause after the subject added to {} sentences\n",
                             copies.size(), train.size());
    train.insert(train.end(), std::make_move_iterator(copies.begin()), std::make_move_iterator(copies.end()));
  }
  if (!dev.empty() && !o.keep_dev_tags) {
    // Dev gets the shipped tagger's tags, as the parser will see at run time.
    auto dir = nlp::find_models_dir(o.models);
    auto tagger = nlp::Tagger::load(dir / "tagger.bin");
    auto lemmatizer = nlp::Lemmatizer::load(dir / "lemmatizer.bin");
    nlp::retag(dev, tagger, lemmatizer);
  }
  nlp::parser::TrainConfig config;
  config.train_tags = o.jackknife >= 2 ? fmt::format("{}-fold jackknifed taggers of {} epoch{}", o.jackknife,
                                                     tagger_config.epochs, tagger_config.epochs == 1 ? "" : "s")
                                       : "as --train gives them";
  config.seed = o.seed;
  config.date_openers = o.date_openers;
  config.noun_subjects = o.noun_subjects;
  config.relative_clauses = o.relative_clauses;
  if (o.epochs > 0) config.epochs = o.epochs;
  if (o.min_weight >= 0) config.min_weight = o.min_weight;
  if (o.explore >= 0) config.explore = o.explore;
  if (o.explore_from > 0) config.explore_from_epoch = o.explore_from;
  config.runs = o.runs;
  config.threads = o.threads;
  auto parser = nlp::parser::train(train, dev, config, std::cerr);
  parser.save(o.out);
}

void run_train(const TrainOptions& o) {
  auto start = std::chrono::steady_clock::now();
  auto train = read_treebank(o.train);
  std::vector<conllu::Sentence> dev;
  if (!o.dev.empty()) dev = read_treebank(o.dev);
  try {
    if (o.model == "tagger") {
      nlp::TaggerConfig config;
      config.seed = o.seed;
      if (o.epochs > 0) config.epochs = o.epochs;
      config.runs = o.runs;
      config.title_case = o.title_case;
      if (o.title_case > 0) {
        auto copies = nlp::title_case_copies(train, o.title_case, o.seed);
        std::cerr << fmt::format("train tagger: {} copies in headline case added to {} sentences\n", copies.size(),
                                 train.size());
        train.insert(train.end(), std::make_move_iterator(copies.begin()), std::make_move_iterator(copies.end()));
      }
      config.noun_subjects = o.noun_subjects;
      add_noun_subject_copies(o, "tagger", train);
      nlp::Tagger::train(train, dev, config, std::cerr).save(o.out);
    } else if (o.model == "lemmatizer") {
      nlp::LemmatizerConfig config;
      config.seed = o.seed;
      if (o.epochs > 0) config.epochs = o.epochs;
      nlp::Lemmatizer::train(train, dev, config, std::cerr).save(o.out);
    } else {
      train_parser(o, std::move(train), std::move(dev));
    }
  } catch (const nlp::ModelError& e) {
    std::cerr << "entente train: " << e.what() << '\n';
    exit_with(2);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << fmt::format("train {}: wrote {} ({} bytes) in {:.1f}s\n", o.model, o.out,
                           std::filesystem::file_size(o.out), seconds);
}

void add_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainOptions>();
  auto* cmd = app.add_subcommand("train", "train a tagger, lemmatizer or parser from CoNLL-U treebanks");
  cmd->add_option("model", options->model, "tagger, lemmatizer or parser")
      ->required()
      ->check(CLI::IsMember({"tagger", "lemmatizer", "parser"}));
  cmd->add_option("--train", options->train, "training treebank (CoNLL-U)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--dev", options->dev, "development treebank (CoNLL-U), scored while training")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", options->out, "model file to write")->required();
  cmd->add_option("--seed", options->seed, "random seed (same seed, same model)")->capture_default_str();
  cmd->add_option("--epochs", options->epochs, "training epochs (default: the model's own)");
  cmd->add_option("--runs", options->runs, "tagger, parser: average the models of this many runs (seeds seed, seed+1, ...)")
      ->capture_default_str()
      ->check(CLI::Range(1, 16));
  cmd->add_option("--jackknife", options->jackknife,
                  "parser: tag --train with this many jackknifed taggers (0 = keep gold tags)")
      ->capture_default_str();
  cmd->add_option("--tagger-epochs", options->tagger_epochs, "parser: epochs of each jackknifed tagger (default: the tagger's own)");
  cmd->add_option("--models", options->models, "parser: folder with the tagger and lemmatizer that tag --dev");
  cmd->add_option("--threads", options->threads, "parser: jackknife folds (and --runs) trained at once")->capture_default_str();
  cmd->add_option("--save-tagged", options->save_tagged,
                  "parser: also write the jackknifed --train here (CoNLL-U), to train again with --jackknife 0");
  cmd->add_flag("--keep-dev-tags", options->keep_dev_tags,
               "parser: score --dev with the tags it carries (e.g. a jackknifed held-out slice of train)");
  cmd->add_option("--min-weight", options->min_weight, "parser: drop averaged weights below this magnitude");
  cmd->add_option("--explore", options->explore,
                  "parser: when the model errs in training, follow its mistake this often (default 0.9)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--explore-from", options->explore_from, "parser: first epoch that explores mistakes (default 2)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--date-openers", options->date_openers,
                  "parser: also train on copies of this share of the sentences that start with their subject, "
                  "with a date in front (\"On April 14, 2025, ...\", \"Last year, ...\"), as news writes them")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--relative-clauses", options->relative_clauses,
                  "parser: also train on copies of this share of the sentences whose subject is a noun phrase, "
                  "with a relative clause after it (\"The minister, who arrived on Monday, signed ...\"), as news "
                  "writes them")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--noun-subjects", options->noun_subjects,
                  "tagger, parser: also train on copies of this share of the sentences whose subject is a pronoun "
                  "before a past-tense root (\"They rejected ...\"), with a noun phrase instead (\"The ministry "
                  "rejected ...\"), as news writes them")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--title-case", options->title_case,
                  "tagger: also train on copies of this share of the sentences in headline case "
                  "(\"Vietnam and Laos Sign 12 Cooperation Documents\"), as news titles are written")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([options] { run_train(*options); });
}

// ---------------------------------------------------------------- parse

struct ParseOptions {
  BatchOptions batch;
  std::string input = "auto", format = "conllu", models;
  int threads = 1;
};

nlohmann::json document_json(const Document& doc) {
  nlohmann::json sentences = nlohmann::json::array();
  for (const Sentence& s : doc.sentences) {
    nlohmann::json tokens = nlohmann::json::array();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      nlohmann::json token = {{"id", t - s.token_begin + 1},
                              {"form", doc.token_text(t)},
                              {"start", doc.tokens[t].begin},
                              {"end", doc.tokens[t].end},
                              {"lemma", doc.lemma[t]},
                              {"upos", doc.upos[t]},
                              {"xpos", doc.xpos[t]},
                              {"feats", doc.feats[t]}};
      if (t < doc.head.size()) token["head"] = doc.head[t], token["deprel"] = doc.deprel[t];
      tokens.push_back(std::move(token));
    }
    sentences.push_back({{"text", doc.span_text(s.span)}, {"tokens", std::move(tokens)}});
  }
  nlohmann::json out = {{"id", doc.id}};
  if (!doc.date.empty()) out["date"] = doc.date;
  out["sentences"] = std::move(sentences);
  return out;
}

void write_output(const Document& doc, const std::string& format, std::ostream& out) {
  if (format == "jsonl") {
    out << document_json(doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    conllu::write_document(out, doc);
  }
}

// CoNLL-U in, CoNLL-U out: the given sentences and words are kept and the
// analysis columns refilled. Sentences are annotated in parallel batches and
// written in input order.
int parse_conllu(const ParseOptions& o, const nlp::Annotator& annotator) {
  std::vector<std::string> inputs = o.batch.inputs;
  if (inputs.empty()) inputs.push_back("-");
  constexpr size_t kBatch = 512;
  for (const auto& path : inputs) {
    std::ifstream file;
    if (path != "-") {
      file.open(path);
      if (!file) {
        std::cerr << fmt::format("entente parse: {}: cannot open\n", path);
        return 2;
      }
    }
    std::istream& in = path == "-" ? std::cin : file;
    conllu::Reader reader(in, path == "-" ? "<stdin>" : path);
    std::vector<conllu::Sentence> batch;
    bool more = true;
    while (more) {
      batch.clear();
      try {
        conllu::Sentence s;
        while (batch.size() < kBatch && (more = reader.next(s))) batch.push_back(std::move(s));
      } catch (const std::exception& e) {
        std::cerr << "entente parse: " << e.what() << '\n';
        return 2;
      }
      parallel_for(batch.size(), o.threads, [&](size_t i) { annotator.annotate(batch[i]); });
      for (const auto& s : batch) conllu::write(std::cout, s);
    }
  }
  std::cout.flush();
  return std::cout ? 0 : 2;
}

// Raw documents: front end, then annotation. With several threads documents
// are processed in batches and written in input order.
int parse_documents(const ParseOptions& o, const nlp::Annotator& annotator) {
  auto process = [&](Document& doc) {
    text::segment(doc);
    annotator.annotate(doc);
  };
  if (o.threads <= 1) {
    return run_batch(o.batch, [&](Document& doc) -> std::string {
      process(doc);
      write_output(doc, o.format, std::cout);
      return {};
    });
  }
  std::vector<Document> pending;
  const size_t batch_size = 16 * static_cast<size_t>(o.threads);
  auto flush = [&] {
    parallel_for(pending.size(), o.threads, [&](size_t i) { process(pending[i]); });
    for (const auto& doc : pending) write_output(doc, o.format, std::cout);
    pending.clear();
  };
  int status = run_batch(o.batch, [&](Document& doc) -> std::string {
    pending.push_back(std::move(doc));
    if (pending.size() >= batch_size) flush();
    return {};
  });
  flush();
  return status;
}

void run_parse(const ParseOptions& o) {
  std::unique_ptr<nlp::Annotator> annotator;
  try {
    annotator = nlp::Annotator::load(nlp::find_models_dir(o.models));
  } catch (const nlp::ModelError& e) {
    std::cerr << "entente parse: " << e.what() << '\n';
    exit_with(2);
  }
  int status = o.input == "conllu" ? parse_conllu(o, *annotator) : parse_documents(o, *annotator);
  if (status != 0) exit_with(status);
}

void add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  auto* cmd = app.add_subcommand("parse", "tag, lemmatize and parse documents or CoNLL-U sentences");
  add_input_options(cmd, options->batch);
  cmd->add_option("--input", options->input,
                  "conllu: keep the sentences and words of CoNLL-U input; auto: raw documents through the front end")
      ->check(CLI::IsMember({"auto", "conllu"}))
      ->capture_default_str();
  cmd->add_option("--format", options->format, "output format")
      ->check(CLI::IsMember({"conllu", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--models", options->models, "folder with tagger.bin, lemmatizer.bin, parser.bin");
  cmd->add_option("--threads", options->threads, "documents parsed in parallel (output stays in input order)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->callback([options] { run_parse(*options); });
}

}  // namespace

void add_nlp_commands(CLI::App& app) {
  add_train_command(app);
  add_parse_command(app);
}

}  // namespace entente::cli
