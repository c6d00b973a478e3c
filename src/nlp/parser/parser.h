#pragma once
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "core/conllu.h"
#include "core/document.h"
#include "nlp/parser/parse_features.h"
#include "nlp/parser/transition_system.h"
#include "nlp/parser/transition_weights.h"

// Labelled dependency parser: greedy arc-hybrid transitions scored by an
// averaged perceptron over hashed features of the stack, the buffer and the
// partial tree, trained with a dynamic oracle (so non-projective training
// trees are fine: the oracle just aims for the best reachable tree).
namespace entente::nlp::parser {

struct TrainConfig {
  int epochs = 8;
  uint64_t seed = 1;
  // From this epoch on (1-based), training follows the model's own mistakes
  // with probability `explore`, so it learns to recover from them.
  int explore_from_epoch = 2;
  double explore = 0.9;
  // Averaged weights below this magnitude are dropped from the saved model:
  // on EWT, 1.5 keeps a sixth of them (7 MB instead of 35) for -0.15 LAS.
  float min_weight = 1.5f;
  // Training runs (seeds seed, seed+1, ...) whose weights are averaged into
  // one model, and how many of them train at once (threads do not change
  // the model).
  int runs = 1;
  int threads = 1;
  // Where the training tags came from ("5-fold jackknifed taggers of 6
  // epochs"); recorded in the header, empty when unknown.
  std::string train_tags;
  // The share of subject-first sentences also trained with a date in front
  // (date_openers.h); 0 = none. Recorded in the header.
  double date_openers = 0;
  // The same for copies with a noun-phrase subject (nlp/noun_subjects.h).
  double noun_subjects = 0;
  // The same for copies with a relative clause after the subject (relative_clauses.h).
  double relative_clauses = 0;
  std::string describe() const;  // stored in the model header
};

// Unlabelled and labelled attachment scores, CoNLL 2018 style: every word
// counts (punctuation too) and LAS compares the universal part of the
// relation ("nsubj" for "nsubj:pass").
struct AttachmentScore {
  size_t words = 0, unlabelled = 0, labelled = 0;  // correct counts
  double uas() const { return words ? 100.0 * unlabelled / words : 0.0; }
  double las() const { return words ? 100.0 * labelled / words : 0.0; }
};

class Parser {
 public:
  Parser() = default;  // an untrained parser: still always produces a tree

  // Throws ModelError when the file is missing, old, foreign or corrupt.
  static Parser load(const std::filesystem::path& file);
  // Throws ModelError when the file cannot be written.
  void save(const std::filesystem::path& file) const;

  // Reads the tokens of `s` (text, and doc.upos/xpos/lemma when filled) and
  // fills doc.head / doc.deprel for them (resizing the layers to
  // doc.tokens.size() if needed): head 1-based within the sentence, 0 = root.
  // Always produces a tree with exactly one root. Thread-safe.
  void parse(Document& doc, const Sentence& s) const;

  // Parses the words of `sentence` (FORM, LEMMA, UPOS, XPOS) and returns
  // (head, deprel) per word, in order.
  std::vector<std::pair<int, std::string>> parse(const conllu::Sentence& sentence) const;

  // Parses every sentence of `gold` from its words and tags and scores the
  // result against its gold HEAD/DEPREL.
  AttachmentScore evaluate(const std::vector<conllu::Sentence>& gold) const;

  // Drops the weights below `min_weight` (see TrainConfig::min_weight) and
  // notes it in config().
  void prune(float min_weight);

  const std::string& config() const { return config_; }
  const std::vector<std::string>& labels() const { return labels_; }
  size_t num_weights() const { return model_.num_weights(); }

 private:
  friend class ParserTrainer;
  // Runs the greedy derivation over `words` (index 0 = root) in `state`.
  void run(const std::vector<WordCodes>& words, State& state) const;

  std::string config_;
  std::vector<std::string> labels_{"dep"};  // relation id -> name ("nsubj:pass")
  TransitionWeights model_;  // classes: see transition_system.h
};

// Learns a parser from the HEAD/DEPREL of `train` (using whatever tags its
// words carry, gold or predicted). Deterministic for a given data and config.
// Logs per-epoch dev UAS/LAS to `log` when `dev` is not empty.
Parser train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
             const TrainConfig& config, std::ostream& log);

}  // namespace entente::nlp::parser
