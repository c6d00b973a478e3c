#include "server/http_server.h"

#include <filesystem>
#include <iostream>
#include <stdexcept>

#include <httplib.h>

#include "server/api.h"
#include "server/bearer_token.h"
#include "server/ingestor.h"
#include "server/query_params.h"
#include "server/reply.h"
#include "server/response_cache.h"

namespace entente::server {

namespace {

void send_json(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

// Stored text is valid UTF-8, but never let one bad byte turn an answer into a 500.
std::string serialize(const Reply& reply) {
  return reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void send(httplib::Response& res, const Reply& reply) { send_json(res, reply.status, serialize(reply)); }

// The cache key of a GET: path and parameters in a fixed order.
std::string cache_key(const httplib::Request& req) {
  std::string key = req.path;
  char separator = '?';
  for (const auto& [name, value] : req.params) {  // a multimap: sorted by name
    key += separator + name + '=' + value;
    separator = '&';
  }
  return key;
}

// Runs one handler; validation failures become 400, a query over its time
// budget 503, and anything unexpected a logged 500 that reveals nothing.
// With a cache, 200 answers are kept until the store's data version moves.
template <typename Handler>
void answer(const httplib::Request& req, httplib::Response& res, Handler handler,
            ResponseCache* cache = nullptr, const Api* api = nullptr) {
  try {
    if (!cache) return send(res, handler());
    std::string key = cache_key(req);
    uint64_t version = api->data_version();  // read before computing: see ResponseCache
    if (auto body = cache->get(key, version)) return send_json(res, 200, std::move(*body));
    Reply reply = handler();
    std::string body = serialize(reply);
    if (reply.status == 200) cache->put(key, version, body);
    send_json(res, reply.status, std::move(body));
  } catch (const ParamError& e) {
    send(res, error_reply(400, e.what(), e.parameter));
  } catch (const QueryTimeout& e) {
    send(res, error_reply(503, "query took too long; narrow the filters"));
  } catch (const std::exception& e) {
    std::cerr << "entente serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
    send(res, error_reply(500, "internal error"));
  }
}

}  // namespace

HttpServer::HttpServer(ServerOptions options, const Api& api, Ingestor* ingestor)
    : options_(std::move(options)), api_(api), ingestor_(ingestor),
      cache_(options_.cache_bytes ? std::make_unique<ResponseCache>(options_.cache_bytes) : nullptr),
      http_(std::make_unique<httplib::Server>()) {
  int threads = std::max(2, options_.threads);
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http_->set_payload_max_length(options_.max_body_bytes);
  http_->set_read_timeout(options_.read_timeout);
  http_->set_write_timeout(options_.read_timeout);
  http_->set_keep_alive_max_count(10000);
  http_->set_tcp_nodelay(true);  // headers and body go out as separate writes: no 40 ms Nagle stall
  install_routes();
}

HttpServer::~HttpServer() = default;

void HttpServer::install_routes() {
  httplib::Server& http = *http_;

  http.Get("/healthz", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] { return api_.health(); }, cache_.get(), &api_);
  });
  http.Get("/api/events", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] { return api_.events(req.params); }, cache_.get(), &api_);
  });
  http.Get("/api/dyad", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] { return api_.dyad(req.params); }, cache_.get(), &api_);
  });
  http.Get("/api/partners", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] { return api_.partners(req.params); }, cache_.get(), &api_);
  });
  http.Get("/api/actors", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] { return api_.actors(req.params); }, cache_.get(), &api_);
  });
  http.Get("/api/documents/(.+)", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] { return api_.document(req.matches[1].str()); }, cache_.get(), &api_);
  });

  http.Post("/api/documents", [this](const httplib::Request& req, httplib::Response& res) {
    answer(req, res, [&] {
      if (!ingestor_ || options_.ingest_token.empty())
        return error_reply(403, "ingest is disabled (start the server with --allow-ingest --token-file F)");
      if (!bearer_matches(req.get_header_value("Authorization"), options_.ingest_token)) {
        res.set_header("WWW-Authenticate", "Bearer");
        return error_reply(401, "missing or wrong bearer token");
      }
      return ingestor_->ingest(req.body);
    });
  });

  std::error_code ec;
  if (!options_.static_dir.empty() && std::filesystem::is_directory(options_.static_dir, ec)) {
    http.set_mount_point("/", options_.static_dir);
    http.set_file_request_handler([](const httplib::Request&, httplib::Response& res) {
      res.set_header("X-Content-Type-Options", "nosniff");
    });
  }

  // Unknown paths, wrong methods and transport-level failures (413, 414...)
  // get a JSON body too, unless a handler already wrote one.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string reason = res.status == 404   ? "no such path: " + req.path
                         : res.status == 413 ? "request body too large"
                         : res.status == 414 ? "request URI too long"
                                             : "bad request";
    send(res, error_reply(res.status, reason));
  });
}

int HttpServer::bind() {
  int port = options_.port == 0 ? http_->bind_to_any_port(options_.host)
                                : (http_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port <= 0)
    throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port));
  return port;
}

void HttpServer::run() { http_->listen_after_bind(); }

void HttpServer::stop() { http_->stop(); }

}  // namespace entente::server
