#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/conllu.h"
#include "nlp/perceptron.h"

// Part-of-speech and morphology tagger. A greedy right-to-left averaged
// perceptron picks a joint UPOS+XPOS tag per word; a second, left-to-right
// pass re-tags with the first pass's tags of the right context as extra
// features; then a third perceptron picks the whole FEATS string among those
// seen with that tag in training. Frequent words that nearly always took one
// tag in training (most tokens: "the", ",", "of") skip the first two models.
namespace entente::nlp {

struct TaggerConfig {
  int epochs = 12;
  uint64_t seed = 1;
  // Training runs (seeds seed, seed+1, ...: each its own sentence order)
  // whose models are averaged into one: an ensemble at the cost of one model.
  int runs = 1;
  // A form enters the tag dictionary when seen at least this often, with one
  // tag at least dictionary_purity of the time.
  int dictionary_min_count = 20;
  double dictionary_purity = 0.99;
  // The share of sentences also trained in headline case (title_case.h),
  // recorded in the header; the copies are made by the caller.
  double title_case = 0;
  // The same for copies with a noun-phrase subject (noun_subjects.h).
  double noun_subjects = 0;
  std::string describe() const;  // stored in the model header
};

struct WordTags {
  uint16_t tag = 0;    // joint UPOS+XPOS class
  uint16_t feats = 0;  // FEATS class
};

struct TagAccuracy {
  size_t words = 0, upos = 0, xpos = 0, feats = 0, all = 0;  // correct counts
  double percent(size_t correct) const { return words ? 100.0 * correct / words : 0.0; }
};

class TagContext;

class Tagger {
 public:
  // Throws ModelError when the file is missing, old or not a tagger.
  static Tagger load(const std::filesystem::path& path);
  void save(const std::filesystem::path& path) const;

  // Learns from the gold UPOS/XPOS/FEATS of `train`, shuffling with
  // config.seed: the same data and config give the same model bytes.
  // Progress (and accuracy on `dev` after each epoch when non-empty) goes to `log`.
  static Tagger train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                      const TaggerConfig& config, std::ostream& log);

  // Tags one sentence. Thread-safe.
  std::vector<WordTags> tag(std::span<const std::string_view> words) const;

  const std::string& upos(WordTags t) const { return upos_[t.tag]; }
  const std::string& xpos(WordTags t) const { return xpos_[t.tag]; }
  const std::string& feats(WordTags t) const { return feats_[t.feats]; }
  const std::string& config() const { return config_; }

  // Tags the words of `gold` and counts agreements with its gold columns.
  TagAccuracy evaluate(const std::vector<conllu::Sentence>& gold) const;

