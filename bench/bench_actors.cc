// Actor recognition cost: dictionary load time and recognition throughput in
// tokens/s (compare with bench_nlp's tagging/parsing tokens/s: recognition
// should add under 10% to the cost of parsing).
#include <filesystem>
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "actors/recognizer.h"
#include "text/front_end.h"

namespace {

using namespace entente;

// The example articles when ../shared is there, else a made-up paragraph.
std::string bench_text() {
  auto path = std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "examples" / "examples.jsonl";
  std::ifstream in(path);
  std::string line, text;
  while (std::getline(in, line)) text += nlohmann::json::parse(line).value("text", "") + "\n";
  if (!text.empty()) return text;
  std::string paragraph =
      "Chinese President Xi Jinping met Vietnamese leaders in Hanoi on Monday. The two countries signed "
      "agreements on trade. Cuba's foreign minister said Havana supports the United Nations. ";
  for (int i = 0; i < 50; ++i) text += paragraph;
  return text;
}

const actors::Dictionary& dictionary() {
  static const auto loaded = actors::Dictionary::load(actors::default_data_dir());
  return *loaded;
}

void BM_LoadDictionary(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded = actors::Dictionary::load(actors::default_data_dir());
    benchmark::DoNotOptimize(loaded.get());
    state.counters["names"] = double(loaded->sizes().names);
  }
  state.SetLabel("ISO countries + data/actors");
}
BENCHMARK(BM_LoadDictionary)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {  // the front end, for scale
  Document doc;
  doc.text = bench_text();
  size_t tokens = 0;
  for (auto _ : state) {
    text::segment(doc);
    tokens += doc.tokens.size();
  }
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Recognize(benchmark::State& state) {
  actors::Recognizer recognizer(dictionary());
  Document doc;
  doc.text = bench_text();
  doc.date = "2025-04-14";
  text::segment(doc);
  size_t tokens = 0, mentions = 0;
  for (auto _ : state) {
    recognizer.recognize(doc);
    tokens += doc.tokens.size();
    mentions = doc.mentions.size();
  }
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
  state.counters["mentions"] = double(mentions);
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
