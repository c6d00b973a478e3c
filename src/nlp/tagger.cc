#include "nlp/tagger.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "nlp/attribution.h"
#include "nlp/auxiliary_have.h"
#include "nlp/existential.h"
#include "nlp/feature_hash.h"
#include "nlp/finite_verb.h"
#include "nlp/irregular_verbs.h"
#include "nlp/tag_features.h"
#include "nlp/word_features.h"

namespace entente::nlp {

std::string TaggerConfig::describe() const {
  return fmt::format("averaged perceptron tagger; epochs={} seed={} runs={} dictionary_min_count={} dictionary_purity={}{}{}",
                     epochs, seed, runs, dictionary_min_count, dictionary_purity,
                     title_case > 0 ? fmt::format("; title-case copies: {}", title_case) : "",
                     noun_subjects > 0 ? fmt::format("; noun-subject copies: {}", noun_subjects) : "");
}

namespace {

// Written right after the header: an older tagger file (whose body starts with
// the UPOS count) fails with a clear message rather than misreading.
constexpr uint64_t kTaggerLayout = 0x3230524547474154ull;  // "TAGGER02"

// "to" closing a fixed two-word preposition ("according to", "due to"), but
// not "due to" after a form of "be", where news also writes an infinitive
// ("The president is due to visit Japan"): the model decides there.
bool is_fixed_to(std::string_view before, std::string_view first, std::string_view word) {
  if (!equals_lower(word, "to")) return false;
  if (equals_lower(first, "due"))
    for (std::string_view be : {"is", "was", "are", "were", "be", "been", "'s", "’s", "'re", "’re"})
      if (equals_lower(before, be)) return false;
  for (std::string_view head : {"according", "due", "prior", "owing", "pursuant"})
    if (equals_lower(first, head)) return true;
  return false;
}

// What marks a list item in EWT: a number, a letter or a roman numeral
// ("1", "b", "iii"), alone or before "." or ")".
bool can_mark_list_item(std::string_view word) {
  if (word.empty() || word.size() > 4) return false;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (word.size() == 1) return std::isalpha(static_cast<unsigned char>(word[0])) != 0;
  return std::all_of(word.begin(), word.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x' || c == 'I' || c == 'V' || c == 'X'; });
}

}  // namespace

uint16_t Tagger::model_tag(const Perceptron& model, std::span<const std::string_view> words, const TagContext& context,
                           int i, std::vector<int32_t>& scores, const std::vector<uint64_t>& features) const {
  int best = model.predict(features, verb_candidates(words[i], context, i), scores);
  if (list_marker_[best] && !can_mark_list_item(words[i])) {
    best = -1;
    for (int c = 0; c < model.num_classes(); ++c)
      if (!list_marker_[c] && (best < 0 || scores[c] > scores[best])) best = c;
  }
  // A present tense of a word that is only ever a past ("Prices rose(VBP)
  // sharply"): the past tense or participle that scores best. (Not a base
  // form: EWT writes "to chose" for "to choose".)
  if (best == present_tag_ && past_tense_tags_[1] != kNoDictionaryTag) {
    const uint8_t forms = irregular_verb_form(lower_ascii(words[i])).forms;
    if ((forms & (kPastTenseForm | kPastParticipleForm)) && !(forms & kBaseForm))
      best = scores[past_tense_tags_[0]] >= scores[past_tense_tags_[1]] ? past_tense_tags_[0] : past_tense_tags_[1];
  }
  return static_cast<uint16_t>(best);
}

int Tagger::verb_stem_read_as_noun(std::span<const std::string_view> words, std::span<const std::string_view> xpos) const {
  const size_t n = words.size();
  if (n < 3 || words[n - 1] != ".") return -1;
  for (size_t i = 1; i < n; ++i) {
    const std::string_view word = words[i], before = xpos[i - 1];
    if (xpos[i] != "NNS" || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    if (!before.starts_with("NN") && before != "PRP") continue;
    std::vector<std::string> stems{std::string(word.substr(0, word.size() - 1))};  // "arrives" -> "arrive"
    if (word.ends_with("es")) stems.emplace_back(word.substr(0, word.size() - 2));  // "marches" -> "march"
    if (word.ends_with("ies")) stems.push_back(std::string(word.substr(0, word.size() - 3)) + "y");  // "denies"
    for (const std::string& stem : stems)
      if (std::binary_search(verb_only_classes_.begin(), verb_only_classes_.end(), ambiguity(hash_text(fold_word(stem)))))
        return static_cast<int>(i);
  }
  return -1;
}

void Tagger::find_rule_tags() {
  std::vector<uint16_t> verb_tags;
  for (size_t t = 0; t < upos_.size(); ++t)
    if (upos_[t] == "VERB") verb_tags.push_back(static_cast<uint16_t>(t));
  verb_only_classes_.clear();
  if (verb_tags.size() <= 12)  // every non-empty subset, in ascending order as training hashes them
    for (uint32_t subset = 1; subset < (1u << verb_tags.size()); ++subset) {
      std::vector<uint16_t> tags;
      for (size_t k = 0; k < verb_tags.size(); ++k)
        if (subset & (1u << k)) tags.push_back(verb_tags[k]);
      verb_only_classes_.push_back(ambiguity_class(tags));
    }
  std::sort(verb_only_classes_.begin(), verb_only_classes_.end());
  other_have_reading_.assign(xpos_.size(), kNoDictionaryTag);
  for (size_t t = 0; t < xpos_.size(); ++t)
    for (size_t u = 0; u < xpos_.size(); ++u)
      if (xpos_[u] == xpos_[t] && ((upos_[t] == "AUX" && upos_[u] == "VERB") || (upos_[t] == "VERB" && upos_[u] == "AUX")))
        other_have_reading_[t] = static_cast<uint16_t>(u);
  finite_.assign(xpos_.size(), 0);
  for (size_t t = 0; t < xpos_.size(); ++t)
    finite_[t] = xpos_[t] == "VBD" || xpos_[t] == "VBZ" || xpos_[t] == "VBP" || xpos_[t] == "MD";
  list_marker_.assign(xpos_.size(), 0);
  for (size_t t = 0; t < xpos_.size(); ++t) list_marker_[t] = xpos_[t] == "LS";
  fixed_to_tag_ = participle_tag_ = past_tense_tag_ = adjective_tag_ = gerund_tag_ = name_tag_ = kNoDictionaryTag;
  present_tag_ = third_person_tag_ = existential_tag_ = auxiliary_participle_tag_ = kNoDictionaryTag;
  uint16_t noun_tag = kNoDictionaryTag;
  for (size_t t = 0; t < upos_.size(); ++t) {
    if (upos_[t] == "ADP" && xpos_[t] == "IN") fixed_to_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "VERB" && xpos_[t] == "VBN") participle_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "VERB" && xpos_[t] == "VBD") past_tense_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "ADJ" && xpos_[t] == "JJ") adjective_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "VERB" && xpos_[t] == "VBG") gerund_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "PROPN" && xpos_[t] == "NNP") name_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "NOUN" && xpos_[t] == "NN") noun_tag = static_cast<uint16_t>(t);
    if (upos_[t] == "VERB" && xpos_[t] == "VBP") present_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "PRON" && xpos_[t] == "EX") existential_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "AUX" && xpos_[t] == "VBN") auxiliary_participle_tag_ = static_cast<uint16_t>(t);
    if (upos_[t] == "VERB" && xpos_[t] == "VBZ") third_person_tag_ = static_cast<uint16_t>(t);
  }
  noun_or_name_tags_ = {std::min(noun_tag, name_tag_), std::max(noun_tag, name_tag_)};
  past_tense_tags_ = {participle_tag_, past_tense_tag_};
  participle_tags_ = {participle_tag_, past_tense_tag_, adjective_tag_};
  std::sort(past_tense_tags_.begin(), past_tense_tags_.end());
  std::sort(participle_tags_.begin(), participle_tags_.end());
}

