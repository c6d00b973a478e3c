#include "nlp/parser/parse_features.h"

#include <algorithm>

#include "nlp/feature_hash.h"
#include "nlp/word_features.h"

namespace entente::nlp::parser {
namespace {

const uint64_t kNone = hash_text("<none>");     // no word at this position
const uint64_t kNoLabel = hash_text("<nolabel>");

uint64_t tag_code(std::string_view tag) { return tag.empty() || tag == "_" ? hash_text("<unk-tag>") : hash_text(tag); }

// Everything the templates read about one position of the configuration.
struct Position {
  uint64_t w = kNone, lemma = kNone, u = kNone, p = kNone, label = kNoLabel, suf = kNone;
};

Position at(const State& state, const std::vector<WordCodes>& words, int w) {
  if (w < 0) return {};
  const WordCodes& c = words[w];
  int label = w == 0 ? -1 : state.label(w);
  return {c.form, c.lemma, c.upos, c.xpos, label < 0 ? kNoLabel : static_cast<uint64_t>(label) + 1, c.suffix};
}

int child(int w, int k, bool left, const State& state) {
  if (w < 0) return -1;
  return left ? state.leftmost(w, k) : state.rightmost(w, k);
}

// Distances 1..4 exact, then coarser buckets: far attachments are rare and alike.
uint64_t distance_bucket(int a, int b) {
  if (a < 0 || b < 0) return 0;
  int d = b > a ? b - a : a - b;
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  return 7;
}

// Collects features, giving each call site its own template id. Writes
// into room made once per configuration (no capacity check per feature).
class Features {
 public:
  static constexpr size_t kRoom = 128;  // more than the templates below (grows if not)
  explicit Features(std::vector<uint64_t>& out) : out_(out) { out_.resize(kRoom); }
  ~Features() { out_.resize(template_); }
  template <typename... Parts>
  [[gnu::always_inline]] void add(Parts... parts) {
    uint64_t h = template_ + 1;
    ((h = hash_mix(h, parts)), ...);
    if (template_ == out_.size()) out_.resize(2 * out_.size());
    out_[template_++] = h;
  }

 private:
  std::vector<uint64_t>& out_;
  uint64_t template_ = 0;
};

}  // namespace

WordCodes encode_word(std::string_view form, std::string_view lemma, std::string_view upos, std::string_view xpos) {
  WordCodes c;
  const std::string folded = fold_word(form);
  c.form = hash_text(folded);
  c.suffix = hash_text(std::string_view(folded).substr(folded.size() > 3 ? folded.size() - 3 : 0));
  c.lemma = lemma.empty() || lemma == "_" ? c.form : hash_text(fold_word(lemma));
  c.upos = tag_code(upos);
  c.xpos = tag_code(xpos);
  c.function_word = upos == "PUNCT" || upos == "CCONJ" || upos == "ADP" || upos == "SCONJ" ||
                    (upos == "DET" && (equals_lower(form, "the") || equals_lower(form, "a") || equals_lower(form, "an")));
  return c;
}

WordCodes root_codes() {
  uint64_t root = hash_text("<root>");
  return {root, root, root, root, root, false};
}

std::vector<WordCodes> encode_sentence(const conllu::Sentence& sentence) {
  std::vector<WordCodes> codes;
  codes.reserve(sentence.words.size() + 1);
  codes.push_back(root_codes());
  for (const auto& w : sentence.words) codes.push_back(encode_word(w.form, w.lemma, w.upos, w.xpos));
  return codes;
}

std::vector<WordCodes> encode_sentence(const Document& doc, const Sentence& sentence) {
  auto layer = [&](const std::vector<std::string>& values, uint32_t i) -> std::string_view {
    return i < values.size() ? std::string_view(values[i]) : std::string_view();
  };
  std::vector<WordCodes> codes;
  codes.reserve(sentence.size() + 1);
  codes.push_back(root_codes());
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i)
    codes.push_back(encode_word(doc.token_text(i), layer(doc.lemma, i), layer(doc.upos, i), layer(doc.xpos, i)));
  return codes;
}

