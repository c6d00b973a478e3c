#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <sqlite3.h>

// A thin RAII layer over the sqlite3 C API: a connection, a prepared
// statement with typed bind/column, and a savepoint. Every failure throws
// StoreError naming the database file and SQLite's message.
namespace entente::store::sql {

class Db {
 public:
  // Opens `path` (SQLITE_OPEN_READONLY or READWRITE|CREATE). Throws on failure.
  Db(const std::string& path, bool read_only);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs one or more statements without results (DDL, PRAGMA with no answer).
  void exec(const std::string& sql);
  // Throws StoreError "<file>: <what>: <sqlite message>".
  [[noreturn]] void fail(std::string_view what) const;
  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }
  int64_t changes() const { return sqlite3_changes64(db_); }
  int64_t last_rowid() const { return sqlite3_last_insert_rowid(db_); }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based.
class Stmt {
 public:
  Stmt(const Db& db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::string_view text);  // copied by SQLite
  Stmt& bind(int i, int64_t value);
  Stmt& bind(int i, int value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, double value);
  Stmt& bind_null(int i);

  // True while a row is available; false when done. Throws on error.
  bool step();
  // Steps a statement that returns no rows, then resets it for reuse.
  void run();
  // Clears bindings and rewinds, ready to bind again.
  void reset();

  std::string text(int col) const;
  std::string_view view(int col) const;  // valid until the next step/reset
  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  const Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// SAVEPOINT ... RELEASE; rolled back (and released) when destroyed unreleased.
// Nests inside an open transaction or savepoint.
class Savepoint {
 public:
  explicit Savepoint(Db& db);
  ~Savepoint();
  void release();

 private:
  Db& db_;
  bool open_ = true;
};

}  // namespace entente::store::sql
