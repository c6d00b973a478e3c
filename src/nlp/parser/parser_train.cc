// Training for the Parser (declared in parser.h).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "nlp/feature_hash.h"
#include "nlp/parser/oracle.h"
#include "nlp/parser/parser.h"
#include "nlp/training_order.h"

namespace entente::nlp::parser {

class ParserTrainer {
 public:
  ParserTrainer(const std::vector<conllu::Sentence>& train, const TrainConfig& config)
      : config_(config), trainer_(1) {
    collect_labels(train);
    trainer_ = TransitionWeightsTrainer(num_classes(static_cast<int>(labels_.size())));
    encode(train);
  }

  // Trains every epoch, logging each (with its dev score when `dev` is not empty).
  void run(const std::vector<conllu::Sentence>& dev, std::ostream& log);
  Parser model(float min_weight) const;
  // The mean of finished trainers' weights as one parser (see TransitionWeightsTrainer::mean).
  static Parser mean(std::span<const std::unique_ptr<ParserTrainer>> runs, const TrainConfig& config);

 private:
  // One training sentence, encoded once.
  struct Example {
    std::vector<WordCodes> words;
    std::vector<int> heads, labels;  // index 0 (the root) unused
  };

  void collect_labels(const std::vector<conllu::Sentence>& train);
  void encode(const std::vector<conllu::Sentence>& train);
  void train_sentence(const Example& example, int epoch);

  TrainConfig config_;
  std::vector<std::string> labels_;
  std::vector<Example> examples_;
  size_t skipped_ = 0;
  TransitionWeightsTrainer trainer_;
  uint64_t random_state_ = 0;
  // Scratch reused across sentences.
  State state_{0};
  std::vector<uint64_t> features_;
  std::vector<float> scores_;
  std::vector<int> costs_;
};

void ParserTrainer::collect_labels(const std::vector<conllu::Sentence>& train) {
  std::set<std::string> labels;
  for (const auto& s : train)
    for (const auto& w : s.words)
      if (w.deprel != "_" && !w.deprel.empty()) labels.insert(w.deprel);
  labels_.assign(labels.begin(), labels.end());
  if (labels_.empty()) labels_.push_back("dep");
}

void ParserTrainer::encode(const std::vector<conllu::Sentence>& train) {
  std::vector<std::string_view> names(labels_.begin(), labels_.end());
  for (const auto& s : train) {
    Example e;
    e.words = encode_sentence(s);
    const int n = static_cast<int>(s.words.size());
    e.heads.assign(n + 1, -1);
    e.labels.assign(n + 1, 0);
    bool usable = n > 0;
    for (int w = 1; w <= n && usable; ++w) {
      const auto& word = s.words[w - 1];
      auto label = std::lower_bound(names.begin(), names.end(), std::string_view(word.deprel));
      // Sentences without a complete tree (HEAD "_" or out of range) teach nothing.
      usable = word.head >= 0 && word.head <= n && word.head != w && label != names.end() && *label == word.deprel;
      if (usable) e.heads[w] = word.head, e.labels[w] = static_cast<int>(label - names.begin());
    }
    if (usable) {
      examples_.push_back(std::move(e));
    } else {
      ++skipped_;
    }
  }
}

void ParserTrainer::train_sentence(const Example& example, int epoch) {
  const int n = static_cast<int>(example.words.size()) - 1;
  const int classes = trainer_.num_classes();
  const GoldTree gold{example.heads, example.labels};
  const bool explore = epoch >= config_.explore_from_epoch;
  state_.reset(n);
  scores_.resize(classes);
  costs_.resize(classes);
  while (!state_.terminal()) {
    if (!state_.can_left() && !state_.can_right()) {  // only SHIFT: a right guess, nothing to learn
      trainer_.update({}, 0, 0);                        // but the average still counts it
      state_.apply(Move::kShift, -1);
      continue;
    }
    extract_features(state_, example.words, features_);
    std::fill(scores_.begin(), scores_.end(), 0.0f);
    trainer_.score(features_, scores_);
    const int guess = best_allowed(state_, std::span<const float>(scores_));
    // The best-scoring move among the cheapest allowed ones is the target.
    const MoveCosts costs = move_costs(state_, gold);
    int min_cost = -1;
    for (int c = 0; c < classes; ++c) {
      costs_[c] = costs.of_class(c);
      if (costs_[c] >= 0 && (min_cost < 0 || costs_[c] < min_cost)) min_cost = costs_[c];
    }
    int truth = -1;
    for (int c = 0; c < classes; ++c)
      if (costs_[c] == min_cost && (truth < 0 || scores_[c] > scores_[truth])) truth = c;
    trainer_.update(features_, truth, guess);
    // Exploring the model's own mistakes teaches it to recover from them.
    int next = truth;
    if (costs_[guess] != min_cost && explore) {
      random_state_ = hash_mix(random_state_, config_.seed);
      if (static_cast<double>(random_state_ >> 11) * 0x1.0p-53 < config_.explore) next = guess;
    }
    state_.apply(move_of(next), label_of(next));
  }
}

Parser ParserTrainer::model(float min_weight) const {
  Parser parser;
  parser.config_ = config_.describe();
  parser.labels_ = labels_;
  parser.model_ = trainer_.finish(min_weight);
  return parser;
}

void ParserTrainer::run(const std::vector<conllu::Sentence>& dev, std::ostream& log) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  log << fmt::format("parser: {} training sentences ({} skipped without a complete tree), {} relations\n",
                     examples_.size(), skipped_, labels_.size());
  random_state_ = config_.seed;
  for (int epoch = 1; epoch <= config_.epochs; ++epoch) {
    for (size_t i : training_order(examples_.size(), config_.seed, epoch)) train_sentence(examples_[i], epoch);
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (dev.empty()) {
      log << fmt::format("epoch {:2}  {:.0f}s\n", epoch, seconds);
    } else {
      AttachmentScore score = model(config_.min_weight).evaluate(dev);
      log << fmt::format("epoch {:2}  dev UAS {:.2f}  LAS {:.2f}  {:.0f}s\n", epoch, score.uas(), score.las(), seconds);
    }
    log.flush();
  }
}

