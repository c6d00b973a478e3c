#include "nlp/tagger.h"

#include <algorithm>

#include <fmt/format.h>

#include "nlp/tag_features.h"

namespace entente::nlp {

std::string TaggerConfig::describe() const {
  return fmt::format("averaged perceptron tagger; epochs={} seed={}", epochs, seed);
}

std::vector<WordTags> Tagger::tag(std::span<const std::string_view> words) const {
  TagContext context;
  context.reset(words, [this](uint64_t lower) { return ambiguity(lower); });
  std::vector<float> scores(std::max(upos_.size(), feats_.size()));
  std::vector<uint64_t> features;
  std::vector<uint16_t> first(words.size()), tags(words.size());
  int n = static_cast<int>(words.size());
  for (int i = n - 1; i >= 0; --i) {
    tag_features(context, i, i + 1 < n ? first[i + 1] : kNoTag, i + 2 < n ? first[i + 2] : kNoTag, {}, features);
    first[i] = static_cast<uint16_t>(first_pass_.predict(features, {}, scores));
  }
  for (int i = 0; i < n; ++i) {
    tag_features(context, i, i > 0 ? tags[i - 1] : kNoTag, i > 1 ? tags[i - 2] : kNoTag, first, features);
    tags[i] = static_cast<uint16_t>(second_pass_.predict(features, {}, scores));
  }
  std::vector<WordTags> out(words.size());
  for (int i = 0; i < n; ++i) {
    out[i].tag = tags[i];
    auto candidates = feats_candidates(tags[i]);
    if (candidates.size() == 1) {
      out[i].feats = candidates[0];
    } else if (!candidates.empty()) {
      feats_features(context, i, tags, nominal_, features);
      out[i].feats = static_cast<uint16_t>(feats_model_.predict(features, candidates, scores));
    }
  }
  return out;
}

TagAccuracy Tagger::evaluate(const std::vector<conllu::Sentence>& gold) const {
  TagAccuracy acc;
  std::vector<std::string_view> words;
  for (const auto& sentence : gold) {
    words.clear();
    for (const auto& w : sentence.words) words.push_back(w.form);
    auto tags = tag(words);
    for (size_t i = 0; i < words.size(); ++i) {
      const auto& g = sentence.words[i];
      bool u = upos(tags[i]) == g.upos, x = xpos(tags[i]) == g.xpos, f = feats(tags[i]) == g.feats;
      acc.words++;
      acc.upos += u;
      acc.xpos += x;
      acc.feats += f;
      acc.all += u && x && f;
    }
  }
  return acc;
}

void Tagger::save(const std::filesystem::path& path) const {
  ModelWriter out(path, "tagger", config_);
  out.strings(upos_);
  out.strings(xpos_);
  out.strings(feats_);
  out.array(nominal_);
  out.array(candidate_begin_);
  out.array(feats_candidates_);
  std::vector<uint64_t> keys, values;
  for (const auto& [k, v] : ambiguity_) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  for (uint64_t k : keys) values.push_back(ambiguity_.at(k));
  out.array(keys);
  out.array(values);
  first_pass_.save(out);
  second_pass_.save(out);
  feats_model_.save(out);
  out.finish();
}

Tagger Tagger::load(const std::filesystem::path& path) {
  ModelReader in(path, "tagger");
  Tagger t;
  t.config_ = in.config();
  t.upos_ = in.strings();
  t.xpos_ = in.strings();
  t.feats_ = in.strings();
  t.nominal_ = in.array<uint8_t>();
  t.candidate_begin_ = in.array<uint32_t>();
  t.feats_candidates_ = in.array<uint16_t>();
  auto keys = in.array<uint64_t>();
  auto values = in.array<uint64_t>();
  auto corrupt = [&](const char* what) { return ModelError(fmt::format("{}: corrupt tagger model ({})", path.string(), what)); };
  if (keys.size() != values.size()) throw corrupt("ambiguity table");
  t.ambiguity_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) t.ambiguity_.emplace(keys[i], values[i]);
  try {
    t.first_pass_ = Perceptron::load(in);
    t.second_pass_ = Perceptron::load(in);
    t.feats_model_ = Perceptron::load(in);
  } catch (const ModelError& e) {
    throw ModelError(fmt::format("{}: {}", path.string(), e.what()));
  }
  size_t tags = t.upos_.size();
  if (tags == 0 || t.xpos_.size() != tags || t.nominal_.size() != tags || t.candidate_begin_.size() != tags + 1 ||
      t.candidate_begin_.back() != t.feats_candidates_.size() || t.first_pass_.num_classes() != static_cast<int>(tags) ||
      t.second_pass_.num_classes() != static_cast<int>(tags) ||
      t.feats_model_.num_classes() != static_cast<int>(t.feats_.size()) || t.feats_.empty())
    throw corrupt("inconsistent class tables");
  for (size_t i = 0; i < tags; ++i)
    if (t.candidate_begin_[i] > t.candidate_begin_[i + 1]) throw corrupt("candidate table");
  for (uint16_t c : t.feats_candidates_)
    if (c >= t.feats_.size()) throw corrupt("FEATS class out of range");
  return t;
}

}  // namespace entente::nlp
