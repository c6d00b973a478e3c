// Query latency of the store on >= 1 million events.
//
// The store: the built-in made-up sample corpus (24 coded documents, 131
// events among 12 countries; store::builtin_templates) stored once, then
// copied with every date shifted back so the copies spread evenly from 1950
// to 2025 (store::fill_synthetic) until it holds 1,000,000 events. Set
// ENTENTE_BENCH_STORE=FILE to bench an existing store instead (for example
// one made by `entente bench-store --db FILE --events N [CODED INPUT...]`).
// Each iteration is one query; Google Benchmark's time per iteration is its
// latency.
#include <filesystem>
#include <iostream>

#include <benchmark/benchmark.h>

#include "store/store.h"
#include "store/synthetic.h"

namespace {

using namespace entente;

constexpr size_t kEvents = 1'000'000;

// One read-only connection per benchmark thread, as the server holds them.
std::unique_ptr<store::Store> open_bench_store(const store::BenchStoreFile& file) {
  return store::Store::open(file.path(), true);
}

void run_query(benchmark::State& state, const store::BenchStoreFile& file, const store::EventQuery& query) {
  auto db = open_bench_store(file);
  size_t rows = 0;
  for (auto _ : state) {
    store::EventPage page = db->query_events(query);
    rows = page.events.size();
    benchmark::DoNotOptimize(page);
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["queries/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void register_benchmarks(const store::BenchStoreFile& file) {
  auto query = [&file](const char* name, store::EventQuery q) {
    benchmark::RegisterBenchmark(name, [&file, q](benchmark::State& s) { run_query(s, file, q); })
        ->Unit(benchmark::kMicrosecond);
  };
  store::EventQuery q;
  q.limit = 100;
  query("events/first_page", q);
  q.actor = "CHN";
  query("events/actor=CHN", q);
  q = {};
  q.limit = 100;
  q.dyad_a = "CHN";
  q.dyad_b = "VNM";
  query("events/dyad=CHN,VNM", q);
  q.from = "1979";
  q.to = "1979-06";
  query("events/dyad=CHN,VNM&from=1979&to=1979-06", q);
  q = {};
  q.limit = 100;
  q.actor = "CUB";
  q.root = "19";
  query("events/actor=CUB&root=19 (rare)", q);
  q = {};
  q.limit = 100;
  q.from = "2000-02";
  q.to = "2000-02";
  q.quad = 4;
  query("events/from=2000-02&to=2000-02&quad=4", q);

  // A page deep into a long result: the cursor keeps it as fast as the first.
  benchmark::RegisterBenchmark("events/actor=VNM page 200", [&file](benchmark::State& state) {
    auto db = open_bench_store(file);
    store::EventQuery deep;
    deep.actor = "VNM";
    deep.limit = 100;
    for (int page = 0; page < 199; ++page) deep.cursor = db->query_events(deep).next_cursor;
    for (auto _ : state) benchmark::DoNotOptimize(db->query_events(deep));
  })->Unit(benchmark::kMicrosecond);

  for (auto [name, by] : {std::pair{"dyad/CHN,VNM by=year", store::Period::kYear},
                          {"dyad/CHN,VNM by=month", store::Period::kMonth},
                          {"dyad/CHN,VNM by=day", store::Period::kDay}}) {
    benchmark::RegisterBenchmark(name, [&file, by](benchmark::State& state) {
      auto db = open_bench_store(file);
      size_t periods = 0;
      for (auto _ : state) periods = db->dyad("CHN", "VNM", by).size();
      state.counters["periods"] = static_cast<double>(periods);
    })->Unit(benchmark::kMillisecond);
  }
  benchmark::RegisterBenchmark("partners/VNM", [&file](benchmark::State& state) {
    auto db = open_bench_store(file);
    for (auto _ : state) benchmark::DoNotOptimize(db->partners("VNM", 25));
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("actors/search q=ch", [&file](benchmark::State& state) {
    auto db = open_bench_store(file);
    for (auto _ : state) benchmark::DoNotOptimize(db->search_actors("ch", 20));
  })->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("document/sample-07~5000", [&file](benchmark::State& state) {
    auto db = open_bench_store(file);
    for (auto _ : state) benchmark::DoNotOptimize(db->document("sample-07~5000"));
  })->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("stats", [&file](benchmark::State& state) {
    auto db = open_bench_store(file);
    store::Stats stats;
    for (auto _ : state) stats = db->stats();
    state.counters["events"] = static_cast<double>(stats.events);
    state.counters["documents"] = static_cast<double>(stats.documents);
    state.counters["file_MB"] = static_cast<double>(stats.file_bytes) / 1e6;
  })->Unit(benchmark::kMillisecond);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  store::BenchStoreFile file(kEvents);
  if (file.build_seconds() > 0)
    std::cerr << "bench_store: built a store of " << kEvents << " events in " << file.build_seconds() << " s ("
              << std::filesystem::file_size(file.path()) / 1000000 << " MB)\n";
  register_benchmarks(file);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
