#pragma once
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/conllu.h"
#include "nlp/edit_script.h"
#include "nlp/perceptron.h"

// Lemmatizer learned from a treebank: an exception lexicon of the forms seen
// in training, looked up by (form, XPOS), then (form, UPOS) (so a wrongly
// predicted XPOS within the right UPOS still finds the word), a capitalised
// form not in it is looked up in lowercase, and for everything else
// an averaged perceptron that picks an edit script (see edit_script.h) from
// the word's affixes, shape and tags. When the best script makes a lemma never
// seen in training ("acquiring" -> "acquir"), a runner-up scoring within
// `known_lemma_margin` that makes a known lemma ("acquire") wins instead.
namespace entente::nlp {

struct LemmatizerConfig {
  int epochs = 6;
  uint64_t seed = 1;
  int min_script_count = 2;  // rarer scripts are left to the lexicon
  float known_lemma_margin = 10;  // 0: always the best-scoring script (10: best on a held-out tenth of train)
  std::string describe() const;
};

struct LemmaAccuracy {
  size_t words = 0, correct = 0, from_lexicon = 0, lexicon_correct = 0;
  double percent() const { return words ? 100.0 * correct / words : 0.0; }
};

class Lemmatizer {
 public:
  // Throws ModelError when the file is missing, old or not a lemmatizer.
  static Lemmatizer load(const std::filesystem::path& path);
  void save(const std::filesystem::path& path) const;

  // Learns from the gold forms, tags and lemmas of `train`; deterministic for
  // a given config. Progress and accuracy on `dev` (gold tags) go to `log`.
  static Lemmatizer train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                          const LemmatizerConfig& config, std::ostream& log);

  // The lemma of one word given its tags. Thread-safe.
  std::string lemmatize(std::string_view form, std::string_view upos, std::string_view xpos,
                        std::string_view feats) const;

  // Whether training showed `form` (exactly so cased) with these tags.
  bool knows(std::string_view form, std::string_view upos, std::string_view xpos) const {
    return lookup(form, upos, xpos) != nullptr;
  }

  // Lemmatizes the words of `gold` with their gold tags and counts agreements.
  LemmaAccuracy evaluate(const std::vector<conllu::Sentence>& gold) const;
  const std::string& config() const { return config_; }

 private:
  friend class LemmatizerTrainer;
  const std::string* lookup(std::string_view form, std::string_view upos, std::string_view xpos) const;
  // The lemma of the one known word that a lowercase `form` is a typo of,
  // or null: two neighbouring letters swapped in a word of 6 or more
  // letters ("recieve"), or a letter typed three or more times
  // ("prettty", "soooo").
  const std::string* typo_lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;
  // The classifier's best applicable script for the word, preferring a known
  // lemma within known_lemma_margin_.
  std::string guess(std::string_view form, std::string_view upos, std::string_view xpos,
                    std::string_view feats) const;
  bool known_lemma(std::string_view lemma) const;
  // The one known lemma that an unknown guessed lemma is a respelling of,
  // or null: a doubled final letter undone ("hott" -> "hot"), a final "e"
  // added ("clos" -> "close"; not dropped: "pines" -> "pine", not "pin"),
  // "ck" -> "c", "i" -> "y".
  std::optional<std::string> known_respelling(std::string_view stem) const;
  void index_known_lemmas();

  std::string config_;
  std::vector<std::string> lexicon_lemmas_;
  std::unordered_map<uint64_t, uint32_t> lexicon_;  // lexicon_key() -> index into lexicon_lemmas_
  std::unordered_set<uint64_t> known_lemmas_;       // hash_text() of every lexicon lemma
  std::vector<EditScript> scripts_;                 // the classifier's classes
  float known_lemma_margin_ = 0;
  Perceptron model_;
};

// The classifier's features for one word (shared by training and lemmatizing).
void lemma_features(std::string_view form, std::string_view upos, std::string_view xpos, std::string_view feats,
                    std::vector<uint64_t>& out);

// The lexicon key of a form with its XPOS (upos empty) or its UPOS (xpos empty).
uint64_t lexicon_key(std::string_view form, std::string_view upos, std::string_view xpos);

}  // namespace entente::nlp
