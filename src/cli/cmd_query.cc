// entente recode | events | dyad | partners | export | bench-store: the
// commands that answer from (or rebuild) a store.
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "coding/cameo_table.h"
#include "input/reader.h"
#include "pipeline/engine.h"
#include "server/query_params.h"
#include "store/export.h"
#include "store/store.h"
#include "store/synthetic.h"

namespace entente::cli {

namespace {

// Runs `fn`, turning a bad argument or a store failure into a message and status 2.
template <typename Fn>
void answer_or_exit(Fn fn) {
  try {
    fn();
  } catch (const server::ParamError& e) {
    std::cerr << "error: --" << e.parameter << ": " << e.what() << "\n";
    exit_with(2);
  } catch (const store::QueryError& e) {
    std::cerr << "error: --" << e.what() << "\n";
    exit_with(2);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    exit_with(2);
  }
}

std::string shorten(const std::string& text, size_t max) {
  if (text.size() <= max) return text;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return text.substr(0, cut) + "…";
}

std::string mean(std::optional<double> value) { return value ? fmt::format("{:.2f}", *value) : "-"; }

// --- events

struct EventsOptions {
  std::string db, actor, dyad, from, to, root, quad, format = "table";
  size_t limit = 0;
};

store::EventQuery to_query(const EventsOptions& o) {
  store::EventQuery q;
  if (!o.actor.empty()) q.actor = server::parse_actor_code("actor", o.actor);
  if (!o.dyad.empty()) std::tie(q.dyad_a, q.dyad_b) = server::parse_dyad(o.dyad);
  if (!o.from.empty()) q.from = server::parse_date("from", o.from);
  if (!o.to.empty()) q.to = server::parse_date("to", o.to);
  if (!o.from.empty() && !o.to.empty()) server::check_date_order(q.from, q.to);
  if (!o.root.empty()) q.root = server::parse_cameo_root(o.root);
  if (!o.quad.empty()) q.quad = server::parse_quad(o.quad);
  return q;
}

void print_events(const EventsOptions& o) {
  auto db = open_store_or_exit(o.db, true);
  answer_or_exit([&] {
    store::EventQuery query = to_query(o);
    std::optional<store::EventWriter> writer;
    if (o.format != "table") writer.emplace(std::cout, store::parse_export_format(o.format));
    else
      std::cout << fmt::format("{:<10}  {:<9} {:<9} {:<5} {:>1} {:>6}  {:<24} {}\n", "date", "source", "target",
                               "cameo", "q", "gold", "document", "evidence");
    size_t printed = 0;
    Document no_metadata;
    do {  // page through with the cursor; --limit 0 means every match
      query.limit = o.limit ? std::min<size_t>(1000, o.limit - printed) : 1000;
      store::EventPage page = db->query_events(query);
      for (const Event& e : page.events) {
        if (writer) writer->write(e, no_metadata);
        else
          std::cout << fmt::format("{:<10}  {:<9} {:<9} {:<5} {:>1} {:>6.1f}  {:<24} {}\n", e.date, e.source.code,
                                   e.target.code, e.cameo, e.quad_class, e.goldstein, shorten(e.doc_id, 24),
                                   shorten(e.mentions.empty() ? "" : e.mentions[0].text, 70));
      }
      printed += page.events.size();
      query.cursor = page.next_cursor;
    } while (!query.cursor.empty() && (o.limit == 0 || printed < o.limit));
    std::cout.flush();
  });
}

void add_events_command(CLI::App& app) {
  auto o = std::make_shared<EventsOptions>();
  CLI::App* cmd = app.add_subcommand("events", "list stored events matching filters, in date order");
  cmd->add_option("--db", o->db, "store file")->required();
  cmd->add_option("--actor", o->actor, "events with this actor on either side (CHN, CHNGOV)");
  cmd->add_option("--dyad", o->dyad, "events between two actors, either direction (CHN,VNM)");
  cmd->add_option("--from", o->from, "from this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive");
  cmd->add_option("--to", o->to, "up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive");
  cmd->add_option("--root", o->root, "CAMEO root code 01..20");
  cmd->add_option("--quad", o->quad, "quad class 1..4");
  cmd->add_option("--limit", o->limit, "at most this many events (0 = all)")->capture_default_str();
  cmd->add_option("--format", o->format, "table, jsonl, csv or tsv")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "tsv"}))
      ->capture_default_str();
  cmd->callback([o] { print_events(*o); });
}

// --- dyad and partners

struct DyadOptions {
  std::string db, a, b, by = "year", format = "table";
};