std::span<const uint16_t> Tagger::verb_candidates(std::string_view word, const TagContext& context, int i) const {
  if (context.ambiguity(i) != 0 || participle_tags_.back() == kNoDictionaryTag ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  const uint8_t forms = irregular_verb_form(word).forms;
  if (forms == 0 || (forms & (kBaseForm | kAlsoNounForm))) return {};  // "cut", "bid"; "a dove"
  if (forms & kPastParticipleForm) return participle_tags_;
  return past_tense_tags_;
}

void Tagger::second_pass(std::span<const std::string_view> words, const TagContext& context, int from, Pass& pass) const {
  const int n = static_cast<int>(words.size());
  for (int i = from; i < n; ++i) {
    if (pass.known[i] != kNoDictionaryTag) {
      pass.tags[i] = pass.known[i];
      pass.participle_margin[i] = kOnlyParticiple;  // "seen", "born": the dictionary's participles
      continue;
    }
    tag_features(context, i, i > 0 ? pass.tags[i - 1] : kNoTag, i > 1 ? pass.tags[i - 2] : kNoTag, pass.first,
                 pass.features);
    const int best = model_tag(second_pass_, words, context, i, pass.scores, pass.features);
    pass.tags[i] = static_cast<uint16_t>(best);
    if (best == participle_tag_ && past_tense_tag_ != kNoDictionaryTag)
      pass.participle_margin[i] = pass.scores[participle_tag_] - pass.scores[past_tense_tag_];
  }
}

void Tagger::retag_from(std::span<const std::string_view> words, const TagContext& context, int i, uint16_t tag,
                        Pass& pass) const {
  pass.tags[i] = tag;
  second_pass(words, context, i + 1, pass);
}

bool Tagger::has_main_finite_verb(std::span<const std::string_view> words, std::span<const uint16_t> tags) const {
  const auto finite = [this](uint16_t t) { return finite_[t] != 0; };
  const auto first = std::find_if(tags.begin(), tags.end(), finite);
  if (first == tags.end()) return false;
  // Two finite verbs: one is the main clause's, whatever the other is.
  if (std::find_if(first + 1, tags.end(), finite) != tags.end()) return true;
  const auto attribution = trailing_attribution(words, xpos_of(tags));
  return !attribution || attribution->verb != static_cast<size_t>(first - tags.begin());
}

std::vector<std::string_view> Tagger::xpos_of(std::span<const uint16_t> tags) const {
  std::vector<std::string_view> xpos(tags.size());
  for (size_t i = 0; i < tags.size(); ++i) xpos[i] = xpos_[tags[i]];
  return xpos;
}

void Tagger::mark_existentials(std::span<const std::string_view> words, const TagContext& context, Pass& pass) const {
  if (existential_tag_ == kNoDictionaryTag ||
      std::none_of(words.begin(), words.end(), [](std::string_view w) { return equals_lower(w, "there"); }))
    return;
  std::vector<std::string_view> xpos = xpos_of(pass.tags);
  for (size_t i = 0; i < words.size(); ++i)
    if (pass.tags[i] != existential_tag_ && is_existential_there(words, xpos, i)) {
      retag_from(words, context, static_cast<int>(i), existential_tag_, pass);
      xpos = xpos_of(pass.tags);
    }
  if (auxiliary_participle_tag_ == kNoDictionaryTag || participle_tag_ == kNoDictionaryTag) return;
  for (size_t i = 0; i < words.size(); ++i)
    if (pass.tags[i] == auxiliary_participle_tag_ && is_existential_been(words, xpos, i)) pass.tags[i] = participle_tag_;
}

void Tagger::read_have(std::span<const std::string_view> words, Pass& pass) const {
  std::vector<std::string_view> xpos;  // filled at the first verb or auxiliary
  for (size_t i = 0; i < words.size(); ++i) {
    const uint16_t other = other_have_reading_[pass.tags[i]];
    if (other == kNoDictionaryTag) continue;  // no verb or auxiliary
    if (xpos.empty()) xpos = xpos_of(pass.tags);  // the rule changes UPOS only
    const HaveReading reading = have_reading(words, xpos, i);
    const bool auxiliary = upos_[pass.tags[i]] == "AUX";
    if ((reading == HaveReading::kAuxiliary && !auxiliary) || (reading == HaveReading::kVerb && auxiliary))
      pass.tags[i] = other;
  }
}

void Tagger::ensure_finite_verb(std::span<const std::string_view> words, const TagContext& context, Pass& pass) const {
  if (participle_tag_ == kNoDictionaryTag || past_tense_tag_ == kNoDictionaryTag) return;
  std::vector<uint16_t>& tags = pass.tags;
  // "Beijing(VBG), which ...": a name read as an opening participle.
  if (!tags.empty() && tags[0] == gerund_tag_ && name_tag_ != kNoDictionaryTag &&
      opens_with_name_read_as_participle(words, xpos_of(tags)))
    retag_from(words, context, 0, name_tag_, pass);
  // "Laos and Vietnam share(NN) a border": a verbless statement's present tense.
  if (present_tag_ != kNoDictionaryTag && third_person_tag_ != kNoDictionaryTag && !has_main_finite_verb(words, tags)) {
    const std::vector<std::string_view> xpos = xpos_of(tags);
    int verb = likely_present_tense_verb(words, xpos);
    if (verb < 0) verb = verb_stem_read_as_noun(words, xpos);
    if (verb >= 0) {
      const std::string_view form = words[verb];  // "denies", "claims"; "share", "discuss"
      const bool third_person = form.ends_with('s') && !form.ends_with("ss");
      retag_from(words, context, verb, third_person ? third_person_tag_ : present_tag_, pass);
    } else if (const int base = base_form_read_for_present(words, xpos); base >= 0) {
      retag_from(words, context, base, present_tag_, pass);  // "These taste(VB) great"
    }
  }
  // "Beijing(VBG) opposes ...": the model chooses between a noun and a name.
  if (!tags.empty() && tags[0] == gerund_tag_ && noun_or_name_tags_[1] != kNoDictionaryTag &&
      opens_with_noun_read_as_gerund(words, xpos_of(tags))) {
    tag_features(context, 0, kNoTag, kNoTag, pass.first, pass.features);
    retag_from(words, context, 0,
               static_cast<uint16_t>(second_pass_.predict(pass.features, noun_or_name_tags_, pass.scores)), pass);
  }
  // "Backed(VBD) by ..., they have ...": an opening participle.
  if (!tags.empty() && tags[0] == past_tense_tag_ && opens_with_participle_phrase(words, xpos_of(tags)))
    retag_from(words, context, 0, participle_tag_, pass);
  // "The plan , unveiled(VBD) on Monday , drew ...": a participle phrase after the subject.
  if (const auto comma = std::find(words.begin(), words.end(), ","); comma + 1 < words.end() &&
      tags[comma + 1 - words.begin()] == past_tense_tag_)
    if (const int participle = participle_phrase_read_as_past_tense(words, xpos_of(tags)); participle >= 0)
      retag_from(words, context, participle, participle_tag_, pass);
  // "..., state media reported(VBN) on Sunday .": an attribution's verb is a past tense.
  if (const auto comma = std::find(words.rbegin(), words.rend(), ",");
      comma != words.rend() && std::find(tags.end() - (comma - words.rbegin()), tags.end(), participle_tag_) != tags.end())
    if (const auto attribution = trailing_attribution(words, xpos_of(tags));
        attribution && tags[attribution->verb] == participle_tag_)
      retag_from(words, context, static_cast<int>(attribution->verb), past_tense_tag_, pass);
  // Without a participle or an "-ed" adjective, only a sentence with no
  // finite verb at all can need one (from a misread irregular past): most
  // sentences stop here.
  bool ed_adjective = false;  // "The junta dissolved(JJ) parliament and suspended ..."
  for (size_t i = 0; i < tags.size() && !ed_adjective; ++i)
    ed_adjective = tags[i] == adjective_tag_ && words[i].ends_with("ed");
  if (std::find(tags.begin(), tags.end(), participle_tag_) == tags.end() && !ed_adjective &&
      has_main_finite_verb(words, tags))
    return;
  const size_t n = words.size();
  std::vector<std::string_view> upos(n), xpos(n);
  for (size_t i = 0; i < n; ++i) upos[i] = upos_[tags[i]], xpos[i] = xpos_[tags[i]];
  const int verb = likely_past_tense_verb(words, upos, xpos, pass.participle_margin);
  if (verb >= 0) retag_from(words, context, verb, past_tense_tag_, pass);
}

std::vector<WordTags> Tagger::tag(std::span<const std::string_view> words) const {
  TagContext context;
  context.reset(words, [this](uint64_t lower) { return ambiguity(lower); });
  const int n = static_cast<int>(words.size());
  Pass pass;
  pass.scores.resize(std::max({first_pass_.scratch_size(), second_pass_.scratch_size(), feats_model_.scratch_size()}));
  pass.known.resize(n);
  pass.first.resize(n);
  pass.tags.resize(n);
  pass.participle_margin.resize(n);
  for (int i = 0; i < n; ++i) pass.known[i] = dictionary_tag(context.word(i).form);
  // "according to state media": the model's "to" + verb reading of "to state"
  // would win, and the parse of the whole phrase with it.
  for (int i = 1; i < n && fixed_to_tag_ != kNoDictionaryTag; ++i)
    if (is_fixed_to(i > 1 ? words[i - 2] : std::string_view(), words[i - 1], words[i])) pass.known[i] = fixed_to_tag_;
  for (int i = n - 1; i >= 0; --i) {
    if (pass.known[i] != kNoDictionaryTag) {
      pass.first[i] = pass.known[i];
      continue;
    }
    tag_features(context, i, i + 1 < n ? pass.first[i + 1] : kNoTag, i + 2 < n ? pass.first[i + 2] : kNoTag, {},
                 pass.features);
    pass.first[i] = model_tag(first_pass_, words, context, i, pass.scores, pass.features);
  }
  second_pass(words, context, 0, pass);
  ensure_finite_verb(words, context, pass);
  mark_existentials(words, context, pass);
  read_have(words, pass);
  std::vector<WordTags> out(words.size());
  for (int i = 0; i < n; ++i) {
    out[i].tag = pass.tags[i];
    auto candidates = feats_candidates(pass.tags[i]);
    if (candidates.size() == 1) {
      out[i].feats = candidates[0];
    } else if (!candidates.empty()) {
      feats_features(context, i, pass.tags, nominal_, pass.features);
      out[i].feats = static_cast<uint16_t>(feats_model_.predict(pass.features, candidates, pass.scores));
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
  out.pod(kTaggerLayout);
  out.strings(upos_);
  out.strings(xpos_);
  out.strings(feats_);
  out.array(nominal_);
  out.array(candidate_begin_);
  out.array(feats_candidates_);
  out.map(ambiguity_);
  out.map(tag_dictionary_);
  first_pass_.save(out);
  second_pass_.save(out);
  feats_model_.save(out);
  out.finish();
}

Tagger Tagger::load(const std::filesystem::path& path) {
  ModelReader in(path, "tagger");
  Tagger t;
  t.config_ = in.config();
  if (in.pod<uint64_t>() != kTaggerLayout)
    throw ModelError(fmt::format("{}: tagger from an older build; retrain with `make models`", path.string()));
  t.upos_ = in.strings();
  t.xpos_ = in.strings();
  t.feats_ = in.strings();
  t.nominal_ = in.array<uint8_t>();
  t.candidate_begin_ = in.array<uint32_t>();
  t.feats_candidates_ = in.array<uint16_t>();
  t.ambiguity_ = in.map<uint64_t>();
  t.tag_dictionary_ = in.map<uint16_t>();
  auto corrupt = [&](const char* what) { return ModelError(fmt::format("{}: corrupt tagger model ({})", path.string(), what)); };
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
  for (const auto& [form, tag] : t.tag_dictionary_)
    if (tag >= tags) throw corrupt("tag dictionary");
  t.find_rule_tags();
  return t;
}

}  // namespace entente::nlp
