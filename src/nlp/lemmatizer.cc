#include "nlp/lemmatizer.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "nlp/feature_hash.h"
#include "nlp/irregular_verbs.h"
#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

// Bumped whenever the file layout, lemma_features() or the edit-script
// encoding changes, so an old model is refused instead of mislemmatizing.
constexpr uint32_t kLemmatizerVersion = 2;

enum LemmaTemplate : uint64_t {
  kXpos = 400, kUpos, kXposSuffix, kUposSuffix = kXposSuffix + kMaxAffix, kFeatsSuffix2 = kUposSuffix + kMaxAffix,
  kXposFlags, kXposLower, kFeats, kXposPrefix3, kXposShape, kXposFlagsLength,
};

// Lengths 1..7 and "8 or more": all-caps names are title-cased in EWT
// ("TEHRAN" -> "Tehran") far more often when long than when short ("FBI").
uint64_t length_bucket(std::string_view form) { return std::min<size_t>(form.size(), 8); }

// The fewest bytes of the form a runner-up script must keep (see guess()).
constexpr size_t kMinKeptStem = 3;

// "1,000", "25,000,000.5": digit groups of three after commas. Their lemma
// drops the commas (108 of 108 in EWT train); an edit script learned from
// "1,000" -> "1000" turned "2,100" into "2000".
bool is_grouped_number(std::string_view form) {
  const size_t point = form.find('.');
  const std::string_view whole = form.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? "" : form.substr(point + 1);
  if (point != std::string_view::npos && fraction.empty()) return false;
  for (char c : fraction)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  const size_t first_comma = whole.find(',');
  if (first_comma == std::string_view::npos || first_comma == 0 || first_comma > 3) return false;
  for (size_t i = 0; i < whole.size(); ++i) {
    const bool comma_here = i >= first_comma && (i - first_comma) % 4 == 0;
    if (comma_here ? whole[i] != ',' : !std::isdigit(static_cast<unsigned char>(whole[i]))) return false;
  }
  return (whole.size() - first_comma) % 4 == 0;
}

