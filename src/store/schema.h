#pragma once
#include <cstdint>
#include <string_view>

#include "store/sqlite.h"

// The store's schema as a list of forward migrations, one per version.
namespace entente::store {

// Brings `db` from its PRAGMA user_version up to `target` (each step in its
// own transaction). Throws StoreError when the file is newer than this build
// knows (user_version > kSchemaVersion) or a step fails.
void migrate(sql::Db& db, int target);

// PRAGMA user_version of `db`.
int schema_version(sql::Db& db);

// 64-bit FNV-1a of `text`, as SQLite stores integers. Registered on every
// connection as the SQL function entente_text_hash(text) (used by migrations).
int64_t text_hash(std::string_view text);
void register_functions(sql::Db& db);

}  // namespace entente::store
