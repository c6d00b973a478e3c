// Training for the Lemmatizer (declared in lemmatizer.h).
#include <chrono>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "nlp/lemmatizer.h"
#include "nlp/training_order.h"
#include "nlp/word_features.h"

namespace entente::nlp {

class LemmatizerTrainer {
 public:
  static Lemmatizer run(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                        const LemmatizerConfig& config, std::ostream& log);
};

Lemmatizer LemmatizerTrainer::run(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                                  const LemmatizerConfig& config, std::ostream& log) {
  auto start = std::chrono::steady_clock::now();
  Lemmatizer model;
  model.config_ = config.describe();
  model.known_lemma_margin_ = config.known_lemma_margin;

  // Lexicon: the most frequent lemma of each (form, XPOS) and (form, UPOS);
  // ties go to the alphabetically first so the result does not depend
  // on input order.
  std::map<std::tuple<std::string, std::string, std::string>, std::map<std::string, int>> seen;
  std::map<EditScript, int> script_counts;
  struct Example {
    const conllu::Word* word;
    EditScript script;
  };
  std::vector<Example> examples;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      // Keyed and scripted by the form lemmatize() sees ("n’t" as "n't").
      const std::string form = plain_quotes(w.form);
      seen[{form, "", w.xpos}][w.lemma]++;
      seen[{form, w.upos, ""}][w.lemma]++;
      if (auto script = derive_edit_script(form, w.lemma)) {
        script_counts[*script]++;
        examples.push_back({&w, *script});
      }
    }
  std::map<std::string, uint32_t> lemma_ids;
  for (const auto& [key, lemmas] : seen) {
    const std::string* best = nullptr;
    int best_count = 0;
    for (const auto& [lemma, count] : lemmas)
      if (count > best_count) best = &lemma, best_count = count;
    auto [it, added] = lemma_ids.emplace(*best, static_cast<uint32_t>(model.lexicon_lemmas_.size()));
    if (added) model.lexicon_lemmas_.push_back(*best);
    model.lexicon_.emplace(lexicon_key(std::get<0>(key), std::get<1>(key), std::get<2>(key)), it->second);
  }
  model.index_known_lemmas();

  std::map<EditScript, uint16_t> script_ids;
  for (const auto& [script, count] : script_counts)
    if (count >= config.min_script_count && script_ids.size() < 65535) {
      script_ids.emplace(script, static_cast<uint16_t>(model.scripts_.size()));
      model.scripts_.push_back(script);
    }
  log << fmt::format("lemmatizer: {} lexicon entries, {} edit scripts, {} epochs\n", model.lexicon_.size(),
                     model.scripts_.size(), config.epochs);

  PerceptronTrainer trainer(static_cast<int>(model.scripts_.size()));
  std::vector<float> scores(model.scripts_.size());
  std::vector<uint64_t> features;
  for (int epoch = 0; epoch < config.epochs; ++epoch) {
    for (size_t index : training_order(examples.size(), config.seed, epoch)) {
      const Example& e = examples[index];
      auto truth = script_ids.find(e.script);
      if (truth == script_ids.end()) continue;
      const conllu::Word& w = *e.word;
      lemma_features(w.form, w.upos, w.xpos, w.feats, features);
      int guess = trainer.predict(features, {}, scores);
      trainer.update(features, truth->second, guess);
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log << fmt::format("  epoch {:2}  {:6.1f}s\n", epoch + 1, seconds);
  }
  model.model_ = trainer.finish();
  if (!dev.empty()) {
    LemmaAccuracy a = model.evaluate(dev);
    log << fmt::format("lemmatizer: dev lemma {:.2f} (gold tags); lexicon covers {:.2f}% at {:.2f}, rest {:.2f}\n",
                       a.percent(), 100.0 * a.from_lexicon / std::max<size_t>(a.words, 1),
                       100.0 * a.lexicon_correct / std::max<size_t>(a.from_lexicon, 1),
                       100.0 * (a.correct - a.lexicon_correct) / std::max<size_t>(a.words - a.from_lexicon, 1));
  }
  return model;
}

Lemmatizer Lemmatizer::train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                             const LemmatizerConfig& config, std::ostream& log) {
  return LemmatizerTrainer::run(train, dev, config, log);
}

}  // namespace entente::nlp
