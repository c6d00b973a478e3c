#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "coding/petrarch_discards.h"
#include "pipeline/engine_impl.h"

// Agreement with PETRARCH2 validation records (PETR.UnitTest.records.xml):
// Entente codes each record's raw text and is compared with the expected codings.
namespace entente::pipeline {

struct ExpectedEvent {
  std::string source, target, code;
};

struct PetrarchRecord {
  std::string id, date, category, text;  // date as ISO YYYY-MM-DD
  std::vector<ExpectedEvent> expected;
  bool no_events = false;  // the record expects no event at all
  std::string where;       // "file.xml:line"
};

struct PetrarchFiles {
  std::vector<PetrarchRecord> records;
  // The dictionaries the records presuppose, from <Environment>, resolved beside the XML; empty when not named.
  std::filesystem::path actor_file, agent_file, verb_file, discard_file;
};

// Reads the records (records that test error handling are skipped). Throws
// std::runtime_error "file:line: reason" on an unreadable file or a record
// without text.
PetrarchFiles read_petrarch_records(const std::filesystem::path& xml);

// True for a plain country or government code: "DAG", "DAGGOV".
bool is_plain_actor(const std::string& code);

struct Agreement {
  size_t records = 0, expected = 0;       // records scored, expected codings in them
  size_t dyad = 0, dyad_root = 0, full = 0;  // expected codings we reproduced at that level
  size_t emitted = 0, emitted_correct = 0;   // our events; those matching an expected dyad + root
  size_t silent_records = 0, silent_correct = 0;  // records expecting no event; those we left empty
  size_t discarded = 0;                           // records a discard phrase kept from coding
};

struct PetrarchScore {
  Agreement all, plain;  // plain: records whose expected actors are all plain countries/governments
  std::vector<std::string> misses;  // "id: expected SRC>TGT 042, got ..." for each record not fully matched
};

// Codes every record with `engine` and compares. A record holding a phrase of
// `discards` (when given) is not coded, as PETRARCH does.
PetrarchScore score_petrarch(const std::vector<PetrarchRecord>& records, const EngineImpl& engine,
                             const coding::PetrarchDiscards* discards = nullptr);

}  // namespace entente::pipeline