void print_dyad(const DyadOptions& o) {
  auto db = open_store_or_exit(o.db, true);
  answer_or_exit([&] {
    std::string a = server::parse_actor_code("a", o.a), b = server::parse_actor_code("b", o.b);
    auto periods = db->dyad(a, b, store::parse_period(o.by));
    if (o.format == "csv") {
      std::cout << "period,direction,count,quad1,quad2,quad3,quad4,mean_goldstein\n";
      for (const auto& p : periods)
        for (auto [name, t] : {std::pair{"a_to_b", &p.a_to_b}, {"b_to_a", &p.b_to_a}, {"both", &p.both}})
          std::cout << fmt::format("{},{},{},{},{},{},{},{}\n", p.period, name, t->count, t->quad[1], t->quad[2],
                                   t->quad[3], t->quad[4], t->mean_goldstein() ? mean(t->mean_goldstein()) : "");
      return;
    }
    std::cout << fmt::format("{:<10} {:>7} {:>7} {:>7}   {:>5} {:>5} {:>5} {:>5}   {:>7} {:>7} {:>7}\n", "period",
                             a + "->" + b, b + "->" + a, "both", "q1", "q2", "q3", "q4", "gold ab", "gold ba",
                             "gold");
    for (const auto& p : periods)
      std::cout << fmt::format("{:<10} {:>7} {:>7} {:>7}   {:>5} {:>5} {:>5} {:>5}   {:>7} {:>7} {:>7}\n", p.period,
                               p.a_to_b.count, p.b_to_a.count, p.both.count, p.both.quad[1], p.both.quad[2],
                               p.both.quad[3], p.both.quad[4], mean(p.a_to_b.mean_goldstein()),
                               mean(p.b_to_a.mean_goldstein()), mean(p.both.mean_goldstein()));
  });
}

struct PartnersOptions {
  std::string db, actor, format = "table";
  size_t limit = 20;
};

void print_partners(const PartnersOptions& o) {
  auto db = open_store_or_exit(o.db, true);
  answer_or_exit([&] {
    auto partners = db->partners(server::parse_actor_code("actor", o.actor), o.limit);
    if (o.format == "csv") std::cout << "partner,count,as_source,as_target,mean_goldstein\n";
    else std::cout << fmt::format("{:<9} {:>8} {:>10} {:>10} {:>8}\n", "partner", "events", "as source", "as target", "gold");
    for (const auto& p : partners)
      std::cout << fmt::format(fmt::runtime(o.format == "csv" ? "{},{},{},{},{}\n" : "{:<9} {:>8} {:>10} {:>10} {:>8}\n"), p.actor,
                               p.count, p.as_source, p.as_target, mean(p.mean_goldstein()));
  });
}

void add_dyad_commands(CLI::App& app) {
  auto d = std::make_shared<DyadOptions>();
  CLI::App* dyad = app.add_subcommand("dyad", "events between A and B per period: counts by quad class, mean Goldstein");
  dyad->add_option("A", d->a, "first actor (CHN)")->required();
  dyad->add_option("B", d->b, "second actor (VNM)")->required();
  dyad->add_option("--db", d->db, "store file")->required();
  dyad->add_option("--by", d->by, "year, month or day")->check(CLI::IsMember({"year", "month", "day"}))->capture_default_str();
  dyad->add_option("--format", d->format, "table or csv")->check(CLI::IsMember({"table", "csv"}))->capture_default_str();
  dyad->callback([d] { print_dyad(*d); });

  auto p = std::make_shared<PartnersOptions>();
  CLI::App* partners = app.add_subcommand("partners", "an actor's top partners by number of events, either direction");
  partners->add_option("A", p->actor, "actor (CUB)")->required();
  partners->add_option("--db", p->db, "store file")->required();
  partners->add_option("--limit", p->limit, "how many partners")->check(CLI::Range(1, 10000))->capture_default_str();
  partners->add_option("--format", p->format, "table or csv")->check(CLI::IsMember({"table", "csv"}))->capture_default_str();
  partners->callback([p] { print_partners(*p); });
}

// --- export

struct ExportOptions {
  std::string db, format = "jsonl", output;
};

void export_events(const ExportOptions& o) {
  auto db = open_store_or_exit(o.db, true);
  answer_or_exit([&] {
    store::ExportNames names;
    std::optional<coding::CameoTable> cameo;
    auto data = coding::default_data_root();
    if (o.format == "icews") {  // ICEWS writes names where GDELT writes codes
      cameo = coding::CameoTable::load(data / "cameo" / "cameo_codes.tsv");
      names.cameo = &*cameo;
      names.countries = store::load_country_names((data / "actors" / "countries.txt").string());
    }
    std::ofstream file;
    if (!o.output.empty()) {
      file.open(o.output, std::ios::binary);
      if (!file) throw std::runtime_error(o.output + ": cannot write");
    }
    std::ostream& out = o.output.empty() ? std::cout : file;
    store::EventWriter writer(out, store::parse_export_format(o.format), std::move(names));
    size_t count = 0;
    db->for_each_event([&](const Event& e, const Document& doc) {
      writer.write(e, doc);
      ++count;
    });
    out.flush();
    if (!out) throw std::runtime_error((o.output.empty() ? "stdout" : o.output) + ": write failed");
    std::cerr << fmt::format("exported {} events as {}\n", count, o.format);
  });
}

