#include "store/sqlite.h"

#include "store/store.h"

namespace entente::store::sql {

Db::Db(const std::string& path, bool read_only) : path_(path) {
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  // NOMUTEX: a Store is used by one thread at a time (see store.h).
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(path + ": cannot open: " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Db::~Db() { sqlite3_close_v2(db_); }

void Db::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw StoreError(path_ + ": " + message);
  }
}

void Db::fail(std::string_view what) const {
  throw StoreError(path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

Stmt::Stmt(const Db& db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db.get(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
      SQLITE_OK)
    db.fail("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::bind(int i, std::string_view text) {
  if (sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) !=
      SQLITE_OK)
    db_.fail("bind");
  return *this;
}

Stmt& Stmt::bind(int i, int64_t value) {
  if (sqlite3_bind_int64(stmt_, i, value) != SQLITE_OK) db_.fail("bind");
  return *this;
}

Stmt& Stmt::bind(int i, double value) {
  if (sqlite3_bind_double(stmt_, i, value) != SQLITE_OK) db_.fail("bind");
  return *this;
}

Stmt& Stmt::bind_null(int i) {
  if (sqlite3_bind_null(stmt_, i) != SQLITE_OK) db_.fail("bind");
  return *this;
}

bool Stmt::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  if ((rc & 0xff) == SQLITE_INTERRUPT) {
    sqlite3_reset(stmt_);
    throw StoreError(db_.path() + ": query time limit exceeded");
  }
  std::string message = sqlite3_errmsg(db_.get());
  sqlite3_reset(stmt_);
  throw StoreError(db_.path() + ": " + message);
}

void Stmt::run() {
  while (step()) {
  }
  reset();
}

void Stmt::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Stmt::text(int col) const { return std::string(view(col)); }

std::string_view Stmt::view(int col) const {
  auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!data) return {};
  return std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

Savepoint::Savepoint(Db& db) : db_(db) { db_.exec("SAVEPOINT entente"); }

Savepoint::~Savepoint() {
  if (!open_) return;
  try {
    db_.exec("ROLLBACK TO entente; RELEASE entente");
  } catch (...) {  // the connection is already failing; nothing more to undo
  }
}

void Savepoint::release() {
  db_.exec("RELEASE entente");
  open_ = false;
}

}  // namespace entente::store::sql
