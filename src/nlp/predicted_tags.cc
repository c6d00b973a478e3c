#include "nlp/predicted_tags.h"

#include <atomic>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>

#include "nlp/context_lemmas.h"

namespace entente::nlp {

void retag(std::vector<conllu::Sentence>& sentences, const Tagger& tagger, const Lemmatizer& lemmatizer) {
  std::vector<std::string_view> words;
  for (auto& s : sentences) {
    words.clear();
    for (const auto& w : s.words) words.push_back(w.form);
    auto tags = tagger.tag(words);
    for (size_t k = 0; k < s.words.size(); ++k) {
      conllu::Word& w = s.words[k];
      w.upos = tagger.upos(tags[k]);
      w.xpos = tagger.xpos(tags[k]);
      w.feats = tagger.feats(tags[k]);
      w.lemma = lemmatizer.lemmatize(w.form, w.upos, w.xpos, w.feats);
    }
    apply_context_lemmas(s, lemmatizer);
  }
}

void jackknife_retag(std::vector<conllu::Sentence>& sentences, int folds, const TaggerConfig& tagger_config,
                     const LemmatizerConfig& lemmatizer_config, int threads, std::ostream& log) {
  if (folds < 2) throw std::invalid_argument(fmt::format("jackknife needs at least 2 folds, got {}", folds));
  // Fold k holds sentences i with i % folds == k: every fold samples the whole
  // treebank rather than one genre.
  std::vector<std::vector<conllu::Sentence>> tagged(folds);
  std::mutex log_mutex;
  std::atomic<int> next{0};
  std::exception_ptr failure;
  auto work = [&] {
    for (int k; (k = next++) < folds;) {
      try {
        std::vector<conllu::Sentence> rest, part;
        for (size_t i = 0; i < sentences.size(); ++i) (static_cast<int>(i % folds) == k ? part : rest).push_back(sentences[i]);
        std::ostringstream quiet;
        Tagger tagger = Tagger::train(rest, {}, tagger_config, quiet);
        Lemmatizer lemmatizer = Lemmatizer::train(rest, {}, lemmatizer_config, quiet);
        retag(part, tagger, lemmatizer);
        tagged[k] = std::move(part);
        std::lock_guard lock(log_mutex);
        log << fmt::format("jackknife: fold {}/{} tagged ({} sentences)\n", k + 1, folds, tagged[k].size());
        log.flush();
      } catch (...) {
        std::lock_guard lock(log_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min(threads, folds); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  std::vector<size_t> taken(folds, 0);
  for (size_t i = 0; i < sentences.size(); ++i) {
    int k = static_cast<int>(i % folds);
    sentences[i] = std::move(tagged[k][taken[k]++]);
  }
}

}  // namespace entente::nlp
