#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "core/document.h"
#include "server/reply.h"
#include "store/store.h"

namespace entente::server {

// The write side of the API (POST /api/documents): a JSON Lines body, each
// line a document record as `entente code` reads them, is checked whole
// first — one bad record rejects the request and nothing is stored — then
// each document is coded and saved atomically on its own, in body order.
// One ingest runs at a time; readers keep reading meanwhile (WAL).
class Ingestor {
 public:
  // Fills a document's layers (tokens ... events), e.g. pipeline::Engine::process.
  using Coder = std::function<void(Document&)>;

  // Opens its own read-write connection to `db_path` (throws
  // store::StoreError). Records larger than `max_document_bytes` are rejected.
  Ingestor(const std::string& db_path, Coder code, size_t max_document_bytes = 8u << 20);

  // 200 {"stored": n, "events": m, "documents": [{"id","events"}]};
  // 400 {"error", "rejected": [{"where": "line 3 (id x)", "reason"}]} when the
  // body is empty or any record is bad; 422 when coding a document failed
  // (documents before it stay stored; "failed" names it).
  Reply ingest(std::string_view body);

 private:
  Coder code_;
  size_t max_document_bytes_;
  std::mutex mutex_;  // one writer: guards store_
  std::unique_ptr<store::Store> store_;
};

}  // namespace entente::server