 private:
  friend class TaggerTrainer;
  uint64_t ambiguity(uint64_t lower) const {
    auto it = ambiguity_.find(lower);
    return it == ambiguity_.end() ? 0 : it->second;
  }
  // The dictionary tag of a form (by its hash), or kNoDictionaryTag.
  static constexpr uint16_t kNoDictionaryTag = 0xFFFF;
  // Tags the rules below need, or kNoDictionaryTag when the tag set lacks
  // them. Set by load and train.
  void find_rule_tags();
  // The joint tag ADP/IN, which "to" takes after "according", "due", "prior",
  // "owing" and "pursuant" (fixed prepositions: 99 of 99 times in EWT train).
  uint16_t fixed_to_tag_ = kNoDictionaryTag;
  // VERB/VBN and VERB/VBD, for a sentence left without a finite verb (finite_verb.h).
  uint16_t participle_tag_ = kNoDictionaryTag, past_tense_tag_ = kNoDictionaryTag;
  // VERB/VBG and PROPN/NNP, for a name read as an opening participle ("Beijing, which ...").
  uint16_t gerund_tag_ = kNoDictionaryTag, name_tag_ = kNoDictionaryTag;
  // NOUN/NN and PROPN/NNP, sorted: what an opening "-ing" word before a
  // finite verb may be ("Beijing opposes", "Fighting erupted").
  std::array<uint16_t, 2> noun_or_name_tags_{};
  // Per joint tag: whether its XPOS is LS, a list item's marker, and
  // whether it is a finite verb's (VBD, VBZ, VBP, MD).
  std::vector<uint8_t> list_marker_, finite_;
  // The ambiguity classes made only of VERB tags, sorted: a word in one of
  // them was only ever a verb in training ("arrive").
  std::vector<uint64_t> verb_only_classes_;
  // In a statement with no finite verb, a lowercase NNS after a noun or
  // pronoun whose stem ("arrive" for "arrives", "deny" for "denies") was only
  // ever a verb in training: "India's foreign minister arrives(NNS) in Beijing".
  // Its index, or -1.
  int verb_stem_read_as_noun(std::span<const std::string_view> words, std::span<const std::string_view> xpos) const;
  // VERB/VBP and VERB/VBZ, for a present tense read as a noun ("Laos and Vietnam share(NN) a border").
  uint16_t present_tag_ = kNoDictionaryTag, third_person_tag_ = kNoDictionaryTag;
  // ADJ/JJ, for the same.
  uint16_t adjective_tag_ = kNoDictionaryTag;
  // The only tags of a rare irregular past form, sorted (verb_candidates):
  // VBD and VBN for a past tense, and JJ too for a participle ("stricken").
  std::array<uint16_t, 2> past_tense_tags_{};
  std::array<uint16_t, 3> participle_tags_{};
  // The tags word i may take: a lowercase irregular past tense or participle
  // (irregular_verbs.h) that training showed fewer than 3 times ("sank",
  // "fled", "stole") and that is no everyday noun ("a dove"); any tag (an
  // empty span) for every other word.
  std::span<const uint16_t> verb_candidates(std::string_view word, const TagContext& context, int i) const;
  // `model`'s tag for word i (its features in pass.features), among
  // verb_candidates; a word that cannot mark a list item ("( Cheering . )")
  // takes its best tag other than LS.
  uint16_t model_tag(const Perceptron& model, std::span<const std::string_view> words, const TagContext& context,
                     int i, std::vector<int32_t>& scores, const std::vector<uint64_t>& features) const;
  // One sentence's tagging work: the dictionary's and each pass's tags and
  // the scratch the passes share.
  struct Pass {
    std::vector<uint16_t> known, first, tags;
    // Each participle's score minus the past tense's (finite_verb.h).
    std::vector<int32_t> participle_margin;
    std::vector<uint64_t> features;
    std::vector<int32_t> scores;
  };
  // The second pass from word `from` on, the words before it tagged; records
  // participle margins.
  void second_pass(std::span<const std::string_view> words, const TagContext& context, int from, Pass& pass) const;
  // Reads a participle as the past-tense main verb where finite_verb.h says so,
  // and tags the words after it again.
  void ensure_finite_verb(std::span<const std::string_view> words, const TagContext& context, Pass& pass) const;
  // Whether a finite verb other than a trailing attribution's (", officials
  // said .": attribution.h) is tagged.
  bool has_main_finite_verb(std::span<const std::string_view> words, std::span<const uint16_t> tags) const;
  // The XPOS of each tag.
  std::vector<std::string_view> xpos_of(std::span<const uint16_t> tags) const;
  // Existential "there" and "been" (existential.h): PRON/EX and VERB/VBN
  // where the model read an adverb and an auxiliary.
  void mark_existentials(std::span<const std::string_view> words, const TagContext& context, Pass& pass) const;
  uint16_t existential_tag_ = kNoDictionaryTag, auxiliary_participle_tag_ = kNoDictionaryTag;
  // "have" as auxiliary or verb (auxiliary_have.h): per joint tag, the tag
  // with the same XPOS and UPOS AUX (for a VERB tag) or VERB (for an AUX
  // tag), kNoDictionaryTag when none.
  std::vector<uint16_t> other_have_reading_;
  void read_have(std::span<const std::string_view> words, Pass& pass) const;
  // Sets `tag` at word i (the tag a rule chose) and tags the words after it again.
  void retag_from(std::span<const std::string_view> words, const TagContext& context, int i, uint16_t tag,
                  Pass& pass) const;
  uint16_t dictionary_tag(uint64_t form) const {
    auto it = tag_dictionary_.find(form);
    return it == tag_dictionary_.end() ? kNoDictionaryTag : it->second;
  }
  std::span<const uint16_t> feats_candidates(uint16_t tag) const {
    return std::span(feats_candidates_).subspan(candidate_begin_[tag], candidate_begin_[tag + 1] - candidate_begin_[tag]);
  }

  std::string config_;
  std::vector<std::string> upos_, xpos_;  // per joint tag
  std::vector<std::string> feats_;        // per FEATS class
  std::vector<uint8_t> nominal_;          // per joint tag: NOUN, PROPN or PRON
  std::vector<uint32_t> candidate_begin_; // FEATS classes seen with tag t: [begin[t], begin[t+1])
  std::vector<uint16_t> feats_candidates_;
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // folded word hash -> hash of its tag set
  std::unordered_map<uint64_t, uint16_t> tag_dictionary_;    // form hash -> its (near) only tag
  Perceptron first_pass_, second_pass_, feats_model_;
};

}  // namespace entente::nlp
