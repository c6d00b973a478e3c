// The whole pipeline (front end -> tagger/parser -> actors -> coding) on the
// UD English EWT dev text and the example articles, one core. Reports
// tokens/s and peak RSS. Needs ../shared and trained models; skips otherwise.
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "pipeline/engine.h"

namespace {

using entente::Document;

const std::filesystem::path kShared = std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared";

// EWT dev sentences ("# text = ..."), joined into documents of 20 sentences.
std::vector<Document> ewt_documents() {
  std::vector<Document> docs;
  std::ifstream in(kShared / "data" / "ud" / "en_ewt-ud-dev.conllu");
  std::string line, text;
  int sentences = 0;
  while (std::getline(in, line)) {
    if (!line.starts_with("# text = ")) continue;
    text += line.substr(9) + "\n";
    if (++sentences % 20 == 0) {
      Document d;
      d.id = "ewt-dev-" + std::to_string(docs.size());
      d.text = std::move(text);
      text.clear();
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

std::vector<Document> example_documents() {
  std::vector<Document> docs;
  std::ifstream in(kShared / "examples" / "examples.jsonl");
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    Document d;
    d.id = j.value("id", "");
    d.date = j.value("date", "");
    d.text = j.value("text", "");
    docs.push_back(std::move(d));
  }
  return docs;
}

void run(benchmark::State& state, std::vector<Document> (*corpus)()) {
  if (!std::filesystem::exists(kShared)) return state.SkipWithError("needs ../shared (absent)");
  std::unique_ptr<entente::pipeline::Engine> engine;
  try {
    engine = entente::pipeline::Engine::load({});
  } catch (const std::exception& e) {
    return state.SkipWithError(e.what());
  }
  const std::vector<Document> docs = corpus();
  size_t tokens = 0, events = 0, bytes = 0;
  for (auto _ : state) {
    for (const Document& original : docs) {
      Document doc = original;
      engine->process(doc);
      tokens += doc.tokens.size();
      events += doc.events.size();
      bytes += doc.text.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
  state.counters["events"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kAvgIterations);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_RSS_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

void BM_PipelineEwtDev(benchmark::State& state) { run(state, ewt_documents); }
void BM_PipelineExamples(benchmark::State& state) { run(state, example_documents); }

}  // namespace

BENCHMARK(BM_PipelineEwtDev)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_PipelineExamples)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK_MAIN();