void add_export_command(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "every stored event as JSON Lines, CSV/TSV, GDELT 2.0 or ICEWS columns (docs/export.md)");
  cmd->add_option("--db", o->db, "store file")->required();
  cmd->add_option("--format", o->format, "jsonl, csv, tsv, gdelt or icews")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv", "gdelt", "icews"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output, "write here instead of stdout");
  cmd->callback([o] { export_events(*o); });
}

// --- recode and bench-store: the engine over stored or sample text

struct EngineFlags {
  std::string models, verbs;
  std::vector<std::string> actors;
};

void add_engine_flags(CLI::App* cmd, EngineFlags& flags) {
  cmd->add_option("--models", flags.models, "folder of the NLP models (default: models/)");
  cmd->add_option("--actors", flags.actors, "extra actor dictionary (repeatable)");
  cmd->add_option("--verbs", flags.verbs, "also import a PETRARCH CAMEO verb dictionary");
}

std::unique_ptr<pipeline::Engine> load_engine_or_exit(const EngineFlags& flags) {
  try {
    return pipeline::Engine::load({flags.models, flags.actors, flags.verbs});
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    exit_with(2);
  }
}

struct RecodeOptions {
  std::string db;
  EngineFlags engine;
  size_t batch = 100;
};

void recode(const RecodeOptions& o) {
  auto engine = load_engine_or_exit(o.engine);
  auto db = open_store_or_exit(o.db, false);
  size_t documents = 0, failed = 0;
  int64_t before = 0, after = 0;
  answer_or_exit([&] {
    before = db->stats().events;
    std::vector<std::string> ids = db->document_ids();
    for (size_t start = 0; start < ids.size(); start += o.batch) {
      auto transaction = db->begin();
      for (size_t i = start; i < std::min(ids.size(), start + o.batch); ++i) {
        std::optional<Document> doc = db->document(ids[i]);
        if (!doc) continue;
        try {
          doc->clear_layers();
          engine->process(*doc);
          db->save_coded(*doc);  // replaces this document's events, or nothing on failure
          ++documents;
        } catch (const std::exception& e) {
          ++failed;
          std::cerr << fmt::format("rejected {}: {}\n", ids[i], e.what());
        }
      }
      transaction.commit();
    }
    db->set_meta("fingerprint", engine->fingerprint());
    db->set_meta("entente_version", ENTENTE_VERSION);
    after = db->stats().events;
  });
  std::cerr << fmt::format("recoded {} documents ({} failed): events {} -> {}\n", documents, failed, before, after);
  if (failed) exit_with(1);
}

struct BenchStoreOptions {
  std::string db;
  size_t events = 1000000;
  uint64_t seed = 1;
  std::vector<std::string> templates;
  EngineFlags engine;
};

// Coded templates: the given inputs through the engine, else the built-in sample.
std::vector<Document> coded_templates(const BenchStoreOptions& o) {
  if (o.templates.empty()) return store::builtin_templates();
  auto engine = load_engine_or_exit(o.engine);
  std::vector<Document> docs;
  input::read_documents(
      o.templates, {},
      [&](Document&& doc) {
        engine->process(doc);
        docs.push_back(std::move(doc));
      },
      [](const input::Rejection& r) { std::cerr << fmt::format("rejected {}: {}\n", r.where, r.reason); });
  return docs;
}

void bench_store(const BenchStoreOptions& o) {
  answer_or_exit([&] {
    std::vector<Document> templates = coded_templates(o);
    auto db = open_store_or_exit(o.db, false);
    auto start = std::chrono::steady_clock::now();
    size_t total = store::fill_synthetic(*db, templates, o.events, o.seed);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << fmt::format("{} events in {} ({} templates), {:.1f} s\n", total, o.db, templates.size(), seconds);
  });
}

void add_recode_commands(CLI::App& app) {
  auto r = std::make_shared<RecodeOptions>();
  CLI::App* cmd = app.add_subcommand("recode", "re-run the coder over stored text (after dictionaries or models change)");
  cmd->add_option("--db", r->db, "store file")->required();
  cmd->add_option("--batch", r->batch, "documents per transaction")->check(CLI::Range(1, 100000))->capture_default_str();
  add_engine_flags(cmd, r->engine);
  cmd->callback([r] { recode(*r); });

  auto b = std::make_shared<BenchStoreOptions>();
  CLI::App* bench = app.add_subcommand(
      "bench-store", "fill a store with copies of a coded corpus at shifted dates (for benchmarks and load tests)");
  bench->add_option("--db", b->db, "store file")->required();
  bench->add_option("--events", b->events, "events wanted in the store")->capture_default_str();
  bench->add_option("--seed", b->seed, "seed of the date shifts")->capture_default_str();
  bench->add_option("INPUT", b->templates, "documents to code as templates (default: a built-in made-up sample)");
  add_engine_flags(bench, b->engine);
  bench->callback([b] { bench_store(*b); });
}

}  // namespace

void add_query_commands(CLI::App& app) {
  add_recode_commands(app);
  add_events_command(app);
  add_dyad_commands(app);
  add_export_command(app);
}

}  // namespace entente::cli