bool has_letter_or_digit(std::string_view form) {
  return std::any_of(form.begin(), form.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// Only ASCII letters, the first one lowercase: "india", not "iPhone" or "x86".
bool is_lowercase_word(std::string_view form) {
  return !form.empty() && std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string capitalise_first(std::string_view form) {
  std::string capitalised(form);
  capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
  return capitalised;
}

}  // namespace

std::string LemmatizerConfig::describe() const {
  return fmt::format("edit-script perceptron lemmatizer + lexicon; epochs={} seed={} min_script_count={} "
                     "known_lemma_margin={}",
                     epochs, seed, min_script_count, known_lemma_margin);
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
  out.push_back(feature(kXposFlagsLength, x, w.flags, length_bucket(form)));
}

const std::string* Lemmatizer::lookup(std::string_view form, std::string_view upos, std::string_view xpos) const {
  for (uint64_t key : {lexicon_key(form, "", xpos), lexicon_key(form, upos, "")})
    if (auto it = lexicon_.find(key); it != lexicon_.end()) return &lexicon_lemmas_[it->second];
  return nullptr;
}

const std::string* Lemmatizer::typo_lemma(std::string_view form, std::string_view upos, std::string_view xpos) const {
  std::vector<std::string> readings;
  if (form.size() >= 6)
    for (size_t i = 0; i + 1 < form.size(); ++i)
      if (form[i] != form[i + 1]) {
        std::string swapped(form);
        std::swap(swapped[i], swapped[i + 1]);
        readings.push_back(std::move(swapped));
      }
  // Every run of three or more letters cut to two, and to one.
  for (size_t keep : {2, 1}) {
    std::string cut;
    bool long_run = false;
    for (size_t i = 0; i < form.size(); ++i) {
      size_t run = 1;
      while (i + run < form.size() && form[i + run] == form[i]) ++run;
      long_run = long_run || run >= 3;
      cut.append(run >= 3 ? keep : run, form[i]);
      i += run - 1;
    }
    if (long_run) readings.push_back(std::move(cut));
  }
  const std::string* found = nullptr;
  for (const std::string& reading : readings)
    if (const std::string* lemma = lookup(reading, upos, xpos)) {
      if (found && *found != *lemma) return nullptr;  // two known words: no telling which
      found = lemma;
    }
  return found;
}

std::string Lemmatizer::guess(std::string_view form, std::string_view upos, std::string_view xpos,
                              std::string_view feats) const {
  // Symbols and punctuation are their own lemmas (99.4% of them in EWT train;
  // the rest, "—" -> "-", are in the lexicon): an edit script learned on words
  // would rewrite an unseen sign ("₫" -> "'").
  if (!has_letter_or_digit(form)) return std::string(form);
  std::vector<uint64_t> features;
  lemma_features(form, upos, xpos, feats, features);
  std::vector<float> scores(scripts_.size(), 0.0f);
  model_.score(features, scores);
  int best = -1;
  for (size_t c = 0; c < scripts_.size(); ++c)
    if (applicable(scripts_[c], form) && (best < 0 || scores[c] > scores[best])) best = static_cast<int>(c);
  if (best < 0) return std::string(form);
  std::string lemma = apply_edit_script(scripts_[best], form);
  if (known_lemma_margin_ <= 0 || known_lemma(lemma)) return lemma;
  // An unknown result is often a broken stem ("fearing" -> "feare"): the
  // best-scoring close runner-up that makes a known lemma wins. It must keep
  // a stem of the form: rewriting a word whole ("fled" -> "be") is for the
  // lexicon to do.
  float floor = scores[best] - known_lemma_margin_;
  std::vector<int> runners_up;
  for (size_t c = 0; c < scripts_.size(); ++c)
    if (static_cast<int>(c) != best && scores[c] >= floor && form.size() >= scripts_[c].strip + kMinKeptStem &&
        applicable(scripts_[c], form))
      runners_up.push_back(static_cast<int>(c));
  std::sort(runners_up.begin(), runners_up.end(),
            [&](int a, int b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
  for (int c : runners_up)
    if (std::string candidate = apply_edit_script(scripts_[c], form); known_lemma(candidate)) return candidate;
  // An inflection's stripped stem that is no lemma may be a respelt one.
  const bool inflected = xpos == "VBG" || xpos == "VBD" || xpos == "VBN" || xpos == "VBZ" || xpos == "NNS" ||
                         xpos == "JJR" || xpos == "JJS";
  if (inflected && lemma.size() < form.size())
    if (std::optional<std::string> respelled = known_respelling(lemma)) return *respelled;
  return lemma;
}

std::optional<std::string> Lemmatizer::known_respelling(std::string_view stem) const {
  if (stem.size() < 3) return std::nullopt;
  std::vector<std::string> readings;
  const char last = stem.back();
  if (stem[stem.size() - 2] == last) readings.emplace_back(stem.substr(0, stem.size() - 1));  // "hott" -> "hot"
  if (stem.ends_with("ck")) readings.emplace_back(stem.substr(0, stem.size() - 1));            // "mimick" -> "mimic"
  if (last != 'e') readings.push_back(std::string(stem) + "e");  // "clos" -> "close"
  if (last == 'i') readings.push_back(std::string(stem.substr(0, stem.size() - 1)) + "y");      // "happi" -> "happy"
  std::optional<std::string> found;
  for (std::string& reading : readings)
    if (known_lemma(reading)) {
      if (found && *found != reading) return std::nullopt;  // two readings: no telling which
      found = std::move(reading);
    }
  return found;
}

bool Lemmatizer::known_lemma(std::string_view lemma) const { return known_lemmas_.count(hash_text(lemma)) != 0; }

void Lemmatizer::index_known_lemmas() {
  known_lemmas_.clear();
  for (const auto& lemma : lexicon_lemmas_) known_lemmas_.insert(hash_text(lemma));
}

std::string Lemmatizer::lemmatize(std::string_view typed, std::string_view upos, std::string_view xpos,
                                  std::string_view feats) const {
  // Lemmas are written with plain quotes, as in the treebank ("won’t" -> "not").
  const std::string plain = plain_quotes(typed);
  const std::string_view form = plain;
  if (is_currency_word(form)) return std::string(form);  // "HK$", as EWT's "US$"
  if (is_grouped_number(form)) {
    std::string digits(form);
    std::erase(digits, ',');
    return digits;
  }
  if (const std::string* lemma = lookup(form, upos, xpos)) return *lemma;
  // A capitalised word never seen so ("Acquiring" opening a sentence, "MOVED"
  // in a headline) is often seen in lowercase with the same tag. Not a proper
  // noun: its lemma keeps the case the lowercase form lacks ("Holocaust").
  if (upos != "PROPN" && std::any_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    if (const std::string* lemma = lookup(lower_ascii(form), upos, xpos)) return *lemma;
  // A lowercase name never seen so ("india" in a forum post) is mostly a name
  // the treebank has seen capitalised, with that lemma ("India"); not when the
  // lowercase form is itself a lemma ("apple", "house"). On dev with gold tags
  // this rights 26 lemmas and wrongs 7 (with predicted tags 11 and 3); on a
  // held-out tenth of train 3 and 2.
  if (upos == "PROPN" && is_lowercase_word(form) && !known_lemma(form))
    if (const std::string* lemma = lookup(capitalise_first(form), upos, xpos)) return *lemma;
  // So is a lowercase nationality ("german", "scottish"): an adjective that
  // training showed only capitalised, with a capitalised lemma.
  if (upos == "ADJ" && is_lowercase_word(form) && !known_lemma(form))
    if (const std::string* lemma = lookup(capitalise_first(form), upos, xpos); lemma && !lemma->empty() &&
        (*lemma)[0] >= 'A' && (*lemma)[0] <= 'Z')
      return *lemma;
  // An irregular past the treebank never showed with this tag ("fled",
  // "overran", "sank"): edit scripts cannot undo a vowel change ("fled" ->
  // "fle"), the table of irregular verbs can.
  if (xpos == "VBD" || xpos == "VBN")
    if (IrregularVerbForm verb = irregular_verb_form(lower_ascii(form)); !verb.past_of.empty())
      return std::string(verb.past_of);
  std::string lemma = guess(form, upos, xpos, feats);
  // A typo of a known word, unless the word reads as one as it is (a
  // correct plural whose swapped letters happen to spell a typo that
  // training saw keeps its own lemma).
  if (is_lowercase_word(form) && !known_lemma(lemma))
    if (const std::string* corrected = typo_lemma(form, upos, xpos)) return *corrected;
  return lemma;
}

LemmaAccuracy Lemmatizer::evaluate(const std::vector<conllu::Sentence>& gold) const {
  LemmaAccuracy acc;
  for (const auto& s : gold)
    for (const auto& w : s.words) {
      bool known = lookup(plain_quotes(w.form), w.upos, w.xpos) != nullptr;
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
  out.pod<uint32_t>(kLemmatizerVersion);
  out.pod<float>(known_lemma_margin_);
  std::vector<std::pair<uint64_t, uint32_t>> entries(lexicon_.begin(), lexicon_.end());
  std::sort(entries.begin(), entries.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (const auto& [k, v] : entries) keys.push_back(k), values.push_back(v);
  out.strings(lexicon_lemmas_);
  out.array(keys);
  out.array(values);
  std::vector<uint8_t> rewrite, strip;
  std::vector<std::string> append;
  for (const auto& s : scripts_)
    rewrite.push_back(static_cast<uint8_t>(s.rewrite)), strip.push_back(s.strip), append.push_back(s.append);
  out.array(rewrite);
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
  if (uint32_t version = in.pod<uint32_t>(); version != kLemmatizerVersion)
    throw ModelError(fmt::format("{}: lemmatizer version {} but this build reads version {}; retrain with `make models`",
                                 path.string(), version, kLemmatizerVersion));
  l.known_lemma_margin_ = in.pod<float>();
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
  l.index_known_lemmas();
  auto rewrite = in.array<uint8_t>();
  auto strip = in.array<uint8_t>();
  auto append = in.strings();
  if (rewrite.size() != strip.size() || rewrite.size() != append.size()) throw corrupt("script tables");
  for (size_t i = 0; i < rewrite.size(); ++i) {
    if (rewrite[i] > static_cast<uint8_t>(kLastRewrite)) throw corrupt("rewrite");
    l.scripts_.push_back(EditScript{static_cast<Rewrite>(rewrite[i]), strip[i], append[i]});
  }
  try {
    l.model_ = Perceptron::load(in);
  } catch (const ModelError& e) {
    throw ModelError(fmt::format("{}: {}", path.string(), e.what()));
  }
  if (l.model_.num_classes() != static_cast<int>(l.scripts_.size())) throw corrupt("class count");
  return l;
}

}  // namespace entente::nlp
