// NLP stage throughput on UD English EWT dev with gold tokens: tagging,
// lemmatizing and parsing, each alone and all together (sentence by sentence,
// and document by document as the pipeline calls it), on one core; model
// load time; peak resident memory. Skips when ../shared or models/ is absent.
#include <benchmark/benchmark.h>

#include <fstream>
#include <optional>
#include <string>

#include "bench/bench_support.h"
#include "core/conllu.h"
#include "nlp/annotator.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_file.h"
#include "nlp/tagger.h"

namespace {

using namespace entente;

using bench::dev_sentences;
using bench::peak_rss_mb;

std::filesystem::path models_dir() { return nlp::find_models_dir(""); }

size_t count_words(const std::vector<conllu::Sentence>& sentences) {
  size_t n = 0;
  for (const auto& s : sentences) n += s.words.size();
  return n;
}


bool ready(benchmark::State& state) {
  if (!dev_sentences()) {
    state.SkipWithError("needs ../shared/data/ud (absent)");
    return false;
  }
  if (!std::filesystem::exists(models_dir() / "tagger.bin")) {
    state.SkipWithError("needs models/ (run `make models`)");
    return false;
  }
  return true;
}

void BM_LoadModels(benchmark::State& state) {
  if (!ready(state)) return;
  for (auto _ : state) benchmark::DoNotOptimize(nlp::Annotator::load(models_dir(), false));
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  if (!ready(state)) return;
  auto tagger = nlp::Tagger::load(models_dir() / "tagger.bin");
  const auto& dev = *dev_sentences();
  std::vector<std::string_view> words;
  for (auto _ : state)
    for (const auto& s : dev) {
      words.clear();
      for (const auto& w : s.words) words.push_back(w.form);
      benchmark::DoNotOptimize(tagger.tag(words));
    }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(count_words(dev) * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_Lemmatize(benchmark::State& state) {
  if (!ready(state)) return;
  auto lemmatizer = nlp::Lemmatizer::load(models_dir() / "lemmatizer.bin");
  const auto& dev = *dev_sentences();
  for (auto _ : state)
    for (const auto& s : dev)
      for (const auto& w : s.words) benchmark::DoNotOptimize(lemmatizer.lemmatize(w.form, w.upos, w.xpos, w.feats));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(count_words(dev) * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Lemmatize)->Unit(benchmark::kMillisecond);

// Tag + lemmatize + parse (when models/parser.bin exists) every dev sentence.
void BM_TagLemmatizeParse(benchmark::State& state) {
  if (!ready(state)) return;
  auto annotator = nlp::Annotator::load(models_dir(), false);
  auto sentences = *dev_sentences();
  for (auto _ : state)
    for (auto& s : sentences) annotator->annotate(s);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(count_words(sentences) * state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["parser"] = annotator->has_parser() ? 1 : 0;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_TagLemmatizeParse)->Unit(benchmark::kMillisecond);

// The same work as the pipeline does it: one Document per EWT dev document
// ("# newdoc id"), each annotated in one call (every sentence tagged and
// lemmatized, then every sentence parsed).
void BM_AnnotateDocuments(benchmark::State& state) {
  if (!ready(state)) return;
  auto annotator = nlp::Annotator::load(models_dir(), false);
  std::vector<Document> documents;
  std::vector<conllu::Sentence> pending;
  auto flush = [&] {
    if (!pending.empty()) documents.push_back(conllu::to_document(pending, std::to_string(documents.size())));
    pending.clear();
  };
  for (const auto& s : *dev_sentences()) {
    if (!s.comment("newdoc id").empty()) flush();
    pending.push_back(s);
  }
  flush();
  size_t tokens = 0;
  for (const auto& doc : documents) tokens += doc.tokens.size();
  for (auto _ : state)
    for (auto& doc : documents) annotator->annotate(doc);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(documents.size());
}
BENCHMARK(BM_AnnotateDocuments)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
