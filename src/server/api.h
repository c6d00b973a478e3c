#pragma once
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>

#include "server/query_params.h"
#include "server/reply.h"
#include "server/store_pool.h"

// The read side of the HTTP API, independent of HTTP: each method takes the
// request's query parameters and answers a Reply. Parameter problems throw
// ParamError (-> 400); a query over the store's time limit throws
// QueryTimeout (-> 503). Thread-safe: every call leases its own connection.
namespace entente::server {

struct QueryTimeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Api {
 public:
  // `pool` must outlive the Api. Keeps one of its connections for data_version().
  explicit Api(const StorePool& pool);

  // A number that changes whenever any connection, in this process or
  // another, commits to the store: answers computed at one version are
  // still right while it stays the same.
  uint64_t data_version() const;

  // GET /healthz: {"status":"ok", "documents", "events", "first_event_date",
  // "last_event_date", "schema_version", "entente_version"}; only "status" and
  // "counts" when counting runs over the time limit.
  Reply health() const;

  // GET /api/events?actor=&dyad=A,B&from=&to=&root=&quad=&limit=&cursor=
  // {"events":[event JSON as `entente code` writes it], "count", "limit",
  //  "next_cursor": string, or null on the last page}. limit: default 100, max 1000.
  Reply events(const Params& params) const;

  // GET /api/dyad?a=&b=&by=year|month|day (default year). Periods with events,
  // ascending: {"a","b","by","periods":[{"period","count","quad":{"1".."4"},
  // "goldstein": mean or null, "a_to_b":{count,quad,goldstein},"b_to_a":{...}}],
  // "total":{count,quad,goldstein}}.
  Reply dyad(const Params& params) const;

  // GET /api/partners?actor=&limit= (default 20, max 200):
  // {"actor","partners":[{"actor","count","as_source","as_target","goldstein"}]}.
  Reply partners(const Params& params) const;

  // GET /api/actors?q=&limit= (default 20, max 1000); no q lists the most
  // frequent: {"actors":[{"code","country","name","events"}]}.
  Reply actors(const Params& params) const;

  // GET /api/documents/{id}: {"id","date","title","source","url","text",
  // "sentences":[{start,end}], "mentions":[{start,end,code,country,role}],
  // "events":[event JSON]}; 404 when absent. Offsets are bytes into text.
  Reply document(const std::string& raw_id) const;

 private:
  const StorePool& pool_;
  mutable std::mutex watcher_mutex_;
  StorePool::Lease watcher_;  // PRAGMA data_version counts commits by *other* connections
};

}  // namespace entente::server
