#include "store/schema.h"

#include <string>

#include "store/store.h"

namespace entente::store {

namespace {

// Version 1: documents (text inline) and their sentence spans.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL,
  lang TEXT NOT NULL, origin TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL);
CREATE TABLE sentences(
  doc INTEGER NOT NULL, n INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY (doc, n)) WITHOUT ROWID;
)sql";

// Version 2: texts stored once per distinct content (copies of a document
// share them), actor mentions, coded events and an actor index.
// Events keep their query fields as columns; `source_key`/`target_key` are
// the side's country, or the first segment of its code when it has none,
// so that every side has a 3-letter key the indexes can use.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE texts(id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX texts_hash ON texts(hash);
INSERT INTO texts(id, hash, text) SELECT id, entente_text_hash(text), text FROM documents;
ALTER TABLE documents ADD COLUMN text_id INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET text_id = id;
ALTER TABLE documents DROP COLUMN text;
CREATE INDEX documents_text ON documents(text_id);
ALTER TABLE documents ADD COLUMN coded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sentences ADD COLUMN token_begin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sentences ADD COLUMN token_end INTEGER NOT NULL DEFAULT 0;
CREATE TABLE mentions(
  doc INTEGER NOT NULL, n INTEGER NOT NULL,
  sentence INTEGER NOT NULL, token_begin INTEGER NOT NULL, token_end INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  code TEXT NOT NULL, country TEXT NOT NULL, role TEXT NOT NULL, rule TEXT NOT NULL,
  antecedent INTEGER NOT NULL, certainty REAL NOT NULL,
  PRIMARY KEY (doc, n)) WITHOUT ROWID;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  date TEXT NOT NULL, precision TEXT NOT NULL,
  day_lo TEXT NOT NULL, day_hi TEXT NOT NULL,
  source_code TEXT NOT NULL, source_country TEXT NOT NULL, source_key TEXT NOT NULL,
  target_code TEXT NOT NULL, target_country TEXT NOT NULL, target_key TEXT NOT NULL,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover TEXT NOT NULL, location TEXT NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL,
  extra TEXT NOT NULL);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_day ON events(day_lo);
CREATE INDEX events_source ON events(source_key, day_lo);
CREATE INDEX events_target ON events(target_key, day_lo, source_key, goldstein);
CREATE INDEX events_dyad ON events(source_key, target_key, day_lo, date, quad, goldstein);
CREATE TABLE actors(
  code TEXT PRIMARY KEY, country TEXT NOT NULL, name TEXT NOT NULL, events INTEGER NOT NULL)
  WITHOUT ROWID;
)sql";

constexpr const char* kMigrations[] = {kVersion1, kVersion2};
static_assert(std::size(kMigrations) == kSchemaVersion);

void hash_function(sqlite3_context* context, int, sqlite3_value** argv) {
  auto* data = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  int size = sqlite3_value_bytes(argv[0]);
  sqlite3_result_int64(context, text_hash(std::string_view(data ? data : "", data ? size : 0)));
}

}  // namespace

int64_t text_hash(std::string_view text) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<int64_t>(hash);
}

void register_functions(sql::Db& db) {
  if (sqlite3_create_function(db.get(), "entente_text_hash", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, hash_function, nullptr,
                              nullptr) != SQLITE_OK)
    db.fail("register entente_text_hash");
}

int schema_version(sql::Db& db) {
  sql::Stmt stmt(db, "PRAGMA user_version");
  return stmt.step() ? static_cast<int>(stmt.integer(0)) : 0;
}

void migrate(sql::Db& db, int target) {
  int version = schema_version(db);
  if (version > kSchemaVersion)
    throw StoreError(db.path() + ": schema version " + std::to_string(version) +
                     " is newer than this entente knows (" + std::to_string(kSchemaVersion) + ")");
  for (int next = version + 1; next <= target; ++next) {
    // IMMEDIATE: two processes opening a new store at once migrate one after the other.
    db.exec("BEGIN IMMEDIATE");
    try {
      if (schema_version(db) < next) {
        db.exec(kMigrations[next - 1]);
        db.exec("PRAGMA user_version = " + std::to_string(next));
      }
      db.exec("COMMIT");
    } catch (const StoreError& e) {
      db.exec("ROLLBACK");
      throw StoreError(std::string(e.what()) + " (migrating to schema version " +
                       std::to_string(next) + ")");
    }
  }
}

}  // namespace entente::store
