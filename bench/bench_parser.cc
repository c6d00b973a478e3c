// Dependency parser alone on UD English EWT dev (gold tokens and gold tags):
// parse throughput on one core, model load time, peak resident memory.
// Skips when ../shared or models/parser.bin is absent.
#include <benchmark/benchmark.h>

#include <fstream>
#include <optional>
#include <string>

#include "bench/bench_support.h"
#include "core/conllu.h"
#include "nlp/annotator.h"
#include "nlp/parser/parser.h"

namespace {

using namespace entente;

using bench::dev_sentences;
using bench::peak_rss_mb;

std::filesystem::path parser_file() { return nlp::find_models_dir("") / "parser.bin"; }


bool ready(benchmark::State& state) {
  if (!dev_sentences()) {
    state.SkipWithError("needs ../shared/data/ud (absent)");
    return false;
  }
  if (!std::filesystem::exists(parser_file())) {
    state.SkipWithError("needs models/parser.bin (run `make models`)");
    return false;
  }
  return true;
}

void BM_LoadParser(benchmark::State& state) {
  if (!ready(state)) return;
  for (auto _ : state) benchmark::DoNotOptimize(nlp::parser::Parser::load(parser_file()));
  state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(parser_file())) / (1 << 20);
}
BENCHMARK(BM_LoadParser)->Unit(benchmark::kMillisecond);

// Parses the dev Document built from gold tokens and tags, as the pipeline does.
void BM_Parse(benchmark::State& state) {
  if (!ready(state)) return;
  auto parser = nlp::parser::Parser::load(parser_file());
  Document doc = conllu::to_document(*dev_sentences(), "dev");
  for (auto _ : state)
    for (const Sentence& s : doc.sentences) parser.parse(doc, s);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(doc.tokens.size() * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["weights"] = static_cast<double>(parser.num_weights());
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
