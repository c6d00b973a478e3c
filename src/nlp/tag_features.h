#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "nlp/feature_hash.h"
#include "nlp/word_features.h"

// Feature extraction for the tagger, shared by training and tagging so both
// see exactly the same features.
namespace entente::nlp {

inline constexpr uint16_t kNoTag = 0xFFFF;  // the "tag" before the sentence start

// The ambiguity class of a word seen with `tags` (ascending, each once), as
// TagContext::ambiguity gives it.
inline uint64_t ambiguity_class(std::span<const uint16_t> tags) {
  uint64_t h = 0xa3b1ull;
  for (uint16_t t : tags) h = hash_mix(h, t);
  return h;
}

// A sentence's words described once, padded with two boundary words on each side.
class TagContext {
 public:
  static constexpr int kPad = 2;
  // `ambiguity(lower_hash)` gives a word's ambiguity class (0 when unknown).
  template <typename AmbiguityFn>
  void reset(std::span<const std::string_view> words, AmbiguityFn ambiguity) {
    size_ = static_cast<int>(words.size());
    info_.resize(words.size() + 2 * kPad);
    ambiguity_.resize(info_.size());
    for (int k = 0; k < kPad; ++k) {
      info_[k] = boundary_word(k - kPad);
      info_[info_.size() - 1 - k] = boundary_word(100 + k);
    }
    for (size_t i = 0; i < words.size(); ++i) info_[i + kPad] = describe_word(words[i]);
    for (size_t i = 0; i < info_.size(); ++i) ambiguity_[i] = ambiguity(info_[i].lower);
  }
  int size() const { return size_; }
  // i may range over [-kPad, size + kPad).
  const WordInfo& word(int i) const { return info_[i + kPad]; }
  uint64_t ambiguity(int i) const { return ambiguity_[i + kPad]; }

 private:
  int size_ = 0;
  std::vector<WordInfo> info_;
  std::vector<uint64_t> ambiguity_;
};

// Features for the part-of-speech tag of word i, given the two tags already
// chosen next to it in the direction of tagging (before it left-to-right,
// after it right-to-left) and, in the second pass, the first pass's tags for
// the whole sentence (`first_pass` empty in the first pass).
void tag_features(const TagContext& context, int i, uint16_t prev1, uint16_t prev2,
                  std::span<const uint16_t> first_pass, std::vector<uint64_t>& out);

// Features for the FEATS of word i once every tag of the sentence is known.
// `nominal[tag]` says whether a tag can head a subject (noun, pronoun, proper noun).
void feats_features(const TagContext& context, int i, std::span<const uint16_t> tags,
                    std::span<const uint8_t> nominal, std::vector<uint64_t>& out);

}  // namespace entente::nlp
