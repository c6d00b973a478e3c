#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/batch.h"
#include "cli/commands.h"
#include "pipeline/engine.h"
#include "server/api.h"
#include "server/bearer_token.h"
#include "server/http_server.h"
#include "server/ingestor.h"
#include "server/store_pool.h"

namespace entente::cli {

namespace {

struct ServeOptions {
  std::string db;
  server::ServerOptions http;
  std::string token_file;
  bool allow_ingest = false;
  int time_limit_ms = 2000;
  std::string models_dir;
};

// Stops `server` on SIGINT or SIGTERM. The signals are blocked in every
// thread (call before any other thread starts) and taken by sigwait here, so
// no handler and no global state are needed.
class SignalStopper {
 public:
  explicit SignalStopper(server::HttpServer& server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    thread_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (!done_) std::cerr << "entente serve: " << (signal == SIGINT ? "SIGINT" : "SIGTERM")
                            << ", finishing requests and stopping\n";
      server.stop();
    });
  }
  ~SignalStopper() {
    done_ = true;
    pthread_kill(thread_.native_handle(), SIGTERM);  // wakes sigwait when no signal came
    thread_.join();
  }

 private:
  sigset_t signals_;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

void serve(const ServeOptions& options) {
  server::ServerOptions http = options.http;
  std::unique_ptr<pipeline::Engine> engine;
  std::unique_ptr<server::Ingestor> ingestor;
  if (options.allow_ingest) {
    if (options.token_file.empty()) {
      std::cerr << "entente serve: --allow-ingest needs --token-file F\n";
      exit_with(2);
    }
    http.ingest_token = server::read_token_file(options.token_file);
    pipeline::EngineOptions engine_options;
    engine_options.models_dir = options.models_dir;
    engine = pipeline::Engine::load(engine_options);
    const pipeline::Engine* coder = engine.get();
    ingestor = std::make_unique<server::Ingestor>(options.db, [coder](Document& doc) { coder->process(doc); });
  } else {
    store::Store::open(options.db, /*read_only=*/true);  // fail now, with the store's reason
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(http.static_dir, ec))
    std::cerr << "entente serve: no web page at " << http.static_dir
              << " (build it with web/build.sh); serving the API only\n";

  server::StorePool pool(options.db, std::chrono::milliseconds(options.time_limit_ms));
  server::Api api(pool);
  server::HttpServer http_server(http, api, ingestor.get());
  SignalStopper stopper(http_server);
  int port = http_server.bind();
  std::cout << "entente serve: listening on http://" << http.host << ":" << port << "/ ("
            << (ingestor ? "ingest enabled" : "read-only") << ", store " << options.db << ")"
            << std::endl;
  http_server.run();
  std::cerr << "entente serve: stopped\n";
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto options = std::make_shared<ServeOptions>();
  options->http.static_dir = (std::filesystem::path(ENTENTE_SOURCE_DIR) / "web" / "dist").string();
  CLI::App* cmd = app.add_subcommand("serve", "HTTP API and web dashboard over a store");
  cmd->add_option("--db", options->db, "the SQLite store to serve")->required();
  cmd->add_option("--host", options->http.host, "address to listen on")->capture_default_str();
  cmd->add_option("--port", options->http.port, "port (0 picks a free one)")
      ->check(CLI::Range(0, 65535))->capture_default_str();
  cmd->add_option("--static", options->http.static_dir, "the built web page to serve at /")
      ->capture_default_str();
  cmd->add_flag("--allow-ingest", options->allow_ingest,
                "enable POST /api/documents (JSON Lines, coded and stored on arrival)");
  cmd->add_option("--token-file", options->token_file, "bearer token for ingest (first line)");
  cmd->add_option("--models", options->models_dir, "models directory for ingest coding");
  cmd->add_option("--threads", options->http.threads, "worker threads (one per open connection)")
      ->check(CLI::Range(2, 1024))->capture_default_str();
  cmd->add_option("--time-limit-ms", options->time_limit_ms, "interrupt a query after this long (0 = never)")
      ->check(CLI::Range(0, 600000))->capture_default_str();
  cmd->add_option("--max-body-bytes", options->http.max_body_bytes, "larger request bodies answer 413")
      ->capture_default_str();
  cmd->callback([options] {
    try {
      serve(*options);
    } catch (const CLI::RuntimeError&) {
      throw;
    } catch (const std::exception& e) {
      std::cerr << "entente serve: " << e.what() << "\n";
      exit_with(2);
    }
  });
}

}  // namespace entente::cli
