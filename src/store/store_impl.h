#pragma once
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/event.h"
#include "store/sqlite.h"
#include "store/store.h"

// Internals shared by store.cc (writing) and store_query.cc (reading).
namespace entente::store {

// Change in the event count of each actor code, applied in one pass.
struct ActorDelta {
  std::string country, name;
  int64_t events = 0;
};
using ActorDeltas = std::map<std::string, ActorDelta>;

// Counts `event` (sign +1) or uncounts it (-1) under each distinct actor key
// on its sides: codes and 3-letter keys.
void count_actors(const Event& event, int sign, ActorDeltas& deltas);

struct Store::Impl {
  Impl(const std::string& path, bool read_only) : db(path, read_only), read_only(read_only) {}

  sql::Db db;
  bool read_only;
  bool in_transaction = false;
  std::chrono::milliseconds time_limit{0};
  std::chrono::steady_clock::time_point deadline;
  std::unordered_map<std::string, std::unique_ptr<sql::Stmt>> statements;

  // A prepared statement kept for the connection's life, reset and ready to
  // bind. Do not hold one across a call that may use the same SQL.
  sql::Stmt& cached(const std::string& sql);
  // Starts the clock for set_time_limit (called by every query).
  void start_clock();
  void check_writable() const;

  // --- writing (store.cc)
  int64_t put(const Document& doc, bool replace, PutResult& result);
  int64_t text_id_for(const std::string& text);
  void drop_text_if_unused(int64_t text_id);
  void delete_coded_layers(int64_t doc);
  void insert_sentences(int64_t doc, const Document& document);
  void insert_mentions(int64_t doc, const Document& document);
  void insert_event(int64_t doc, const Event& event, std::string_view doc_text);
  void apply(const ActorDeltas& deltas);

  // --- reading (store_query.cc)
  std::string text_of_doc(int64_t doc);
};

}  // namespace entente::store
