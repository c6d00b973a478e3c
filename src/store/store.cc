#include "store/store.h"

#include <filesystem>
#include <set>

#include "store/event_row.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace entente::store {

namespace {

std::string hex(int64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  auto bits = static_cast<uint64_t>(value);
  for (int i = 15; i >= 0; --i, bits >>= 4) out[i] = kDigits[bits & 15];
  return out;
}

// What decides "same document": metadata and text, not where it was read from.
std::string content_hash(const Document& doc) {
  std::string all;
  for (const std::string* field : {&doc.date, &doc.title, &doc.source, &doc.url, &doc.lang, &doc.text})
    all.append(*field).push_back('\0');
  return hex(text_hash(all));
}

// Stops a statement once the query's deadline has passed (set_time_limit).
int progress_handler(void* deadline) {
  auto* when = static_cast<std::chrono::steady_clock::time_point*>(deadline);
  return std::chrono::steady_clock::now() > *when ? 1 : 0;
}

}  // namespace

const char* to_string(PutResult result) {
  switch (result) {
    case PutResult::kAdded: return "added";
    case PutResult::kUnchanged: return "unchanged";
    case PutResult::kConflict: return "conflict";
    case PutResult::kReplaced: return "replaced";
  }
  return "?";
}

void count_actors(const Event& event, int sign, ActorDeltas& deltas) {
  std::set<std::string> seen;
  for (const EventActor* side : {&event.source, &event.target}) {
    std::string key = side_key(*side);
    for (const std::string& code : {side->code, key}) {
      if (code.empty() || !seen.insert(code).second) continue;
      ActorDelta& delta = deltas[code];
      delta.events += sign;
      if (sign > 0 && delta.country.empty()) delta.country = key;
      if (sign > 0 && delta.name.empty() && code == side->code) delta.name = side->text;
    }
  }
}

sql::Stmt& Store::Impl::cached(const std::string& sql) {
  auto& slot = statements[sql];
  if (!slot) slot = std::make_unique<sql::Stmt>(db, sql);
  slot->reset();
  return *slot;
}

void Store::Impl::start_clock() {
  deadline = std::chrono::steady_clock::now() + time_limit;
}