void extract_features(const State& state, const std::vector<WordCodes>& words, std::vector<uint64_t>& out) {
  const int s0i = state.stack(0), s1i = state.stack(1), b0i = state.buffer(0);
  const Position s0 = at(state, words, s0i), s1 = at(state, words, s1i), s2 = at(state, words, state.stack(2));
  const Position b0 = at(state, words, b0i), b1 = at(state, words, state.buffer(1)),
                 b2 = at(state, words, state.buffer(2));
  const Position s0l1 = at(state, words, child(s0i, 0, true, state));
  const Position s0l2 = at(state, words, child(s0i, 1, true, state));
  const Position s0r1 = at(state, words, child(s0i, 0, false, state));
  const Position s0r2 = at(state, words, child(s0i, 1, false, state));
  const Position s1l1 = at(state, words, child(s1i, 0, true, state));
  const Position s1r1 = at(state, words, child(s1i, 0, false, state));
  const Position b0l1 = at(state, words, child(b0i, 0, true, state));
  const Position b0l2 = at(state, words, child(b0i, 1, true, state));

  // 18 templates that a held-out tenth of train scored better without were
  // dropped (s1 unigrams, s0.p x distance, far children...; models/README.md):
  // 14% fewer instructions per parse for 0.14 LAS on that tenth.
  Features f(out);
  f.add(0);  // bias
  // Single words.
  f.add(s0.w); f.add(s0.p); f.add(s0.w, s0.p); f.add(s0.lemma); f.add(s0.u);
  f.add(s1.lemma);
  f.add(s2.w);
  f.add(b0.w); f.add(b0.p); f.add(b0.w, b0.p); f.add(b0.lemma); f.add(b0.u);
  f.add(b1.w); f.add(b1.p); f.add(b1.w, b1.p);
  f.add(b2.w); f.add(b2.p);
  // Pairs of the main candidates for an arc.
  f.add(s0.w, s0.p, b0.w, b0.p); f.add(s0.w, s0.p, b0.w); f.add(s0.w, b0.w, b0.p);
  f.add(s0.w, s0.p, b0.p); f.add(s0.p, b0.w, b0.p); f.add(s0.w, b0.w); f.add(s0.p, b0.p);
  f.add(s0.lemma, b0.lemma); f.add(s0.u, b0.u); f.add(b0.p, b1.p);
  f.add(s1.w, s1.p, s0.w, s0.p); f.add(s1.w, s1.p, s0.p);
  f.add(s1.w, s0.w); f.add(s1.p, s0.p); f.add(s1.lemma, s0.lemma); f.add(s1.u, s0.u);
  // Triples of tags.
  f.add(b0.p, b1.p, b2.p); f.add(s0.p, b0.p, b1.p); f.add(s1.p, s0.p, b0.p); f.add(s2.p, s1.p, s0.p);
  f.add(s0.p, s0l1.p, b0.p); f.add(s0.p, s0r1.p, b0.p); f.add(s0.p, b0.p, b0l1.p);
  f.add(s1.p, s0.p, s0l1.p); f.add(s1.p, s1r1.p, s0.p);
  f.add(s0.p, s0l1.p, s0l2.p); f.add(s0.p, s0r1.p, s0r2.p); f.add(b0.p, b0l1.p, b0l2.p);
  f.add(s1.u, s0.u, b0.u);
  // Suffixes and universal tags: still informative when the fine tag is wrong.
  f.add(s0.suf); f.add(b1.suf); f.add(s0.suf, b0.p);
  f.add(b0.u, b1.u, b2.u);
  // Distances.
  const uint64_t d = distance_bucket(s0i, b0i), d1 = distance_bucket(s1i, s0i);
  f.add(s0.w, d); f.add(b0.w, d); f.add(b0.p, d); f.add(s0.w, b0.w, d); f.add(s0.p, b0.p, d);
  f.add(s1.p, s0.p, d1); f.add(s1.w, d1); f.add(s0.w, d1);
  // Valency.
  auto count = [&](int w, bool left) -> uint64_t {
    if (w < 0) return 99;
    return std::min(left ? state.left_count(w) : state.right_count(w), 5);
  };
  const uint64_t s0vl = count(s0i, true), s0vr = count(s0i, false), s1vr = count(s1i, false),
                 b0vl = count(b0i, true);
  f.add(s0.w, s0vr); f.add(s0.p, s0vr); f.add(s0.w, s0vl); f.add(s0.p, s0vl);
  f.add(b0.w, b0vl); f.add(b0.p, b0vl); f.add(s1.p, s1vr);
  // The partial tree: outermost children and their labels.
  f.add(s0l1.w); f.add(s0l1.p); f.add(s0l1.label); f.add(s0r1.p); f.add(s0r1.label);
  f.add(s0l2.p); f.add(s0l2.label);
  f.add(s1l1.p); f.add(s1l1.label); f.add(s1r1.p); f.add(s1r1.label);
  f.add(b0l1.w); f.add(b0l1.p); f.add(b0l1.label); f.add(b0l2.label);
  f.add(s0.p, s0l1.label, s0l2.label); f.add(s0.p, s0r1.label, s0r2.label); f.add(b0.p, b0l1.label, b0l2.label);
  f.add(s0.w, s0l1.label); f.add(s0.w, s0r1.label); f.add(b0.w, b0l1.label);
  // Label sets of the children so far (e.g. a verb that already has a subject).
  auto labels = [&](int w, bool left) -> uint64_t {
    if (w < 0) return 0;
    return left ? state.left_labels(w) : state.right_labels(w);
  };
  const uint64_t s0ll = labels(s0i, true), s0rl = labels(s0i, false), b0ll = labels(b0i, true),
                 s1rl = labels(s1i, false);
  f.add(s0.w, s0ll); f.add(s0.p, s0ll); f.add(s0.w, s0rl); f.add(s0.p, s0rl);
  f.add(b0.w, b0ll); f.add(b0.p, b0ll); f.add(s1.p, s1rl); f.add(s1.p, s0.p, s1rl);
  f.add(s0.p, b0.p, b0ll); f.add(s0.p, s0rl, b0.p);
}

}  // namespace entente::nlp::parser
