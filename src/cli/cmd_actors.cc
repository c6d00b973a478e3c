#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "actors/check.h"
#include "actors/petrarch_import.h"
#include "actors/recognizer.h"
#include "actors/unknown_names.h"
#include "cli/batch.h"
#include "cli/commands.h"
#include "nlp/annotator.h"
#include "text/front_end.h"

namespace entente::cli {

namespace {

struct DictionaryOptions {
  std::string data_dir;              // --data; empty = actors::default_data_dir()
  std::vector<std::string> extra;    // --actors FILE...
  std::filesystem::path dir() const { return data_dir.empty() ? actors::default_data_dir() : std::filesystem::path(data_dir); }
  std::vector<std::filesystem::path> extra_files() const { return {extra.begin(), extra.end()}; }
};

void add_dictionary_options(CLI::App* cmd, DictionaryOptions& options) {
  cmd->add_option("--data", options.data_dir, "actor dictionary folder (default: data/actors of the source tree, or $ENTENTE_DATA/actors)");
  cmd->add_option("--actors", options.extra, "another dictionary file in Entente's format (repeatable)");
}

struct ActorsOptions {
  BatchOptions batch;
  DictionaryOptions dictionary;
  bool unknown = false;
  bool no_nlp = false;
  std::string models;
};

// The NLP layers help (proper-noun tags, subjects) but are optional: without
// models recognition falls back on capitalisation and the dictionaries.
std::unique_ptr<nlp::Annotator> load_annotator(const ActorsOptions& options) {
  if (options.no_nlp) return nullptr;
  try {
    return nlp::Annotator::load(nlp::find_models_dir(options.models), /*require_parser=*/false);
  } catch (const std::exception& e) {
    if (!options.batch.quiet) std::cerr << "entente actors: no NLP layers (" << e.what() << "); using capitalisation and dictionaries\n";
    return nullptr;
  }
}

void write_mention(const Document& doc, const ActorMention& m) {
  nlohmann::ordered_json line = {{"doc_id", doc.id},       {"sentence", m.sentence}, {"start", m.span.begin},
                         {"end", m.span.end},      {"text", std::string(doc.span_text(m.span))},
                         {"code", m.code},         {"country", m.country},   {"role", m.role},
                         {"rule", m.rule}};
  if (m.antecedent >= 0) line["antecedent"] = m.antecedent;
  std::cout << line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

struct UnknownCount {
  size_t count = 0;
  size_t first_seen = 0;
  std::string sample;  // the first sentence it was seen in
};

void run_actors(const ActorsOptions& options) {
  std::unique_ptr<actors::Dictionary> dictionary;
  try {
    dictionary = actors::Dictionary::load(options.dictionary.dir(), options.dictionary.extra_files());
  } catch (const std::exception& e) {
    std::cerr << "entente actors: " << e.what() << '\n';
    exit_with(2);
  }
  actors::Recognizer recognizer(*dictionary);
  std::unique_ptr<nlp::Annotator> annotator = load_annotator(options);
  std::map<std::string, UnknownCount> unknown;
  std::ios::sync_with_stdio(false);
  int status = run_batch(options.batch, [&](Document& doc) {
    text::segment(doc);
    if (annotator) annotator->annotate(doc);
    recognizer.recognize(doc);
    if (!options.unknown) {
      for (const ActorMention& m : doc.mentions) write_mention(doc, m);
      return std::string();
    }
    for (const actors::UnknownName& name : actors::unknown_names(*dictionary, doc)) {
      auto [it, added] = unknown.try_emplace(name.text);
      if (added) {
        it->second.first_seen = unknown.size();
        it->second.sample = std::string(doc.span_text(doc.sentences[name.sentence].span));
      }
      ++it->second.count;
    }
    return std::string();
  });
  if (options.unknown) {
    std::vector<std::pair<std::string, UnknownCount>> ranked(unknown.begin(), unknown.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second.count != b.second.count ? a.second.count > b.second.count : a.second.first_seen < b.second.first_seen;
    });
    std::cout << "count\tname\tsample sentence\n";
    for (const auto& [name, seen] : ranked) {
      std::string sample = seen.sample;
      std::replace(sample.begin(), sample.end(), '\n', ' ');
      std::replace(sample.begin(), sample.end(), '\t', ' ');
      std::cout << seen.count << '\t' << name << '\t' << sample << '\n';
    }
  }
  std::cout.flush();
  if (status != 0) exit_with(status);
}

void run_check(const DictionaryOptions& options) {
  std::vector<actors::Problem> problems;
  actors::Sources sources = actors::read_sources(options.dir(), options.extra_files(), problems);
  for (actors::Problem& problem : actors::check_sources(sources)) problems.push_back(std::move(problem));
  for (const actors::Problem& problem : problems) std::cout << problem.text() << '\n';
  actors::Dictionary dictionary(std::move(sources));
  actors::Dictionary::Sizes sizes = dictionary.sizes();
  std::cerr << fmt::format(
      "dict check: {} countries, {} capitals, {} people, {} organisations, {} agents, {} names; fingerprint {}; {} problem{}\n",
      sizes.countries, sizes.capitals, sizes.people, sizes.organisations, sizes.agents, sizes.names,
      dictionary.fingerprint(), problems.size(), problems.size() == 1 ? "" : "s");
  if (!problems.empty()) exit_with(1);
}

void run_import(const std::string& petrarch_dir, const std::string& out_dir) {
  actors::ImportReport report;
  try {
    report = actors::import_petrarch_dir(petrarch_dir, out_dir);
  } catch (const std::exception& e) {
    std::cerr << "entente dict import: " << e.what() << '\n';
    exit_with(2);
  }
  size_t converted = 0, refused = 0;
  for (const auto& [kind, count] : report.converted) {
    std::cout << fmt::format("converted\t{}\t{}\n", kind, count);
    converted += count;
  }
  for (const auto& [reason, count] : report.not_converted) {
    std::cout << fmt::format("not converted\t{}\t{}\n", reason, count);
    refused += count;
  }
  for (const actors::Problem& example : report.examples) std::cout << "example\t" << example.text() << '\n';
  std::cout << fmt::format("stems kept as whole words\t{}\n", report.stems);
  std::cerr << fmt::format("dict import: {} entries ({} names) converted into {}, {} not converted\n", converted,
                           report.names, out_dir, refused);
}

}  // namespace

void add_actor_commands(CLI::App& app) {
  auto actors_options = std::make_shared<ActorsOptions>();
  CLI::App* actors_cmd = app.add_subcommand("actors", "recognise actors; JSON Lines, one mention a line");
  add_input_options(actors_cmd, actors_options->batch);
  add_dictionary_options(actors_cmd, actors_options->dictionary);
  actors_cmd->add_flag("--unknown", actors_options->unknown,
                       "list proper names in actor positions that no dictionary knows, most frequent first");
  actors_cmd->add_option("--models", actors_options->models, "NLP models folder (default: models/ or $ENTENTE_MODELS)");
  actors_cmd->add_flag("--no-nlp", actors_options->no_nlp, "skip tagging and parsing: capitalisation and dictionaries only");
  actors_cmd->callback([actors_options] { run_actors(*actors_options); });

  CLI::App* dict = app.add_subcommand("dict", "actor dictionary tools");
  dict->require_subcommand(1);
  auto check_options = std::make_shared<DictionaryOptions>();
  CLI::App* check = dict->add_subcommand("check", "validate every dictionary; file:line and reason per problem, exit 1 if any");
  add_dictionary_options(check, *check_options);
  check->callback([check_options] { run_check(*check_options); });

  auto petrarch_dir = std::make_shared<std::string>();
  auto out_dir = std::make_shared<std::string>("petrarch-actors");
  CLI::App* import = dict->add_subcommand("import", "convert PETRARCH2/TABARI actor and agent dictionaries");
  import->add_option("--petrarch", *petrarch_dir, "folder with *.actors.txt and *agents*.txt")->required();
  import->add_option("--out", *out_dir, "folder for the converted files")->capture_default_str();
  import->callback([petrarch_dir, out_dir] { run_import(*petrarch_dir, *out_dir); });
}

}  // namespace entente::cli
