// entente code | explain | eval-petrarch: the event coder's commands.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "actors/petrarch_import.h"
#include "cli/batch.h"
#include "cli/commands.h"
#include "coding/event_json.h"
#include "coding/petrarch_discards.h"
#include "pipeline/engine.h"
#include "pipeline/engine_impl.h"
#include "pipeline/petrarch_eval.h"
#include "store/store.h"

namespace entente::cli {
namespace {

struct EngineFlags {
  std::string models, verbs;
  std::vector<std::string> actors;
  pipeline::EngineOptions options() const { return {models, actors, verbs}; }
};

void add_engine_flags(CLI::App* cmd, EngineFlags& flags) {
  cmd->add_option("--models", flags.models, "folder of tagger.bin, lemmatizer.bin, parser.bin (default: models/)");
  cmd->add_option("--actors", flags.actors, "extra actor dictionary (repeatable)");
  cmd->add_option("--verbs", flags.verbs,
                  "import a PETRARCH2/TABARI verb dictionary (CAMEO.2.0.txt format): its patterns code the verbs it knows");
}

// Loads the engine or ends the command with status 2 and the reason.
std::unique_ptr<pipeline::EngineImpl> load_or_exit(const pipeline::EngineOptions& options,
                                                   const std::vector<actors::Entry>& extra = {}) {
  try {
    return pipeline::load_engine_impl(options, extra);
  } catch (const std::exception& e) {
    std::cerr << "entente: " << e.what() << "\n";
    exit_with(2);
  }
}

std::string tsv_field(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

constexpr const char* kTsvHeader =
    "event_id\tdoc_id\tdate\tdate_precision\tdate_source\tsource\ttarget\tcameo\tquad_class\tgoldstein\t"
    "plover_event_type\tlocation\tconfidence\trule\ttext\n";

void write_tsv(std::ostream& out, const Event& e) {
  out << e.event_id << '\t' << tsv_field(e.doc_id) << '\t' << e.date << '\t' << e.date_precision << '\t'
      << e.date_source << '\t' << e.source.code << '\t' << e.target.code << '\t' << e.cameo << '\t' << e.quad_class
      << '\t' << e.goldstein << '\t' << e.plover_event_type << '\t' << tsv_field(e.location.name) << '\t'
      << fmt::format("{:.2f}", e.confidence) << '\t' << e.rule << '\t'
      << tsv_field(e.mentions.empty() ? "" : e.mentions[0].text) << '\n';
}

struct CodeOptions {
  BatchOptions batch;
  EngineFlags engine;
  std::string format = "jsonl", db;
};

void add_code_command(CLI::App& app) {
  auto o = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "code events (who did what to whom, when, where) from documents");
  cmd->add_option("--format", o->format, "jsonl (the event contract, one a line) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}))
      ->capture_default_str();
  cmd->add_option("--db", o->db, "also store documents and events in this SQLite store");
  add_engine_flags(cmd, o->engine);
  add_input_options(cmd, o->batch);
  cmd->callback([o] {
    std::ios::sync_with_stdio(false);
    auto engine = load_or_exit(o->engine.options());
    std::unique_ptr<store::Store> db;
    if (!o->db.empty()) {
      try {
        db = store::Store::open(o->db);
        db->set_meta("fingerprint", engine->fingerprint());
        db->set_meta("entente_version", ENTENTE_VERSION);
      } catch (const std::exception& e) {
        std::cerr << "entente code: " << o->db << ": " << e.what() << "\n";
        exit_with(2);
      }
    }
    if (o->format == "tsv") std::cout << kTsvHeader;
    int status = run_batch(o->batch, [&](Document& doc) -> std::string {
      try {
        engine->process(doc);
        if (db) db->save_coded(doc);
      } catch (const std::exception& e) {
        return e.what();
      }
      for (const Event& e : doc.events) {
        if (o->format == "tsv") write_tsv(std::cout, e);
        else std::cout << coding::to_json(e).dump() << '\n';
      }
      return {};
    });
    std::cout.flush();
    if (status != 0) exit_with(status);
  });
}

struct ExplainOptions {
  EngineFlags engine;
  std::vector<std::string> args;  // DOC_ID INPUT...
  std::string text, date;
};

void explain_document(const pipeline::EngineImpl& engine, Document& doc, std::ostream& out) {
  coding::Trace trace;
  engine.process(doc, &trace);
  out << "# document " << doc.id << (doc.date.empty() ? "" : " published " + doc.date) << "\n";
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    out << "\n## sentence " << s + 1 << ": " << doc.span_text(sentence.span) << "\n";
    out << "parse:\n";
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      auto layer = [&](const std::vector<std::string>& v) { return t < v.size() ? v[t] : std::string("_"); };
      out << fmt::format("  {:>3} {:<18} {:<14} {:<6} {:>3} {}\n", t - sentence.token_begin + 1, doc.token_text(t),
                         layer(doc.lemma), layer(doc.upos), t < doc.head.size() ? doc.head[t] : -1, layer(doc.deprel));
    }
    out << "actors:";
    bool any = false;
    for (const ActorMention& m : doc.mentions) {
      if (m.sentence != s) continue;
      out << "\n  " << m.code << " \"" << doc.span_text(m.span) << "\" (" << m.rule << ")";
      any = true;
    }
    out << (any ? "\n" : " none\n");
    out << "coding:";
    any = false;
    for (const coding::TraceLine& line : trace) {
      if (line.sentence != s) continue;
      out << "\n  " << line.text;
      any = true;
    }
    out << (any ? "\n" : " no lexicon predicate in this sentence\n");
  }
  out << "\n# events\n";
  for (const Event& e : doc.events) out << coding::to_json(e).dump() << "\n";
}

void add_explain_command(CLI::App& app) {
  auto o = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain", "show, per sentence, the parse, the actors, the lexicon entry that fired and why others did not");
  cmd->add_option("args", o->args, "DOC_ID INPUT...: the document to explain and where to read it");
  cmd->add_option("--text", o->text, "explain this text instead of a stored document");
  cmd->add_option("--date", o->date, "publication date for --text (YYYY-MM-DD)");
  add_engine_flags(cmd, o->engine);
  cmd->callback([o] {
    if (o->text.empty() == (o->args.size() < 2)) {  // neither or both given
      if (o->text.empty() || !o->args.empty()) {
        std::cerr << "entente explain: give DOC_ID INPUT... or --text \"...\"\n";
        exit_with(2);
      }
    }
    auto engine = load_or_exit(o->engine.options());
    if (!o->text.empty()) {
      Document doc;
      doc.id = "text";
      doc.date = o->date;
      doc.text = o->text;
      explain_document(*engine, doc, std::cout);
      return;
    }
    const std::string wanted = o->args[0];
    std::vector<std::string> inputs(o->args.begin() + 1, o->args.end());
    bool found = false;
    try {
      input::Options input_options;
      input_options.date = o->date;
      input::read_documents(
          inputs, input_options,
          [&](Document&& doc) {
            if (found || doc.id != wanted) return;
            found = true;
            explain_document(*engine, doc, std::cout);
          },
          [](const input::Rejection&) {});
    } catch (const std::exception& e) {
      std::cerr << "entente explain: " << e.what() << "\n";
      exit_with(2);
    }
    if (!found) {
      std::cerr << "entente explain: no document with id '" << wanted << "' in the input\n";
      exit_with(1);
    }
  });
}

struct EvalOptions {
  EngineFlags engine;
  std::string file;
  bool show_misses = false, own_lexicon = false;
};

std::vector<actors::Entry> petrarch_actors(const pipeline::PetrarchFiles& files) {
  std::vector<actors::Entry> entries;
  actors::ImportReport report;
  for (const auto& [path, agents] : {std::pair{files.actor_file, false}, std::pair{files.agent_file, true}}) {
    if (path.empty()) continue;
    std::ifstream in(path);
    if (!in) {
      std::cerr << "entente eval-petrarch: " << path.string() << ": cannot open (named in <Environment>)\n";
      exit_with(2);
    }
    for (actors::Entry& e : actors::import_tabari(in, path.filename().string(), agents, report)) entries.push_back(std::move(e));
  }
  return entries;
}

void print_agreement(const char* title, const pipeline::Agreement& a) {
  auto pct = [](size_t n, size_t d) { return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0; };
  std::cout << fmt::format("{}: {} records, {} expected codings\n", title, a.records, a.expected);
  std::cout << fmt::format("  dyad         {:5.1f}%  ({}/{})\n", pct(a.dyad, a.expected), a.dyad, a.expected);
  std::cout << fmt::format("  dyad + root  {:5.1f}%  ({}/{})\n", pct(a.dyad_root, a.expected), a.dyad_root, a.expected);
  std::cout << fmt::format("  full code    {:5.1f}%  ({}/{})\n", pct(a.full, a.expected), a.full, a.expected);
  std::cout << fmt::format("  precision    {:5.1f}%  ({}/{} emitted events match an expected dyad + root)\n",
                           pct(a.emitted_correct, a.emitted), a.emitted_correct, a.emitted);
  if (a.silent_records)
    std::cout << fmt::format("  no-event records left empty {}/{}\n", a.silent_correct, a.silent_records);
  if (a.discarded) std::cout << fmt::format("  records discarded by the discard list {}\n", a.discarded);
}

void add_eval_petrarch_command(CLI::App& app) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval-petrarch", "agreement with PETRARCH2 validation records (dyad, root code, full code)");
  cmd->add_option("FILE", o->file, "PETR.UnitTest.records.xml")->required();
  cmd->add_flag("--misses", o->show_misses, "list every record not fully reproduced");
  cmd->add_flag("--own-lexicon", o->own_lexicon,
                "code with our verb lexicon, not the PETRARCH verbs and discards the records name (actors still load)");
  add_engine_flags(cmd, o->engine);
  cmd->callback([o] {
    pipeline::PetrarchFiles files;
    try {
      files = pipeline::read_petrarch_records(o->file);
    } catch (const std::exception& e) {
      std::cerr << "entente eval-petrarch: " << e.what() << "\n";
      exit_with(2);
    }
    // The records presuppose the dictionaries their <Environment> names: use them unless told otherwise.
    std::optional<coding::PetrarchDiscards> discards;
    if (!o->own_lexicon) {
      if (o->engine.verbs.empty() && !files.verb_file.empty()) o->engine.verbs = files.verb_file.string();
      try {
        if (!files.discard_file.empty()) discards = coding::PetrarchDiscards::load(files.discard_file);
      } catch (const std::exception& e) {
        std::cerr << "entente eval-petrarch: " << e.what() << " (named in <Environment>)\n";
        exit_with(2);
      }
    }
    std::cerr << "entente eval-petrarch: verbs: "
              << (o->engine.verbs.empty() ? std::string("our lexicon (data/verbs)") : o->engine.verbs + " (PETRARCH)")
              << "; actors: data/actors" << (files.actor_file.empty() ? "" : " + " + files.actor_file.string())
              << (files.agent_file.empty() ? "" : " + " + files.agent_file.string())
              << "; discards: " << (discards ? files.discard_file.string() : std::string("none"))
              << (o->own_lexicon ? "" : "  (--own-lexicon: our verb lexicon only)") << "\n";
    auto engine = load_or_exit(o->engine.options(), petrarch_actors(files));
    pipeline::PetrarchScore score = pipeline::score_petrarch(files.records, *engine, discards ? &*discards : nullptr);
    print_agreement("all records", score.all);
    print_agreement("plain country/government actors", score.plain);
    if (o->show_misses) {
      std::cout << "\nrecords not fully reproduced:\n";
      for (const std::string& line : score.misses) std::cout << "  " << line << "\n";
    }
  });
}

}  // namespace

void add_coding_commands(CLI::App& app) {
  add_code_command(app);
  add_explain_command(app);
  add_eval_petrarch_command(app);
}

}  // namespace entente::cli