Parser ParserTrainer::mean(std::span<const std::unique_ptr<ParserTrainer>> runs, const TrainConfig& config) {
  std::vector<const TransitionWeightsTrainer*> weights;
  for (const auto& run : runs) weights.push_back(&run->trainer_);
  Parser parser;
  parser.config_ = config.describe();
  parser.labels_ = runs.front()->labels_;
  parser.model_ = TransitionWeightsTrainer::mean(weights, config.min_weight);
  return parser;
}

Parser train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
             const TrainConfig& config, std::ostream& log) {
  if (config.runs <= 1) {
    ParserTrainer trainer(train, config);
    trainer.run(dev, log);
    return trainer.model(config.min_weight);
  }
  // Several runs, seeds seed..seed+runs-1, on up to `threads` threads; each
  // logs into its own buffer (printed in run order) and skips the per-epoch
  // dev score: the mean is scored once at the end.
  const size_t runs = static_cast<size_t>(config.runs);
  std::vector<std::unique_ptr<ParserTrainer>> trainers;
  for (size_t k = 0; k < runs; ++k) {
    TrainConfig one = config;
    one.runs = 1;
    one.seed = config.seed + k;
    trainers.push_back(std::make_unique<ParserTrainer>(train, one));
  }
  std::vector<std::ostringstream> logs(runs);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next++) < runs;) trainers[k]->run({}, logs[k]);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < config.threads && static_cast<size_t>(t) < runs; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  for (size_t k = 0; k < runs; ++k) {
    std::istringstream lines(logs[k].str());
    for (std::string line; std::getline(lines, line);) log << "run " << k + 1 << ": " << line << '\n';
  }
  Parser parser = ParserTrainer::mean(trainers, config);
  if (!dev.empty()) {
    AttachmentScore score = parser.evaluate(dev);
    log << fmt::format("mean of {} runs: dev UAS {:.2f}  LAS {:.2f}\n", runs, score.uas(), score.las());
  }
  return parser;
}

}  // namespace entente::nlp::parser
