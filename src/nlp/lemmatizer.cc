#include "nlp/lemmatizer.h"

#include <algorithm>

#include <fmt/format.h>

#include "nlp/feature_hash.h"
#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

enum LemmaTemplate : uint64_t {
  kXpos = 400, kUpos, kXposSuffix, kUposSuffix = kXposSuffix + kMaxAffix, kFeatsSuffix2 = kUposSuffix + kMaxAffix,
  kXposFlags, kXposLower, kFeats, kXposPrefix3, kXposShape,
};

}  // namespace

std::string LemmatizerConfig::describe() const {
  return fmt::format("edit-script perceptron lemmatizer + lexicon; epochs={} seed={} min_script_count={}", epochs, seed,
                     min_script_count);
}

uint64_t lexicon_key(std::string_view form, std::string_view upos, std::string_view xpos) {
  return hash_mix(hash_mix(hash_text(form), hash_text(upos)), hash_text(xpos));
}

void lemma_features(std::string_view form, std::string_view upos, std::string_view xpos, std::string_view feats,
                    std::vector<uint64_t>& out) {
  out.clear();
  WordInfo w = describe_word(form);
  uint64_t x = hash_text(xpos), u = hash_text(upos), f = hash_text(feats);
  out.push_back(feature(kXpos, x));
  out.push_back(feature(kUpos, u));
  out.push_back(feature(kFeats, f));
  for (int k = 0; k < kMaxAffix; ++k) {
    out.push_back(feature(kXposSuffix + k, x, w.suffix[k]));
    out.push_back(feature(kUposSuffix + k, u, w.suffix[k]));
  }
  out.push_back(feature(kFeatsSuffix2, f, w.suffix[1]));
  out.push_back(feature(kXposFlags, x, w.flags));
  out.push_back(feature(kXposLower, x, w.lower));
  out.push_back(feature(kXposPrefix3, x, w.prefix[2]));
  out.push_back(feature(kXposShape, x, w.shape));
}

const std::string* Lemmatizer::lookup(std::string_view form, std::string_view upos, std::string_view xpos) const {
  for (uint64_t key : {lexicon_key(form, "", xpos), lexicon_key(form, upos, "")})
    if (auto it = lexicon_.find(key); it != lexicon_.end()) return &lexicon_lemmas_[it->second];
  return nullptr;
}

std::string Lemmatizer::guess(std::string_view form, std::string_view upos, std::string_view xpos,
                              std::string_view feats) const {
  std::vector<uint64_t> features;
  lemma_features(form, upos, xpos, feats, features);
  std::vector<float> scores(scripts_.size(), 0.0f);
  model_.score(features, scores);
  int best = -1;
  for (size_t c = 0; c < scripts_.size(); ++c)
    if (applicable(scripts_[c], form) && (best < 0 || scores[c] > scores[best])) best = static_cast<int>(c);
  return best < 0 ? std::string(form) : apply_edit_script(scripts_[best], form);
}

std::string Lemmatizer::lemmatize(std::string_view form, std::string_view upos, std::string_view xpos,
                                  std::string_view feats) const {
  if (const std::string* lemma = lookup(form, upos, xpos)) return *lemma;
  return guess(form, upos, xpos, feats);
}

LemmaAccuracy Lemmatizer::evaluate(const std::vector<conllu::Sentence>& gold) const {
  LemmaAccuracy acc;
  for (const auto& s : gold)
    for (const auto& w : s.words) {
      bool known = lookup(w.form, w.upos, w.xpos) != nullptr;
      bool ok = lemmatize(w.form, w.upos, w.xpos, w.feats) == w.lemma;
      acc.words++;
      acc.correct += ok;
      acc.from_lexicon += known;
      acc.lexicon_correct += known && ok;
    }
  return acc;
}

void Lemmatizer::save(const std::filesystem::path& path) const {
  ModelWriter out(path, "lemmatizer", config_);
  std::vector<std::pair<uint64_t, uint32_t>> entries(lexicon_.begin(), lexicon_.end());
  std::sort(entries.begin(), entries.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (const auto& [k, v] : entries) keys.push_back(k), values.push_back(v);
  out.strings(lexicon_lemmas_);
  out.array(keys);
  out.array(values);
  std::vector<uint8_t> lower, strip;
  std::vector<std::string> append;
  for (const auto& s : scripts_) lower.push_back(s.lower), strip.push_back(s.strip), append.push_back(s.append);
  out.array(lower);
  out.array(strip);
  out.strings(append);
  model_.save(out);
  out.finish();
}

Lemmatizer Lemmatizer::load(const std::filesystem::path& path) {
  ModelReader in(path, "lemmatizer");
  auto corrupt = [&](const char* what) {
    return ModelError(fmt::format("{}: corrupt lemmatizer model ({})", path.string(), what));
  };
  Lemmatizer l;
  l.config_ = in.config();
  l.lexicon_lemmas_ = in.strings();
  auto keys = in.array<uint64_t>();
  auto values = in.array<uint32_t>();
  if (keys.size() != values.size()) throw corrupt("lexicon sizes");
  l.lexicon_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (values[i] >= l.lexicon_lemmas_.size()) throw corrupt("lexicon index");
    l.lexicon_.emplace(keys[i], values[i]);
  }
  auto lower = in.array<uint8_t>();
  auto strip = in.array<uint8_t>();
  auto append = in.strings();
  if (lower.size() != strip.size() || lower.size() != append.size()) throw corrupt("script tables");
  for (size_t i = 0; i < lower.size(); ++i) l.scripts_.push_back(EditScript{lower[i] != 0, strip[i], append[i]});
  try {
    l.model_ = Perceptron::load(in);
  } catch (const ModelError& e) {
    throw ModelError(fmt::format("{}: {}", path.string(), e.what()));
  }
  if (l.model_.num_classes() != static_cast<int>(l.scripts_.size())) throw corrupt("class count");
  return l;
}

}  // namespace entente::nlp
