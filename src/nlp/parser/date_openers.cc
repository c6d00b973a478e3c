#include "nlp/parser/date_openers.h"

#include <array>
#include <string>

#include "nlp/training_copies.h"
#include "nlp/training_order.h"

namespace entente::nlp::parser {
namespace {

// One opener word; head is 1-based within the opener, 0 for the sentence's root.
using OpenerWord = InsertedWord;

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 3> kPeriods = {"week", "month", "year"};

OpenerWord preposition(const char* form) {
  std::string lemma(form);
  lemma[0] = static_cast<char>(lemma[0] - 'A' + 'a');
  return {form, lemma, "ADP", "IN", "_", 0, "case"};
}
OpenerWord name(const std::string& form, int head, const char* deprel) {
  return {form, form, "PROPN", "NNP", "Number=Sing", head, deprel};
}
OpenerWord number(const std::string& digits, int head, const char* deprel) {
  return {digits, digits, "NUM", "CD", "NumForm=Digit|NumType=Card", head, deprel};
}
OpenerWord comma(int head) { return {",", ",", "PUNCT", ",", "_", head, "punct"}; }

std::vector<OpenerWord> random_opener(TrainingDice& dice) {
  const std::string month = kMonths[dice.below(kMonths.size())];
  const std::string day = std::to_string(1 + dice.below(28));
  const std::string year = std::to_string(1945 + dice.below(82));
  const bool with_comma = dice.below(5) != 0;
  std::vector<OpenerWord> words;
  int head = 0;  // the opener word attached to the root; its comma attaches to it
  switch (dice.below(7)) {
    case 0:  // On April 14, 2025,
      words = {preposition("On"), name(month, 3, "nmod:unmarked"), number(day, 0, "obl"), comma(3),
               number(year, 3, "nmod:unmarked")};
      words[0].head = 3;
      words.push_back(comma(3));
      return words;
    case 1:  // On April 14,
      words = {preposition("On"), name(month, 3, "nmod:unmarked"), number(day, 0, "obl"), comma(3)};
      words[0].head = 3;
      return words;
    case 2:  // In March 2019,
      words = {preposition("In"), name(month, 0, "obl"), number(year, 2, "nmod:unmarked")};
      head = 2;
      break;
    case 3:  // In 2019,
      words = {preposition("In"), number(year, 0, "obl")};
      head = 2;
      break;
    case 4:  // On Monday,
      words = {preposition("On"), name(kWeekdays[dice.below(kWeekdays.size())], 0, "obl")};
      head = 2;
      break;
    case 5:  // Last week,
      words = {{"Last", "last", "ADJ", "JJ", "Degree=Pos", 2, "amod"},
               {kPeriods[dice.below(kPeriods.size())], "", "NOUN", "NN", "Number=Sing", 0, "obl:unmarked"}};
      head = 2;
      break;
    default:  // Earlier this month,
      words = {{"Earlier", "early", "ADV", "RBR", "Degree=Cmp", 3, "advmod"},
               {"this", "this", "DET", "DT", "Number=Sing|PronType=Dem", 3, "det"},
               {kPeriods[dice.below(kPeriods.size())], "", "NOUN", "NN", "Number=Sing", 0, "obl:unmarked"}};
      head = 3;
      break;
  }
  for (auto& w : words)
    if (w.lemma.empty()) w.lemma = w.form;
  if (words[0].upos == "ADP") words[0].head = head;
  if (with_comma) words.push_back(comma(head));
  return words;
}

// "The" -> "the" once it is no longer first; names, "I" and acronyms keep their case.
bool lowercase_when_moved(const conllu::Word& first) {
  const std::string& f = first.form;
  return first.upos != "PROPN" && f != "I" && f.size() > 1 && f[0] >= 'A' && f[0] <= 'Z' && f[1] >= 'a' && f[1] <= 'z';
}

std::string lowercase_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

conllu::Sentence with_opener(const conllu::Sentence& sentence, const std::vector<OpenerWord>& opener) {
  const int k = static_cast<int>(opener.size());
  int root = 0;
  for (const auto& w : sentence.words)
    if (w.head == 0) root = std::stoi(w.id);
  const bool lower = lowercase_when_moved(sentence.words.front());

  conllu::Sentence out;
  std::string opener_text;
  for (int j = 0; j < k; ++j) {
    const OpenerWord& o = opener[j];
    conllu::Word w = conllu_word(o, j + 1, o.head == 0 ? root + k : o.head, o.deprel);
    const bool glued = j + 1 < k && opener[j + 1].form == ",";
    if (glued) w.misc = "SpaceAfter=No";
    opener_text += o.form + (glued ? "" : " ");
    out.words.push_back(std::move(w));
  }
  for (conllu::Word w : sentence.words) {
    if (lower && w.id == "1") w.form = lowercase_first(w.form);
    w.id = std::to_string(std::stoi(w.id) + k);
    if (w.head > 0) w.head += k;
    w.deps = "_";
    out.words.push_back(std::move(w));
  }
  for (conllu::Word range : sentence.multiword) {
    if (lower && range.id.starts_with("1-")) range.form = lowercase_first(range.form);
    range.id = shifted_range(range.id, k);
    out.multiword.push_back(std::move(range));
  }
  const std::string text = sentence.text();
  copy_comments(sentence, out, "-opener", text.empty() ? "" : opener_text + (lower ? lowercase_first(text) : text));
  return out;
}

}  // namespace

bool starts_with_subject(const conllu::Sentence& sentence) {
  const auto& words = sentence.words;
  const int n = static_cast<int>(words.size());
  if (n < 3 || words.back().form == "?") return false;
  int root = 0;
  for (int i = 0; i < n; ++i) {
    if (words[i].head < 0 || words[i].head > n || words[i].id != std::to_string(i + 1)) return false;
    if (words[i].head == 0) {
      if (root != 0) return false;
      root = i + 1;
    }
  }
  // Walk up from word 1 to the root's child on its path (at most n steps: no cycle can trap us).
  int at = 1;
  for (int steps = 0; steps < n && at != root; ++steps) {
    const int head = words[at - 1].head;
    if (head == root) return words[at - 1].deprel.starts_with("nsubj");
    if (head == 0) return false;
    at = head;
  }
  return false;
}

std::vector<conllu::Sentence> date_opener_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                 uint64_t seed) {
  TrainingDice dice(seed, 0x6f70656e6572ull);  // "opener"
  return copies_of_a_share(sentences, share, dice, starts_with_subject,
                           [&](const conllu::Sentence& sentence) { return with_opener(sentence, random_opener(dice)); });
}

}  // namespace entente::nlp::parser
