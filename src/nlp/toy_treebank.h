#pragma once
#include <string>
#include <vector>

#include "core/conllu.h"
#include "nlp/feature_hash.h"

// A small made-up treebank for tests: sentences "DET (ADJ) NOUN VERB DET NOUN ."
// over invented words, with regular inflection (-s, -ed, -ing), so models can
// be trained in milliseconds and probed with words they never saw.
namespace entente::nlp::toy {

struct Entry {
  const char* form;
  const char* lemma;
  const char* upos;
  const char* xpos;
  const char* feats;
};

inline conllu::Word make_word(int id, const Entry& e, int head, const char* deprel) {
  conllu::Word w;
  w.id = std::to_string(id);
  w.form = e.form, w.lemma = e.lemma, w.upos = e.upos, w.xpos = e.xpos, w.feats = e.feats;
  w.head = head, w.deprel = deprel;
  return w;
}

// `count` sentences, the same for the same `seed`.
inline std::vector<conllu::Sentence> treebank(int count, uint64_t seed = 7) {
  static const Entry dets[] = {{"the", "the", "DET", "DT", "Definite=Def|PronType=Art"},
                               {"a", "a", "DET", "DT", "Definite=Ind|PronType=Art"}};
  static const Entry adjs[] = {{"frumious", "frumious", "ADJ", "JJ", "Degree=Pos"},
                               {"slithy", "slithy", "ADJ", "JJ", "Degree=Pos"}};
  static const Entry nouns[] = {{"blorf", "blorf", "NOUN", "NN", "Number=Sing"},
                                {"blorfs", "blorf", "NOUN", "NNS", "Number=Plur"},
                                {"quandle", "quandle", "NOUN", "NN", "Number=Sing"},
                                {"quandles", "quandle", "NOUN", "NNS", "Number=Plur"},
                                {"zib", "zib", "NOUN", "NN", "Number=Sing"},
                                {"zibs", "zib", "NOUN", "NNS", "Number=Plur"}};
  static const Entry verbs[] = {
      {"glimped", "glimp", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
      {"glimps", "glimp", "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"},
      {"trundled", "trundle", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
      {"trundles", "trundle", "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"},
      {"snarked", "snark", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
      {"snarks", "snark", "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"}};
  static const Entry period = {".", ".", "PUNCT", ".", "_"};
  std::vector<conllu::Sentence> out;
  uint64_t state = seed;
  auto pick = [&](size_t n) { return static_cast<size_t>((state = hash_mix(state, n)) % n); };
  for (int i = 0; i < count; ++i) {
    conllu::Sentence s;
    bool adj = pick(2) == 0;
    int subject = adj ? 3 : 2, verb = subject + 1, object = verb + 2;
    s.words.push_back(make_word(1, dets[pick(2)], subject, "det"));
    if (adj) s.words.push_back(make_word(2, adjs[pick(2)], subject, "amod"));
    s.words.push_back(make_word(subject, nouns[pick(6)], verb, "nsubj"));
    s.words.push_back(make_word(verb, verbs[pick(6)], 0, "root"));
    s.words.push_back(make_word(verb + 1, dets[pick(2)], object, "det"));
    s.words.push_back(make_word(object, nouns[pick(6)], verb, "obj"));
    s.words.push_back(make_word(object + 1, period, verb, "punct"));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace entente::nlp::toy
