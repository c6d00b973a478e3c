// Training for the Tagger (declared in tagger.h).
#include <algorithm>
#include <chrono>
#include <map>

#include <fmt/format.h>

#include "nlp/feature_hash.h"
#include "nlp/tag_features.h"
#include "nlp/tagger.h"
#include "nlp/training_order.h"

namespace entente::nlp {

class TaggerTrainer {
 public:
  TaggerTrainer(const std::vector<conllu::Sentence>& train, const TaggerConfig& config)
      : train_(train), config_(config) {}

  Tagger run(const std::vector<conllu::Sentence>& dev, std::ostream& log);

 private:
  void collect_classes();
  void collect_ambiguity();
  void collect_dictionary();
  struct Trainers {
    PerceptronTrainer first, second, feats;
  };
  void train_sentence(const conllu::Sentence& sentence, Trainers& trainers);
  void finish(const Trainers& trainers);

  const std::vector<conllu::Sentence>& train_;
  TaggerConfig config_;
  Tagger model_;
  std::map<std::string, uint16_t> tag_ids_, feats_ids_;
  // Scratch reused across sentences.
  TagContext context_;
  std::vector<uint64_t> features_;
  std::vector<float> scores_;
};

void TaggerTrainer::collect_classes() {
  std::map<std::string, std::map<std::string, int>> feats_by_tag;
  for (const auto& s : train_)
    for (const auto& w : s.words) feats_by_tag[w.upos + "\t" + w.xpos][w.feats]++;
  // "_" is FEATS class 0, the answer for tags never seen with any feature.
  feats_ids_["_"] = 0;
  model_.feats_.push_back("_");
  for (const auto& [tag, feats] : feats_by_tag) {
    tag_ids_[tag] = static_cast<uint16_t>(tag_ids_.size());
    size_t tab = tag.find('\t');
    model_.upos_.push_back(tag.substr(0, tab));
    model_.xpos_.push_back(tag.substr(tab + 1));
    const std::string& upos = model_.upos_.back();
    model_.nominal_.push_back(upos == "NOUN" || upos == "PROPN" || upos == "PRON");
    for (const auto& [f, count] : feats)
      if (feats_ids_.emplace(f, static_cast<uint16_t>(feats_ids_.size())).second) model_.feats_.push_back(f);
  }
  model_.candidate_begin_.push_back(0);
  for (const auto& [tag, feats] : feats_by_tag) {
    std::vector<uint16_t> ids;
    for (const auto& [f, count] : feats) ids.push_back(feats_ids_.at(f));
    std::sort(ids.begin(), ids.end());
    model_.feats_candidates_.insert(model_.feats_candidates_.end(), ids.begin(), ids.end());
    model_.candidate_begin_.push_back(static_cast<uint32_t>(model_.feats_candidates_.size()));
  }
}

// A word's ambiguity class is the set of tags it takes in training (each at
// least 5% of its occurrences), kept for words seen at least 3 times so the
// feature generalizes rather than memorizes single occurrences.
void TaggerTrainer::collect_ambiguity() {
  std::map<uint64_t, std::map<uint16_t, int>> counts;
  for (const auto& s : train_)
    for (const auto& w : s.words) counts[hash_text(fold_word(w.form))][tag_ids_.at(w.upos + "\t" + w.xpos)]++;
  for (const auto& [word, tags] : counts) {
    int total = 0;
    for (const auto& [t, n] : tags) total += n;
    if (total < 3) continue;
    std::vector<uint16_t> frequent;  // ascending: `tags` is a map
    for (const auto& [t, n] : tags)
      if (n * 20 >= total) frequent.push_back(t);
    model_.ambiguity_.emplace(word, ambiguity_class(frequent));
  }
}

// Frequent forms that (nearly) always took one tag are tagged without
// scoring. (A FEATS dictionary of (form, tag) pairs seen with one FEATS was
// tried too: it cost 0.14 UFeats on dev, so every FEATS goes to the model.)
void TaggerTrainer::collect_dictionary() {
  std::map<uint64_t, std::map<uint16_t, int>> tags_of;
  for (const auto& s : train_)
    for (const auto& w : s.words) tags_of[hash_text(w.form)][tag_ids_.at(w.upos + "\t" + w.xpos)]++;
  for (const auto& [form, tags] : tags_of) {
    int total = 0, best = 0;
    uint16_t best_tag = 0;
    for (const auto& [t, n] : tags) {
      total += n;
      if (n > best) best = n, best_tag = t;
    }
    if (total >= config_.dictionary_min_count && best >= config_.dictionary_purity * total)
      model_.tag_dictionary_.emplace(form, best_tag);
  }
}

void TaggerTrainer::finish(const Trainers& t) {
  model_.first_pass_ = t.first.finish();
  model_.second_pass_ = t.second.finish();
  model_.feats_model_ = t.feats.finish();
}

void TaggerTrainer::train_sentence(const conllu::Sentence& s, Trainers& t) {
  std::vector<std::string_view> words;
  std::vector<uint16_t> gold_tags, gold_feats;
  for (const auto& w : s.words) {
    words.push_back(w.form);
    gold_tags.push_back(tag_ids_.at(w.upos + "\t" + w.xpos));
    gold_feats.push_back(feats_ids_.at(w.feats));
  }
  context_.reset(words, [this](uint64_t lower) { return model_.ambiguity(lower); });
  int n = static_cast<int>(words.size());
  std::vector<uint16_t> known(n), first(n), second(n);
  for (int i = 0; i < n; ++i) known[i] = model_.dictionary_tag(context_.word(i).form);
  // Tags: the history is the model's own predictions, as at tagging time, and
  // each guess is made before the update on that word, so the second pass
  // learns from first-pass tags about as noisy as at tagging time.
  // Dictionary words are tagged as at tagging time, without a lesson.
  for (int i = n - 1; i >= 0; --i) {
    if (known[i] != Tagger::kNoDictionaryTag) {
      first[i] = known[i];
      continue;
    }
    tag_features(context_, i, i + 1 < n ? first[i + 1] : kNoTag, i + 2 < n ? first[i + 2] : kNoTag, {}, features_);
    int guess = t.first.predict(features_, {}, scores_);
    t.first.update(features_, gold_tags[i], guess);
    first[i] = static_cast<uint16_t>(guess);
  }
  for (int i = 0; i < n; ++i) {
    if (known[i] != Tagger::kNoDictionaryTag) {
      second[i] = known[i];
      continue;
    }
    tag_features(context_, i, i > 0 ? second[i - 1] : kNoTag, i > 1 ? second[i - 2] : kNoTag, first, features_);
    int guess = t.second.predict(features_, {}, scores_);
    t.second.update(features_, gold_tags[i], guess);
    second[i] = static_cast<uint16_t>(guess);
  }
  // FEATS: learned in the context of the gold tags.
  for (int i = 0; i < n; ++i) {
    auto candidates = model_.feats_candidates(gold_tags[i]);
    if (candidates.size() < 2) continue;
    feats_features(context_, i, gold_tags, model_.nominal_, features_);
    int guess = t.feats.predict(features_, candidates, scores_);
    t.feats.update(features_, gold_feats[i], guess);
  }
}

Tagger TaggerTrainer::run(const std::vector<conllu::Sentence>& dev, std::ostream& log) {
  auto start = std::chrono::steady_clock::now();
  model_.config_ = config_.describe();
  collect_classes();
  collect_ambiguity();
  collect_dictionary();
  scores_.assign(std::max(model_.upos_.size(), model_.feats_.size()), 0.0f);
  int num_tags = static_cast<int>(model_.upos_.size());
  log << fmt::format("tagger: {} sentences, {} tags, {} FEATS classes, {} epochs x {} runs, {} dictionary forms\n",
                     train_.size(), model_.upos_.size(), model_.feats_.size(), config_.epochs, config_.runs,
                     model_.tag_dictionary_.size());
  auto report = [&](const std::string& what, bool score) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (dev.empty() || !score) {
      log << fmt::format("  {}  {:6.1f}s\n", what, seconds);
    } else {
      TagAccuracy a = model_.evaluate(dev);
      log << fmt::format("  {}  {:6.1f}s  dev UPOS {:.2f}  XPOS {:.2f}  UFeats {:.2f}  all {:.2f}\n", what, seconds,
                         a.percent(a.upos), a.percent(a.xpos), a.percent(a.feats), a.percent(a.all));
    }
    log.flush();
  };
  std::vector<Perceptron> firsts, seconds, feats;
  for (int run = 0; run < config_.runs; ++run) {
    Trainers trainers{PerceptronTrainer(num_tags), PerceptronTrainer(num_tags),
                      PerceptronTrainer(static_cast<int>(model_.feats_.size()))};
    uint64_t seed = config_.seed + static_cast<uint64_t>(run);
    for (int epoch = 0; epoch < config_.epochs; ++epoch) {
      for (size_t index : training_order(train_.size(), seed, epoch)) train_sentence(train_[index], trainers);
      bool score = !dev.empty() && (epoch + 1 == config_.epochs || epoch % 4 == 3);
      if (score) finish(trainers);
      report(fmt::format("run {} epoch {:2}", run + 1, epoch + 1), score);
    }
    finish(trainers);
    firsts.push_back(std::move(model_.first_pass_));
    seconds.push_back(std::move(model_.second_pass_));
    feats.push_back(std::move(model_.feats_model_));
  }
  if (config_.runs == 1) {
    model_.first_pass_ = std::move(firsts[0]);
    model_.second_pass_ = std::move(seconds[0]);
    model_.feats_model_ = std::move(feats[0]);
  } else {
    model_.first_pass_ = Perceptron::mean(firsts);
    model_.second_pass_ = Perceptron::mean(seconds);
    model_.feats_model_ = Perceptron::mean(feats);
    report(fmt::format("mean of {} runs", config_.runs), true);
  }
  log << fmt::format("tagger: {} + {} + {} features, {} + {} + {} weights\n", model_.first_pass_.num_features(),
                     model_.second_pass_.num_features(), model_.feats_model_.num_features(),
                     model_.first_pass_.num_weights(), model_.second_pass_.num_weights(),
                     model_.feats_model_.num_weights());
  model_.find_rule_tags();
  return std::move(model_);
}

Tagger Tagger::train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                     const TaggerConfig& config, std::ostream& log) {
  TaggerTrainer trainer(train, config);
  return trainer.run(dev, log);
}

}  // namespace entente::nlp
