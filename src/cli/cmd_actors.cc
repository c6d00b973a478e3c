#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "actors/check.h"
#include "actors/coverage.h"
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

// The dictionaries, or exit 2 naming the file:line that stops them loading.
std::unique_ptr<actors::Dictionary> load_dictionary(const DictionaryOptions& options, const char* command) {
  try {
    return actors::Dictionary::load(options.dir(), options.extra_files());
  } catch (const std::exception& e) {
    std::cerr << "entente " << command << ": " << e.what() << '\n';
    exit_with(2);
  }
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
// --unknown needs the parse (it lists names in subject, object and possessor
// positions), so there a missing parser is an error unless --no-nlp says to
// list every capitalised name instead.
std::unique_ptr<nlp::Annotator> load_annotator(const ActorsOptions& options) {
  if (options.no_nlp) return nullptr;
  try {
    return nlp::Annotator::load(nlp::find_models_dir(options.models), /*require_parser=*/options.unknown);
  } catch (const std::exception& e) {
    if (options.unknown) {
      std::cerr << "entente actors --unknown: needs the parser (" << e.what()
                << "); --no-nlp lists every capitalised name instead\n";
      exit_with(2);
    }
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

void run_actors(const ActorsOptions& options) {
  std::unique_ptr<actors::Dictionary> dictionary = load_dictionary(options.dictionary, "actors");
  actors::Recognizer recognizer(*dictionary);
  std::unique_ptr<nlp::Annotator> annotator = load_annotator(options);
  actors::UnknownNameTally unknown;
  std::ios::sync_with_stdio(false);
  int status = run_batch(options.batch, [&](Document& doc) {
    text::segment(doc);
    if (annotator) annotator->annotate(doc);
    recognizer.recognize(doc);
    if (!options.unknown) {
      for (const ActorMention& m : doc.mentions) write_mention(doc, m);
      return std::string();
    }
    unknown.add(*dictionary, doc);
    return std::string();
  });
  if (options.unknown) {
    std::cout << "count\tname\tsample sentence\n";
    for (const actors::UnknownNameTally::Row& row : unknown.ranked())
      std::cout << row.count << '\t' << row.name << '\t' << row.sample << '\n';
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

struct CoverageOptions {
  DictionaryOptions dictionary;
  std::string date;     // YYYY-MM-DD; empty = today (UTC)
  std::string members;  // empty = un_members.tsv of the dictionary folder
  size_t minimum = 2;
};

std::string today_iso() {
  std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

// One line per member: code, name, how many people hold a GOV role on the
// date, and who; exit 1 when a member has fewer than `minimum`.
void run_coverage(const CoverageOptions& options) {
  std::unique_ptr<actors::Dictionary> dictionary = load_dictionary(options.dictionary, "dict coverage");
  std::string date = options.date.empty() ? today_iso() : options.date;
  auto period = actors::parse_period(date);
  if (!period || date.size() != 10) {
    std::cerr << "entente dict coverage: --date '" << date << "' is not YYYY-MM-DD\n";
    exit_with(2);
  }
  std::filesystem::path members_file =
      options.members.empty() ? options.dictionary.dir() / "un_members.tsv" : std::filesystem::path(options.members);
  std::vector<actors::Problem> problems;
  std::vector<actors::Member> members = actors::read_members(members_file, *dictionary, problems);
  for (const actors::Problem& problem : problems) std::cerr << "entente dict coverage: " << problem.text() << '\n';
  if (!problems.empty()) exit_with(2);
  size_t short_of = 0;
  std::cout << "code\tcountry\tgov_people\tpeople\n";
  for (const actors::Coverage& row : actors::gov_coverage(*dictionary, members, period->from)) {
    std::string people;
    for (const std::string& name : row.people) people += (people.empty() ? "" : "; ") + name;
    std::cout << fmt::format("{}\t{}\t{}\t{}\n", row.member.code, row.member.name, row.people.size(), people);
    if (row.people.size() < options.minimum) ++short_of;
  }
  std::cout.flush();
  std::cerr << fmt::format("dict coverage on {}: {} members, {} with fewer than {} people in a GOV role\n", date,
                           members.size(), short_of, options.minimum);
  if (short_of > 0) exit_with(1);
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

  auto coverage_options = std::make_shared<CoverageOptions>();
  CLI::App* coverage = dict->add_subcommand(
      "coverage", "people in a GOV role on a date for every UN member; exit 1 if some member has fewer than --min");
  add_dictionary_options(coverage, coverage_options->dictionary);
  coverage->add_option("--date", coverage_options->date, "YYYY-MM-DD (default: today)");
  coverage->add_option("--members", coverage_options->members, "member list, CODE<TAB>name (default: un_members.tsv of --data)");
  coverage->add_option("--min", coverage_options->minimum, "people each member should have")->capture_default_str();
  coverage->callback([coverage_options] { run_coverage(*coverage_options); });

  auto petrarch_dir = std::make_shared<std::string>();
  auto out_dir = std::make_shared<std::string>("petrarch-actors");
  CLI::App* import = dict->add_subcommand("import", "convert PETRARCH2/TABARI actor and agent dictionaries");
  import->add_option("--petrarch", *petrarch_dir, "folder with *.actors.txt and *agents*.txt")->required();
  import->add_option("--out", *out_dir, "folder for the converted files")->capture_default_str();
  import->callback([petrarch_dir, out_dir] { run_import(*petrarch_dir, *out_dir); });
}

}  // namespace entente::cli
