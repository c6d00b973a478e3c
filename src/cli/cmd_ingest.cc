#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "store/store.h"
#include "text/front_end.h"

namespace entente::cli {

namespace {

struct IngestOptions {
  BatchOptions batch;
  std::string db;
  bool replace = false;
  size_t batch_size = 500;
};

void ingest(const IngestOptions& options) {
  auto store = open_store_or_exit(options.db, false);
  store->set_meta("entente_version", ENTENTE_VERSION);
  size_t added = 0, unchanged = 0, replaced = 0, in_batch = 0;
  // Documents are committed in batches: a crash loses at most the open
  // batch, and re-running the ingest skips what was committed.
  std::optional<store::Store::Transaction> transaction;
  int status = run_batch(options.batch, [&](Document& doc) -> std::string {
    text::segment(doc);  // sentence spans are stored with the document
    if (!transaction) transaction.emplace(store->begin());
    store::PutResult result = store->put_document(doc, options.replace);
    if (++in_batch >= options.batch_size) {
      transaction->commit();
      transaction.reset();
      in_batch = 0;
    }
    switch (result) {
      case store::PutResult::kAdded: ++added; break;
      case store::PutResult::kUnchanged: ++unchanged; break;
      case store::PutResult::kReplaced: ++replaced; break;
      case store::PutResult::kConflict:
        return "id already stored with different content (use --replace to overwrite)";
    }
    return "";
  });
  try {
    if (transaction) transaction->commit();
  } catch (const store::StoreError& e) {
    std::cerr << "error: " << e.what() << "\n";
    exit_with(2);
  }
  if (!options.batch.quiet)
    std::cerr << fmt::format("stored: added {} / unchanged {} / replaced {}\n", added, unchanged, replaced);
  if (status != 0) exit_with(status);
}

void print_stats(const std::string& db) {
  auto store = open_store_or_exit(db, true);
  store::Stats s = store->stats();
  auto range = [](const std::string& first, const std::string& last) {
    return first.empty() ? std::string("-") : first + " .. " + last;
  };
  std::cout << fmt::format("store             {}\n", db)
            << fmt::format("documents         {} ({} coded)\n", s.documents, s.coded_documents)
            << fmt::format("sentences         {}\n", s.sentences)
            << fmt::format("actor mentions    {}\n", s.mentions)
            << fmt::format("events            {}\n", s.events)
            << fmt::format("publication dates {}\n", range(s.first_document_date, s.last_document_date))
            << fmt::format("event dates       {}\n", range(s.first_event_date, s.last_event_date))
            << fmt::format("schema version    {}\n", s.schema_version)
            << fmt::format("entente version   {}\n", s.entente_version.empty() ? "-" : s.entente_version)
            << fmt::format("fingerprint       {}\n", s.fingerprint.empty() ? "-" : s.fingerprint)
            << fmt::format("file size         {:.1f} MB\n", s.file_bytes / 1e6);
}

}  // namespace

void add_ingest_commands(CLI::App& app) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* ingest_cmd = app.add_subcommand(
      "ingest", "store documents (split into sentences) in a SQLite store; same id and content is skipped");
  ingest_cmd->add_option("--db", options->db, "store file (created when absent)")->required();
  ingest_cmd->add_flag("--replace", options->replace,
                       "overwrite a stored document whose content differs (default: reject it)");
  ingest_cmd->add_option("--batch", options->batch_size, "documents per transaction")
      ->check(CLI::Range(size_t{1}, size_t{1000000}))
      ->capture_default_str();
  add_input_options(ingest_cmd, options->batch);
  ingest_cmd->callback([options] { ingest(*options); });

  auto db = std::make_shared<std::string>();
  CLI::App* stats_cmd = app.add_subcommand("stats", "what a store holds: documents, sentences, events, dates, versions");
  stats_cmd->add_option("--db", *db, "store file")->required();
  stats_cmd->callback([db] { print_stats(*db); });
}

}  // namespace entente::cli
