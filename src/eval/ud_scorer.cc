#include "eval/ud_scorer.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <fmt/format.h>

#include "eval/ud_alignment.h"

namespace entente::eval {

namespace {

// The universal features of UD v2; language-specific ones are not scored.
constexpr std::array<std::string_view, 24> kUniversalFeatures = {
    "Abbr", "Animacy", "Aspect", "Case", "Clusivity", "Definite", "Degree", "Evident",
    "Foreign", "Gender", "Mood", "NounClass", "NumType", "Number", "Person", "Polarity",
    "Polite", "Poss", "PronType", "Reflex", "Tense", "VerbForm", "Voice", "Typo"};

std::string universal_features(const std::string& feats) {
  std::string out;
  size_t start = 0;
  while (start < feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == std::string::npos) bar = feats.size();
    std::string_view item = std::string_view(feats).substr(start, bar - start);
    std::string_view name = item.substr(0, item.find('='));
    if (std::find(kUniversalFeatures.begin(), kUniversalFeatures.end(), name) != kUniversalFeatures.end()) {
      if (!out.empty()) out += '|';
      out += item;
    }
    start = bar + 1;
  }
  return out.empty() ? "_" : out;
}

std::string_view universal_relation(const std::string& deprel) {
  return std::string_view(deprel).substr(0, deprel.find(':'));
}

// Items present in both sorted span lists.
size_t common_spans(const std::vector<CharSpan>& a, const std::vector<CharSpan>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++n, ++i, ++j;
    else if (a[i].begin < b[j].begin || (a[i].begin == b[j].begin && a[i].end < b[j].end)) ++i;
    else ++j;
  }
  return n;
}

std::string excerpt(const std::string& s, size_t at) { return s.substr(at >= 20 ? at - 20 : 0, 40); }

// The system may leave out characters the front end treats as layout debris
// (table pipes); everything else must match. Moves the system's spans into
// gold coordinates, or throws naming the first character that differs.
void align_characters(const Treebank& gold, Treebank& system) {
  if (gold.characters == system.characters) return;
  const std::string& g = gold.characters;
  const std::string& s = system.characters;
  std::vector<size_t> to_gold(s.size() + 1);
  size_t gi = 0;
  for (size_t si = 0; si < s.size(); ++si, ++gi) {
    while (gi < g.size() && g[gi] != s[si] && g[gi] == '|') ++gi;
    if (gi >= g.size() || g[gi] != s[si])
      throw std::runtime_error(fmt::format(
          "gold and system text differ at non-space character {}: gold \"{}\" vs system \"{}\"", si,
          excerpt(g, gi), excerpt(s, si)));
    to_gold[si] = gi;
  }
  auto move = [&](CharSpan& span) {
    if (span.begin == span.end) return;
    span = {to_gold[span.begin], to_gold[span.end - 1] + 1};
  };
  for (auto& w : system.words) move(w.span);
  for (auto& t : system.tokens) move(t);
  for (auto& t : system.sentences) move(t);
}

}  // namespace

UdScores score_ud(const std::vector<conllu::Sentence>& gold_sentences,
                  const std::vector<conllu::Sentence>& system_sentences) {
  Treebank gold = load_treebank(gold_sentences, "gold");
  Treebank system = load_treebank(system_sentences, "system");
  align_characters(gold, system);

  UdScores s;
  s.tokens = {gold.tokens.size(), system.tokens.size(), common_spans(gold.tokens, system.tokens), 0};
  s.sentences = {gold.sentences.size(), system.sentences.size(), common_spans(gold.sentences, system.sentences), 0};
  std::vector<long> aligned = align_words(gold, system);
  // system word index -> aligned gold word index, to compare heads
  std::vector<long> gold_of(system.words.size(), -1);
  for (size_t g = 0; g < aligned.size(); ++g)
    if (aligned[g] >= 0) gold_of[aligned[g]] = static_cast<long>(g);

  size_t n_aligned = static_cast<size_t>(std::count_if(aligned.begin(), aligned.end(), [](long a) { return a >= 0; }));
  for (Score* layer : {&s.words, &s.upos, &s.xpos, &s.ufeats, &s.lemma, &s.uas, &s.las})
    *layer = {gold.words.size(), system.words.size(), 0, n_aligned};
  s.words.correct = n_aligned;
  for (size_t g = 0; g < aligned.size(); ++g) {
    if (aligned[g] < 0) continue;
    const EvalWord& gw = gold.words[g];
    const EvalWord& sw = system.words[aligned[g]];
    s.upos.correct += gw.word->upos == sw.word->upos;
    s.xpos.correct += gw.word->xpos == sw.word->xpos;
    s.ufeats.correct += universal_features(gw.word->feats) == universal_features(sw.word->feats);
    s.lemma.correct += gw.word->lemma == "_" || gw.word->lemma == sw.word->lemma;
    // A head is right when it is the root on both sides, or when the
    // system's head word is aligned to the gold head word.
    bool head_ok = false;
    if (sw.head == 0) head_ok = gw.head == 0;
    else if (sw.head > 0 && gw.head > 0) head_ok = gold_of[sw.head - 1] == gw.head - 1;
    if (head_ok) {
      ++s.uas.correct;
      s.las.correct += universal_relation(gw.word->deprel) == universal_relation(sw.word->deprel);
    }
  }
  return s;
}

std::string format_scores(const UdScores& s, bool with_layers) {
  std::string out = "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
                    "-----------+-----------+-----------+-----------+-----------\n";
  auto row = [&](std::string_view name, const Score& score, bool accuracy) {
    out += fmt::format("{:<11}|{:>10.2f} |{:>10.2f} |{:>10.2f} |{}\n", name, 100 * score.precision(),
                       100 * score.recall(), 100 * score.f1(),
                       accuracy ? fmt::format("{:>10.2f}", 100 * score.aligned_accuracy()) : "");
  };
  row("Tokens", s.tokens, false);
  row("Sentences", s.sentences, false);
  row("Words", s.words, false);
  if (with_layers) {
    row("UPOS", s.upos, true);
    row("XPOS", s.xpos, true);
    row("UFeats", s.ufeats, true);
    row("Lemmas", s.lemma, true);
    row("UAS", s.uas, true);
    row("LAS", s.las, true);
  }
  return out;
}

}  // namespace entente::eval
