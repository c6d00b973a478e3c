#include "nlp/noun_subjects.h"

#include <array>
#include <string>

#include "nlp/training_copies.h"
#include "nlp/training_order.h"

namespace entente::nlp {
namespace {

// One word of a subject phrase; head is 1-based within the phrase, 0 for the
// phrase's head (which takes the pronoun's place in the tree).
using PhraseWord = InsertedWord;

constexpr const char* kThe = "Definite=Def|PronType=Art";
constexpr const char* kSing = "Number=Sing";
constexpr const char* kPlur = "Number=Plur";
constexpr const char* kAdj = "Degree=Pos";

PhraseWord the(int head) { return {"The", "the", "DET", "DT", kThe, head, "det"}; }
PhraseWord noun(const char* form, const char* lemma, bool plural, int head = 0, const char* deprel = "nsubj") {
  return {form, lemma, "NOUN", plural ? "NNS" : "NN", plural ? kPlur : kSing, head, deprel};
}
PhraseWord adjective(const char* form, const char* lemma, int head) {
  return {form, lemma, "ADJ", "JJ", kAdj, head, "amod"};
}

// The subjects of news reports, as EWT annotates such phrases.
const std::vector<std::vector<PhraseWord>>& subject_phrases() {
  static const std::vector<std::vector<PhraseWord>> phrases = {
      {the(2), noun("ministry", "ministry", false)},
      {noun("Officials", "official", true)},
      {the(3), {"two", "two", "NUM", "CD", "NumForm=Word|NumType=Card", 3, "nummod"}, noun("sides", "side", true)},
      {adjective("Chinese", "Chinese", 2), noun("vessels", "vessel", true)},
      {noun("Thousands", "thousand", true), {"of", "of", "ADP", "IN", "_", 3, "case"},
       noun("protesters", "protester", true, 1, "nmod")},
      {the(2), noun("company", "company", false)},
      {the(2), noun("government", "government", false)},
      {noun("Rebels", "rebel", true)},
      {the(3), adjective("prime", "prime", 3), noun("minister", "minister", false)},
      {adjective("Local", "local", 2), noun("residents", "resident", true)},
      {the(2), noun("army", "army", false)},
      {noun("State", "state", false, 2, "compound"), noun("media", "media", false)},
      {the(2), noun("delegation", "delegation", false)},
      {{"Both", "both", "DET", "DT", "PronType=Tot", 2, "det"}, noun("countries", "country", true)},
      {adjective("Armed", "armed", 2), noun("men", "man", true)},
      {the(2), noun("court", "court", false)},
      {noun("Police", "police", true)},
      {the(2), noun("president", "president", false)},
  };
  return phrases;
}

bool is_personal_pronoun(const std::string& form) {
  return form == "I" || form == "We" || form == "He" || form == "She" || form == "They";
}

conllu::Sentence with_subject(const conllu::Sentence& sentence, const std::vector<PhraseWord>& phrase) {
  const int k = static_cast<int>(phrase.size());
  const int shift = k - 1;  // the phrase takes the pronoun's one place
  const conllu::Word& pronoun = sentence.words.front();
  conllu::Sentence out;
  std::string phrase_text;
  for (int j = 0; j < k; ++j) {
    const PhraseWord& p = phrase[j];
    conllu::Word w = conllu_word(p, j + 1, p.head == 0 ? pronoun.head + shift : p.head,
                                 p.head == 0 ? pronoun.deprel : p.deprel);
    w.misc = j + 1 == k ? pronoun.misc : "_";
    phrase_text += p.form + (j + 1 < k ? " " : "");
    out.words.push_back(std::move(w));
  }
  for (size_t i = 1; i < sentence.words.size(); ++i) {
    conllu::Word w = sentence.words[i];
    w.id = std::to_string(std::stoi(w.id) + shift);
    if (w.head == 1) {
      w.head = pronoun.head + shift;  // (a pronoun subject has no dependents in practice; keep the tree whole)
    } else if (w.head > 1) {
      w.head += shift;
    }
    w.deps = "_";
    out.words.push_back(std::move(w));
  }
  for (conllu::Word range : sentence.multiword) {
    range.id = shifted_range(range.id, shift);
    out.multiword.push_back(std::move(range));
  }
  const std::string text = sentence.text();
  copy_comments(sentence, out, "-subject",
                text.starts_with(pronoun.form) ? phrase_text + text.substr(pronoun.form.size()) : "");
  return out;
}

}  // namespace

bool has_pronoun_subject_in_past(const conllu::Sentence& sentence) {
  const auto& words = sentence.words;
  const int n = static_cast<int>(words.size());
  if (n < 2 || !is_personal_pronoun(words[0].form) || words[0].deprel != "nsubj") return false;
  for (int i = 0; i < n; ++i)
    if (words[i].head < 0 || words[i].head > n || words[i].id != std::to_string(i + 1)) return false;
  for (const auto& range : sentence.multiword)
    if (range.id.starts_with("1-")) return false;
  const int head = words[0].head;
  if (head < 1) return false;
  const conllu::Word& verb = words[head - 1];
  return verb.head == 0 && verb.xpos == "VBD" && verb.lemma != "be";
}

std::vector<conllu::Sentence> noun_subject_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                  uint64_t seed) {
  TrainingDice dice(seed, 0x7375626a656374ull);  // "subject"
  const auto& phrases = subject_phrases();
  return copies_of_a_share(sentences, share, dice, has_pronoun_subject_in_past, [&](const conllu::Sentence& sentence) {
    return with_subject(sentence, phrases[dice.below(phrases.size())]);
  });
}

}  // namespace entente::nlp
