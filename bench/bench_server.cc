// The HTTP API's answers without the network: how fast Api builds the JSON
// for /api/dyad, /api/events and /api/partners on a store of >= 1M events.
//
//   build/bench/bench_server                 on a fresh 1M-event store in /tmp (the
//       store's built-in sample corpus copied at shifted dates, store::fill_synthetic)
//   ENTENTE_BENCH_STORE=F build/bench/bench_server   on an existing store, e.g. one
//       made by `entente bench-store` (bench/load/run.sh keeps one in build/bench/)
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include <benchmark/benchmark.h>

#include "server/api.h"
#include "server/store_pool.h"
#include "store/store.h"
#include "store/synthetic.h"

namespace {

namespace fs = std::filesystem;
using namespace entente;

// The store the benchmarks read: ENTENTE_BENCH_STORE, else one built on first
// use in a temporary directory that is removed at exit.
class BenchStore {
 public:
  BenchStore() {
    if (const char* given = std::getenv("ENTENTE_BENCH_STORE")) {
      path_ = given;
      return;
    }
    dir_ = fs::temp_directory_path() / ("entente_bench_server_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
    auto start = std::chrono::steady_clock::now();
    size_t n = store::fill_synthetic(*store::Store::open(path_), store::builtin_templates(), 1'000'000);
    std::cerr << "bench_server: built " << n << " events in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
  }
  ~BenchStore() {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  fs::path dir_;
  std::string path_;
};

const std::string& bench_store() {
  static const BenchStore store;
  return store.path();
}

void run_api(benchmark::State& state, server::Params params,
             server::Reply (server::Api::*method)(const server::Params&) const) {
  server::StorePool pool(bench_store(), std::chrono::milliseconds(0));
  server::Api api(pool);
  size_t bytes = 0;
  for (auto _ : state) {
    server::Reply reply = (api.*method)(params);
    if (reply.status != 200) state.SkipWithError("answer was not 200");
    bytes += reply.body.dump().size();
  }
  state.counters["answers/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["bytes/answer"] = double(bytes) / std::max<int64_t>(1, state.iterations());
}

void BM_DyadByYear(benchmark::State& state) {
  run_api(state, {{"a", "CHN"}, {"b", "VNM"}, {"by", "year"}}, &server::Api::dyad);
}
void BM_EventsDyadPage(benchmark::State& state) {
  run_api(state, {{"dyad", "CHN,VNM"}, {"limit", "100"}}, &server::Api::events);
}
void BM_EventsFilteredPage(benchmark::State& state) {
  run_api(state, {{"actor", "VNM"}, {"from", "1979"}, {"to", "1989-12"}, {"quad", "4"}, {"limit", "100"}},
          &server::Api::events);
}
void BM_Partners(benchmark::State& state) {
  run_api(state, {{"actor", "VNM"}, {"limit", "25"}}, &server::Api::partners);
}
BENCHMARK(BM_DyadByYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EventsDyadPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EventsFilteredPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Partners)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
