#pragma once
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace entente::server {

class Api;
class ResponseCache;
class Ingestor;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                     // 0 binds a free port (see HttpServer::bind)
  std::string static_dir;              // the built web page, served at "/" when it exists
  int threads = 64;                    // worker threads; each keep-alive connection holds one
  size_t max_body_bytes = 16u << 20;   // larger request bodies answer 413
  std::chrono::seconds read_timeout{10};
  std::string ingest_token;            // non-empty (with an Ingestor) enables POST /api/documents
  size_t cache_bytes = 64u << 20;      // answers of read-only GETs kept until the store changes; 0 = none
};

// The HTTP front of the API: routing, parameter errors as JSON 400s, JSON
// 404s for unknown paths, size limits, bearer auth for ingest, static files.
// `api` (and `ingestor`, which may be null: read-only server) must outlive it.
class HttpServer {
 public:
  HttpServer(ServerOptions options, const Api& api, Ingestor* ingestor);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket; returns the port. Throws std::runtime_error
  // naming host:port when binding fails.
  int bind();
  // Serves until stop() is called (from any thread). Requires bind().
  void run();
  // Stops accepting, lets running requests finish, makes run() return.
  // Safe to call from any thread, more than once.
  void stop();

 private:
  void install_routes();
  ServerOptions options_;
  const Api& api_;
  Ingestor* ingestor_;
  std::unique_ptr<ResponseCache> cache_;  // null when options.cache_bytes == 0
  std::unique_ptr<httplib::Server> http_;
};

}  // namespace entente::server
