// Text front end throughput: NFC normalisation + tokenization + sentence
// splitting on one core, over the raw text of UD English EWT dev (rebuilt
// from the gold file) and the news articles in ../shared/examples. Reports
// tokens/s, MB/s and peak resident memory (getrusage ru_maxrss). Skips an
// input when ../shared is absent; the made-up sample corpus always runs.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "core/conllu.h"
#include "core/document.h"
#include "text/front_end.h"

namespace {

using namespace entente;

std::filesystem::path shared_dir() { return std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared"; }

std::optional<std::string> ewt_dev_text() {
  auto path = shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) return std::nullopt;
  return conllu::to_document(conllu::read_file(path.string()), "dev").text;
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every .txt file in the folder, separated by blank lines.
std::optional<std::string> folder_text(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir)) return std::nullopt;
  std::string text;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") text += read_all(entry.path()) + "\n\n";
  if (text.empty()) return std::nullopt;
  return text;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in kilobytes on Linux
}

void run_front_end(benchmark::State& state, const std::optional<std::string>& text) {
  if (!text) {
    state.SkipWithError("needs ../shared (absent)");
    return;
  }
  Document doc;
  doc.text = *text;
  size_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    text::segment(doc);
    tokens += doc.tokens.size();
    bytes += doc.text.size();
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(bytes / 1e6, benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_FrontEndEwtDev(benchmark::State& state) {
  static const auto text = ewt_dev_text();
  run_front_end(state, text);
}
BENCHMARK(BM_FrontEndEwtDev)->Unit(benchmark::kMillisecond);

void BM_FrontEndSharedExamples(benchmark::State& state) {
  static const auto text = folder_text(shared_dir() / "examples");
  run_front_end(state, text);
}
BENCHMARK(BM_FrontEndSharedExamples)->Unit(benchmark::kMicrosecond);

void BM_FrontEndSampleCorpus(benchmark::State& state) {
  static const auto text = folder_text(std::filesystem::path(ENTENTE_SOURCE_DIR) / "examples");
  run_front_end(state, text);
}
BENCHMARK(BM_FrontEndSampleCorpus)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
