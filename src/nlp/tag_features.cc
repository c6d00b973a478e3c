#include "nlp/tag_features.h"

#include "nlp/feature_hash.h"

namespace entente::nlp {
namespace {

uint64_t tag_value(uint16_t tag) { return hash_mix(0x7a6ull, tag); }

// Template ids: each feature family gets its own number so equal values in
// different roles never collide.
enum TagTemplate : uint64_t {
  kBias = 1, kForm, kLower, kPrefix, kSuffix = kPrefix + kMaxAffix, kShape = kSuffix + kMaxAffix, kFlags,
  kLowerPrev1, kLowerPrev2, kLowerNext1, kLowerNext2, kSuffixPrev1, kSuffixNext1, kSuffixNext2, kShapePrev1,
  kShapeNext1, kTagPrev1, kTagPrev2, kTagPrev12, kTagPrev1Lower, kLowerLowerNext, kLowerPrevLower,
  kAmbiguity, kAmbiguityNext1, kAmbiguityNext2, kTagPrev1Ambiguity, kAmbiguityAmbiguityNext, kFirstFlags,
  kTagPrev1Suffix, kLowerNext1Suffix, kAmbiguityPrev1, kTagPrev1Next1,
  kRight1, kRight2, kRight12, kPrevRight, kRight1Lower, kRight1Suffix, kFirstPassTag,
};

enum FeatsTemplate : uint64_t {
  kFBias = 200, kFTag, kFTagLower, kFTagSuffix2, kFTagSuffix3, kFTagPrev, kFTagNext, kFTagLowerPrev1,
  kFTagLowerPrev2, kFTagLowerNext1, kFTagSubject, kFTagSubjectTag, kFTagTagNext, kFTagFlags,
  kFTagLowerPrev3,
};

}  // namespace

void tag_features(const TagContext& c, int i, uint16_t prev1, uint16_t prev2, std::span<const uint16_t> first_pass,
                  std::vector<uint64_t>& out) {
  out.clear();
  const WordInfo& w = c.word(i);
  const WordInfo& p1 = c.word(i - 1);
  const WordInfo& p2 = c.word(i - 2);
  const WordInfo& n1 = c.word(i + 1);
  const WordInfo& n2 = c.word(i + 2);
  uint64_t t1 = tag_value(prev1), t2 = tag_value(prev2);
  out.push_back(feature(kBias, 0));
  out.push_back(feature(kForm, w.form));
  out.push_back(feature(kLower, w.lower));
  for (int k = 0; k < 4; ++k) out.push_back(feature(kPrefix + k, w.prefix[k]));
  for (int k = 0; k < kMaxAffix; ++k) out.push_back(feature(kSuffix + k, w.suffix[k]));
  out.push_back(feature(kShape, w.shape));
  out.push_back(feature(kFlags, w.flags));
  out.push_back(feature(kFirstFlags, w.flags, i == 0));
  out.push_back(feature(kLowerPrev1, p1.lower));
  out.push_back(feature(kLowerPrev2, p2.lower));
  out.push_back(feature(kLowerNext1, n1.lower));
  out.push_back(feature(kLowerNext2, n2.lower));
  out.push_back(feature(kSuffixPrev1, p1.suffix[2]));
  out.push_back(feature(kSuffixNext1, n1.suffix[2]));
  out.push_back(feature(kSuffixNext2, n1.suffix[1]));
  out.push_back(feature(kShapePrev1, p1.shape));
  out.push_back(feature(kShapeNext1, n1.shape));
  out.push_back(feature(kTagPrev1, t1));
  out.push_back(feature(kTagPrev2, t2));
  out.push_back(feature(kTagPrev12, t1, t2));
  out.push_back(feature(kTagPrev1Lower, t1, w.lower));
  out.push_back(feature(kTagPrev1Suffix, t1, w.suffix[2]));
  out.push_back(feature(kLowerLowerNext, w.lower, n1.lower));
  out.push_back(feature(kLowerPrevLower, p1.lower, w.lower));
  out.push_back(feature(kLowerNext1Suffix, n1.lower, w.suffix[2]));
  out.push_back(feature(kAmbiguity, c.ambiguity(i)));
  out.push_back(feature(kAmbiguityPrev1, c.ambiguity(i - 1)));
  out.push_back(feature(kAmbiguityNext1, c.ambiguity(i + 1)));
  out.push_back(feature(kAmbiguityNext2, c.ambiguity(i + 2)));
  out.push_back(feature(kTagPrev1Ambiguity, t1, c.ambiguity(i)));
  out.push_back(feature(kAmbiguityAmbiguityNext, c.ambiguity(i), c.ambiguity(i + 1)));
  out.push_back(feature(kTagPrev1Next1, t1, n1.lower));
  if (first_pass.empty()) return;
  // The right context's tags, which a left-to-right pass cannot see.
  int n = c.size();
  uint64_t r1 = tag_value(i + 1 < n ? first_pass[i + 1] : kNoTag);
  uint64_t r2 = tag_value(i + 2 < n ? first_pass[i + 2] : kNoTag);
  out.push_back(feature(kRight1, r1));
  out.push_back(feature(kRight2, r2));
  out.push_back(feature(kRight12, r1, r2));
  out.push_back(feature(kPrevRight, t1, r1));
  out.push_back(feature(kRight1Lower, r1, w.lower));
  out.push_back(feature(kRight1Suffix, r1, w.suffix[2]));
  out.push_back(feature(kFirstPassTag, tag_value(first_pass[i])));
}

void feats_features(const TagContext& c, int i, std::span<const uint16_t> tags, std::span<const uint8_t> nominal,
                    std::vector<uint64_t>& out) {
  out.clear();
  auto tag_at = [&](int j) { return j < 0 || j >= c.size() ? tag_value(kNoTag) : tag_value(tags[j]); };
  const WordInfo& w = c.word(i);
  uint64_t t = tag_at(i);
  // The nearest nominal to the left stands in for the subject, which decides
  // a finite verb's Person and Number ("they were" vs "he was").
  uint64_t subject = 0, subject_tag = tag_value(kNoTag);
  for (int j = i - 1; j >= 0 && j >= i - 8; --j) {
    if (nominal[tags[j]]) {
      subject = c.word(j).lower;
      subject_tag = tag_at(j);
      break;
    }
  }
  out.push_back(feature(kFBias, 0));
  out.push_back(feature(kFTag, t));
  out.push_back(feature(kFTagLower, t, w.lower));
  out.push_back(feature(kFTagSuffix2, t, w.suffix[1]));
  out.push_back(feature(kFTagSuffix3, t, w.suffix[2]));
  out.push_back(feature(kFTagPrev, t, tag_at(i - 1)));
  out.push_back(feature(kFTagNext, t, tag_at(i + 1)));
  out.push_back(feature(kFTagTagNext, t, tag_at(i + 1), c.word(i + 1).lower));
  out.push_back(feature(kFTagLowerPrev1, t, c.word(i - 1).lower));
  out.push_back(feature(kFTagLowerPrev2, t, c.word(i - 2).lower));
  out.push_back(feature(kFTagLowerPrev3, t, i >= 3 ? c.word(i - 3).lower : 0));
  out.push_back(feature(kFTagLowerNext1, t, c.word(i + 1).lower));
  out.push_back(feature(kFTagSubject, t, subject));
  out.push_back(feature(kFTagSubjectTag, t, subject_tag));
  out.push_back(feature(kFTagFlags, t, w.flags));
}

}  // namespace entente::nlp
