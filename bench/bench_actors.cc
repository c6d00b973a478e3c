// Actor recognition cost: dictionary load time and recognition throughput in
// tokens/s, on plain and on tagged and parsed text; BM_RecognizeParsed also
// reports recognition's CPU time as a share of tagging+parsing the same text
// (the target: under 10%).
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "actors/recognizer.h"
#include "bench/bench_support.h"
#include "nlp/annotator.h"
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
  state.counters["peak_rss_MB"] = bench::peak_rss_mb();
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

double cpu_seconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

// Recognition on tagged and parsed text (the CLI's and the coder's case: the
// tags and the parse switch on more rules), and its cost next to the NLP's.
void BM_RecognizeParsed(benchmark::State& state) {
  std::unique_ptr<nlp::Annotator> annotator;
  try {
    annotator = nlp::Annotator::load(nlp::find_models_dir(""));
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  actors::Recognizer recognizer(dictionary());
  Document doc;
  doc.text = bench_text();
  doc.date = "2025-04-14";
  text::segment(doc);
  double start = cpu_seconds();
  const int kRounds = 3;
  for (int round = 0; round < kRounds; ++round) annotator->annotate(doc);
  double nlp_seconds = (cpu_seconds() - start) / kRounds;
  size_t tokens = 0, rounds = 0;
  start = cpu_seconds();
  for (auto _ : state) {
    recognizer.recognize(doc);
    tokens += doc.tokens.size();
    ++rounds;
  }
  double recognize_seconds = (cpu_seconds() - start) / double(rounds);
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
  state.counters["nlp_tokens/s"] = double(doc.tokens.size()) / nlp_seconds;
  state.counters["pct_of_nlp"] = 100.0 * recognize_seconds / nlp_seconds;
  state.counters["mentions"] = double(doc.mentions.size());
}
BENCHMARK(BM_RecognizeParsed)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
