#pragma once
#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.h"

struct sqlite3;  // sqlite3.h

// The SQLite store: documents, their sentences, actor mentions and coded
// events, with the queries the CLI and the HTTP server answer from.
//
// Threads: a Store is one SQLite connection. Use it from one thread at a
// time; open one Store per thread (opening is cheap). WAL mode lets many
// readers run while one writer commits.
namespace entente::store {

// Every failure: cannot open, corrupt or too-new file, SQL error, bad query
// argument. what() names the file (or the argument) and the reason.
struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A query argument the caller should have validated (bad date, bad cursor):
// maps to HTTP 400 / exit status 2. `parameter` names it ("from", "cursor").
struct QueryError : StoreError {
  QueryError(std::string parameter, const std::string& reason)
      : StoreError(parameter + ": " + reason), parameter(std::move(parameter)) {}
  std::string parameter;
};

// Schema version written to PRAGMA user_version by this build.
inline constexpr int kSchemaVersion = 2;

struct Stats {
  int64_t documents = 0, sentences = 0, events = 0, mentions = 0, coded_documents = 0;
  std::string first_event_date, last_event_date;  // event dates as stored, "" when none
  std::string first_document_date, last_document_date;
  int schema_version = 0;
  std::string entente_version;  // meta "entente_version" of the last writer
  std::string fingerprint;      // meta "fingerprint": dictionaries + models used to code
  int64_t file_bytes = 0;       // main database file (WAL excluded)
};

// Filters for query_events. Empty strings / 0 mean "no filter".
// Actor codes match an event side when the side's country equals the code
// (3 letters, e.g. CHN) or the side's actor code equals it (e.g. CHNGOV).
struct EventQuery {
  std::string actor;          // either side
  std::string dyad_a, dyad_b; // both set: events between them, either direction
  bool directed = false;      // with a dyad: only dyad_a -> dyad_b
  std::string from, to;       // YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event
                              // matches when its own period (at its precision)
                              // overlaps [start of from, end of to]
  std::string root;           // CAMEO root "01".."20"
  int quad = 0;               // 1..4
  std::string doc_id;         // events of one document
  size_t limit = 100;         // page size, >= 1
  std::string cursor;         // "" for the first page, else a previous next_cursor
};

struct EventPage {
  std::vector<Event> events;  // ordered by date (start of period), then insertion
  std::string next_cursor;    // "" when this is the last page
};

enum class Period { kYear, kMonth, kDay };
// "year" | "month" | "day"; throws QueryError("by") otherwise.
Period parse_period(const std::string& text);

// Counts of events in one slice of a period.
struct Tally {
  int64_t count = 0;
  std::array<int64_t, 5> quad{};  // quad[1..4]; quad[0] = events without a quad class
  double goldstein_sum = 0;
  std::optional<double> mean_goldstein() const {
    return count ? std::optional<double>(goldstein_sum / count) : std::nullopt;
  }
};

// One period of a dyad series. The label is the event date cut to the
// period ("1979", "1979-02", "1979-02-17"); an event whose date is coarser
// than the period keeps its coarser label ("1979" in a monthly series),
// so no event is placed in a month or day it was not coded with.
struct DyadPeriod {
  std::string period;
  Tally a_to_b, b_to_a, both;
};

struct Partner {
  std::string actor;  // the partner's country code (or actor code when it has no country)
  int64_t count = 0;  // events in either direction
  int64_t as_source = 0, as_target = 0;  // the partner's role in those events
  double goldstein_sum = 0;
  std::optional<double> mean_goldstein() const {
    return count ? std::optional<double>(goldstein_sum / count) : std::nullopt;
  }
};

struct ActorRow {
  std::string code, country, name;  // name: the text it was first seen as, e.g. "China"
  int64_t events = 0;               // events with this actor on either side
};

enum class PutResult {
  kAdded,      // new id
  kUnchanged,  // same id, same content: nothing written
  kConflict,   // same id, different content, replace == false: nothing written
  kReplaced,   // same id, different content, replace == true: document replaced
               // (its events, mentions and sentences are dropped with it)
};

class Store {
 public:
  // Opens (creating when absent) the store at `path`, in WAL mode, and runs
  // forward migrations up to kSchemaVersion. Throws StoreError when the file
  // is not a store, is corrupt, or was written by a newer schema version.
  // read_only: no migrations and no writes (throws if the file is absent or
  // older than kSchemaVersion).
  static std::unique_ptr<Store> open(const std::string& path, bool read_only = false);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // --- writing

  // Groups many writes into one transaction (far faster than one per call).
  // Commits in commit(); rolls back if destroyed uncommitted. Not nested:
  // a second begin() while one is open throws.
  class Transaction {
   public:
    ~Transaction();
    void commit();
    Transaction(Transaction&&) noexcept;
    Transaction& operator=(Transaction&&) = delete;

   private:
    friend class Store;
    explicit Transaction(Store* store) : store_(store) {}
    Store* store_;
  };
  Transaction begin();

  // Stores the document's metadata and text (and its sentence spans when
  // filled). The content hash covers text and metadata; see PutResult.
  PutResult put_document(const Document& doc, bool replace);

  // Stores `doc` (as put_document with replace = true) together with its
  // sentences, actor mentions and events, replacing any earlier ones of the
  // same document. Atomic: on any failure nothing of this call is visible
  // (a savepoint, so it also nests inside a Transaction).
  void save_coded(const Document& doc);

  // Records who coded: "entente_version", "fingerprint", ...
  void set_meta(const std::string& key, const std::string& value);
  std::optional<std::string> get_meta(const std::string& key) const;

  // --- reading

  Stats stats() const;
  // Throws QueryError for a malformed from/to/cursor/root/quad or limit 0.
  EventPage query_events(const EventQuery& query) const;
  // Per period in ascending order, only periods with events. Actor codes as in EventQuery.
  std::vector<DyadPeriod> dyad(const std::string& a, const std::string& b, Period by) const;
  // Top partners by event count, most first.
  std::vector<Partner> partners(const std::string& actor, size_t limit) const;
  // Actors whose code starts with `text` (case-insensitive) or whose name
  // contains it; "" lists all. Most events first.
  std::vector<ActorRow> search_actors(const std::string& text, size_t limit) const;
  // The stored document with text, metadata, sentences, mentions and events
  // (evidence spans are byte offsets into text); nullopt when absent.
  std::optional<Document> document(const std::string& id) const;
  // Every document id in insertion order (recode walks this).
  std::vector<std::string> document_ids() const;
  // Calls fn(event, document) for every event in (date, insertion) order
  // without loading them all at once (export). `document` holds the
  // metadata (id, date, title, source, url, lang); text and layers may be empty.
  void for_each_event(const std::function<void(const Event&, const Document&)>& fn) const;

  // Interrupts any later statement that runs longer than `limit` (0 = no
  // limit) with StoreError "query time limit exceeded". For the server.
  void set_time_limit(std::chrono::milliseconds limit);

  // The raw connection, for tests (PRAGMA integrity_check, fault injection).
  ::sqlite3* handle() const;

  struct Impl;  // opaque; the store's own files see it (store_impl.h)

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

const char* to_string(PutResult result);

}  // namespace entente::store