void Store::Impl::check_writable() const {
  if (read_only) throw StoreError(db.path() + ": store opened read-only");
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() {
  if (!impl_ || impl_->read_only) return;
  // Keeps the query planner's statistics current (SQLite's advice for
  // connections that wrote); analysis_limit bounds the cost on big stores.
  try {
    impl_->db.exec("PRAGMA analysis_limit = 1000; PRAGMA optimize");
  } catch (const StoreError&) {  // statistics are an optimisation only
  }
}

std::unique_ptr<Store> Store::open(const std::string& path, bool read_only) {
  if (read_only && !std::filesystem::exists(path)) throw StoreError(path + ": no such store");
  auto impl = std::make_unique<Impl>(path, read_only);
  sql::Db& db = impl->db;
  register_functions(db);
  db.exec("PRAGMA busy_timeout = 10000; PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456");
  int version = 0;
  try {
    version = schema_version(db);
    if (version == 0) {
      sql::Stmt tables(db, "SELECT count(*) FROM sqlite_master");
      if (tables.step() && tables.integer(0) > 0)
        throw StoreError(path + ": an SQLite database, but not an entente store");
    }
  } catch (const StoreError& e) {
    throw StoreError(std::string(e.what()) + " (is it an entente store?)");
  }
  if (read_only) {
    if (version != kSchemaVersion)
      throw StoreError(path + ": schema version " + std::to_string(version) + ", this entente reads " +
                       std::to_string(kSchemaVersion) + " (open it once read-write to migrate)");
  } else {
    // WAL: readers never block the writer. synchronous=NORMAL in WAL mode
    // keeps the file consistent through a process crash; a power cut may
    // lose the last commits but never corrupts.
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    migrate(db, kSchemaVersion);
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Transaction::~Transaction() {
  if (!store_ || !store_->impl_->in_transaction) return;
  store_->impl_->in_transaction = false;
  try {
    store_->impl_->db.exec("ROLLBACK");
  } catch (...) {  // a failed rollback leaves nothing more to undo
  }
}

Store::Transaction::Transaction(Transaction&& other) noexcept : store_(other.store_) {
  other.store_ = nullptr;
}

void Store::Transaction::commit() {
  if (!store_ || !store_->impl_->in_transaction) throw StoreError("commit without a transaction");
  store_->impl_->db.exec("COMMIT");
  store_->impl_->in_transaction = false;
}

Store::Transaction Store::begin() {
  impl_->check_writable();
  if (impl_->in_transaction) throw StoreError(impl_->db.path() + ": a transaction is already open");
  impl_->db.exec("BEGIN IMMEDIATE");
  impl_->in_transaction = true;
  return Transaction(this);
}

int64_t Store::Impl::text_id_for(const std::string& text) {
  int64_t hash = text_hash(text);
  sql::Stmt& find = cached("SELECT id, text FROM texts WHERE hash = ?");
  find.bind(1, hash);
  while (find.step())
    if (find.view(1) == text) return find.integer(0);
  sql::Stmt& add = cached("INSERT INTO texts(hash, text) VALUES (?, ?)");
  add.bind(1, hash).bind(2, text).run();
  return db.last_rowid();
}

void Store::Impl::drop_text_if_unused(int64_t text_id) {
  cached("DELETE FROM texts WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM documents WHERE text_id = ?1)")
      .bind(1, text_id)
      .run();
}

void Store::Impl::delete_coded_layers(int64_t doc) {
  ActorDeltas deltas;
  sql::Stmt& old = cached("SELECT source_code, source_key, target_code, target_key FROM events WHERE doc = ?");
  old.bind(1, doc);
  while (old.step()) {
    Event event;
    event.source.code = old.text(0);
    event.source.country = old.text(1);
    event.target.code = old.text(2);
    event.target.country = old.text(3);
    count_actors(event, -1, deltas);
  }
  apply(deltas);
  for (const char* table : {"events", "mentions", "sentences"})
    cached(std::string("DELETE FROM ") + table + " WHERE doc = ?").bind(1, doc).run();
}

void Store::Impl::apply(const ActorDeltas& deltas) {
  sql::Stmt& upsert = cached(
      "INSERT INTO actors(code, country, name, events) VALUES (?, ?, ?, ?) "
      "ON CONFLICT(code) DO UPDATE SET events = events + excluded.events, "
      "country = CASE WHEN country = '' THEN excluded.country ELSE country END, "
      "name = CASE WHEN name = '' THEN excluded.name ELSE name END");
  for (const auto& [code, delta] : deltas) {
    if (delta.events == 0 && delta.name.empty()) continue;
    upsert.bind(1, code).bind(2, delta.country).bind(3, delta.name).bind(4, delta.events).run();
  }
}

int64_t Store::Impl::put(const Document& doc, bool replace, PutResult& result) {
  check_writable();
  std::string hash = content_hash(doc);
  sql::Stmt& find = cached(
      "SELECT documents.id, content_hash, date, title, source, url, lang, text_id, texts.text "
      "FROM documents JOIN texts ON texts.id = documents.text_id WHERE doc_id = ?");
  find.bind(1, doc.id);
  if (find.step()) {
    int64_t row = find.integer(0);
    bool same = find.view(1) == hash && find.view(2) == doc.date && find.view(3) == doc.title &&
                find.view(4) == doc.source && find.view(5) == doc.url && find.view(6) == doc.lang &&
                find.view(8) == doc.text;
    int64_t old_text = find.integer(7);
    find.reset();
    if (same) return result = PutResult::kUnchanged, row;
    if (!replace) return result = PutResult::kConflict, row;
    // Offsets of old sentences, mentions and events point into the old text.
    delete_coded_layers(row);
    int64_t text_id = text_id_for(doc.text);
    cached("UPDATE documents SET date = ?, title = ?, source = ?, url = ?, lang = ?, origin = ?, "
           "text_id = ?, content_hash = ?, coded = 0 WHERE id = ?")
        .bind(1, doc.date).bind(2, doc.title).bind(3, doc.source).bind(4, doc.url).bind(5, doc.lang)
        .bind(6, doc.origin).bind(7, text_id).bind(8, hash).bind(9, row)
        .run();
    if (text_id != old_text) drop_text_if_unused(old_text);
    insert_sentences(row, doc);
    result = PutResult::kReplaced;
    return row;
  }
  int64_t text_id = text_id_for(doc.text);
  cached("INSERT INTO documents(doc_id, date, title, source, url, lang, origin, text_id, content_hash) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(1, doc.id).bind(2, doc.date).bind(3, doc.title).bind(4, doc.source).bind(5, doc.url)
      .bind(6, doc.lang).bind(7, doc.origin).bind(8, text_id).bind(9, hash)
      .run();
  int64_t row = db.last_rowid();
  insert_sentences(row, doc);
  result = PutResult::kAdded;
  return row;
}

void Store::Impl::insert_sentences(int64_t doc, const Document& document) {
  sql::Stmt& add = cached(
      "INSERT INTO sentences(doc, n, begin, end, token_begin, token_end) VALUES (?, ?, ?, ?, ?, ?)");
  for (size_t n = 0; n < document.sentences.size(); ++n) {
    const Sentence& s = document.sentences[n];
    add.bind(1, doc).bind(2, static_cast<int64_t>(n)).bind(3, int64_t{s.span.begin})
        .bind(4, int64_t{s.span.end}).bind(5, int64_t{s.token_begin}).bind(6, int64_t{s.token_end})
        .run();
  }
}

void Store::Impl::insert_mentions(int64_t doc, const Document& document) {
  sql::Stmt& add = cached(
      "INSERT INTO mentions(doc, n, sentence, token_begin, token_end, begin, end, code, country, "
      "role, rule, antecedent, certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (size_t n = 0; n < document.mentions.size(); ++n) {
    const ActorMention& m = document.mentions[n];
    add.bind(1, doc).bind(2, static_cast<int64_t>(n)).bind(3, int64_t{m.sentence})
        .bind(4, int64_t{m.token_begin}).bind(5, int64_t{m.token_end}).bind(6, int64_t{m.span.begin})
        .bind(7, int64_t{m.span.end}).bind(8, m.code).bind(9, m.country).bind(10, m.role)
        .bind(11, m.rule).bind(12, m.antecedent).bind(13, m.certainty)
        .run();
  }
}

void Store::Impl::insert_event(int64_t doc, const Event& event, std::string_view doc_text) {
  sql::Stmt& add = cached(std::string("INSERT INTO events(doc, ") + kEventColumns +
                          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, doc);
  bind_event(add, 2, event, doc_text);
  add.run();
}

PutResult Store::put_document(const Document& doc, bool replace) {
  PutResult result;
  sql::Savepoint savepoint(impl_->db);
  impl_->put(doc, replace, result);
  savepoint.release();
  return result;
}

void Store::save_coded(const Document& doc) {
  impl_->check_writable();
  sql::Savepoint savepoint(impl_->db);
  PutResult result;
  int64_t row = impl_->put(doc, true, result);
  if (result != PutResult::kAdded) {  // a new document has no layers yet
    impl_->delete_coded_layers(row);
    impl_->insert_sentences(row, doc);
  }
  impl_->insert_mentions(row, doc);
  ActorDeltas deltas;
  for (const Event& event : doc.events) {
    impl_->insert_event(row, event, doc.text);
    count_actors(event, +1, deltas);
  }
  impl_->apply(deltas);
  impl_->cached("UPDATE documents SET coded = 1 WHERE id = ?").bind(1, row).run();
  savepoint.release();
}

void Store::set_meta(const std::string& key, const std::string& value) {
  impl_->check_writable();
  impl_->cached("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .bind(1, key).bind(2, value).run();
}

std::optional<std::string> Store::get_meta(const std::string& key) const {
  sql::Stmt& get = impl_->cached("SELECT value FROM meta WHERE key = ?");
  get.bind(1, key);
  if (!get.step()) return std::nullopt;
  std::string value = get.text(0);
  get.reset();
  return value;
}

void Store::set_time_limit(std::chrono::milliseconds limit) {
  impl_->time_limit = limit;
  if (limit.count() > 0)
    sqlite3_progress_handler(impl_->db.get(), 1000, progress_handler, &impl_->deadline);
  else
    sqlite3_progress_handler(impl_->db.get(), 0, nullptr, nullptr);
}

::sqlite3* Store::handle() const { return impl_->db.get(); }

}  // namespace entente::store
