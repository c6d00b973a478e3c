#include "nlp/parser/relative_clauses.h"

#include <array>
#include <string>

#include "nlp/parser/date_openers.h"
#include "nlp/training_copies.h"
#include "nlp/training_order.h"

namespace entente::nlp::parser {
namespace {

constexpr std::array<const char*, 6> kCities = {"Hanoi", "Geneva", "Havana", "Jakarta", "Beijing", "Paris"};
constexpr std::array<const char*, 5> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

// The words of one clause between its commas; head 0 marks the clause's verb
// (the subject's acl:relcl), other heads are 1-based within the clause.
std::vector<InsertedWord> random_clause(TrainingDice& dice) {
  const bool person = dice.below(2) == 0;
  const InsertedWord who = person ? InsertedWord{"who", "who", "PRON", "WP", "PronType=Rel", 0, "nsubj"}
                                  : InsertedWord{"which", "which", "PRON", "WDT", "PronType=Rel", 0, "nsubj"};
  const std::string year = std::to_string(1950 + dice.below(75));
  const std::string city = kCities[dice.below(kCities.size())];
  const InsertedWord in{"in", "in", "ADP", "IN", "_", 0, "case"};
  const char* past = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin";
  const char* participle = "Tense=Past|VerbForm=Part";
  std::vector<InsertedWord> words;
  switch (dice.below(6)) {
    case 0:  // who took office in 2019
      words = {who, {"took", "take", "VERB", "VBD", past, 0, "acl:relcl"}, {"office", "office", "NOUN", "NN", "Number=Sing", 2, "obj"},
               in, {year, year, "NUM", "CD", "NumForm=Digit|NumType=Card", 2, "obl"}};
      words[0].head = 2, words[3].head = 5;
      break;
    case 1:  // which was founded in 1990
      words = {who, {"was", "be", "AUX", "VBD", past, 3, "aux:pass"}, {"founded", "found", "VERB", "VBN", participle, 0, "acl:relcl"},
               in, {year, year, "NUM", "CD", "NumForm=Digit|NumType=Card", 3, "obl"}};
      words[0].head = 3, words[0].deprel = "nsubj:pass", words[3].head = 5;
      break;
    case 2:  // who has denied the charges
      words = {who, {"has", "have", "AUX", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", 3, "aux"},
               {"denied", "deny", "VERB", "VBN", participle, 0, "acl:relcl"},
               {"the", "the", "DET", "DT", "Definite=Def|PronType=Art", 5, "det"},
               {"charges", "charge", "NOUN", "NNS", "Number=Plur", 3, "obj"}};
      words[0].head = 3;
      break;
    case 3:  // who arrived on Monday
      words = {who, {"arrived", "arrive", "VERB", "VBD", past, 0, "acl:relcl"}, {"on", "on", "ADP", "IN", "_", 4, "case"},
               {kWeekdays[dice.below(kWeekdays.size())], "", "PROPN", "NNP", "Number=Sing", 2, "obl"}};
      words[0].head = 2;
      break;
    case 4:  // which is based in Geneva
      words = {who, {"is", "be", "AUX", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", 3, "aux:pass"},
               {"based", "base", "VERB", "VBN", participle, 0, "acl:relcl"}, in, {city, city, "PROPN", "NNP", "Number=Sing", 3, "obl"}};
      words[0].head = 3, words[0].deprel = "nsubj:pass", words[3].head = 5;
      break;
    default:  // who met the president last week
      words = {who, {"met", "meet", "VERB", "VBD", past, 0, "acl:relcl"},
               {"the", "the", "DET", "DT", "Definite=Def|PronType=Art", 4, "det"},
               {"president", "president", "NOUN", "NN", "Number=Sing", 2, "obj"},
               {"last", "last", "ADJ", "JJ", "Degree=Pos", 6, "amod"},
               {"week", "week", "NOUN", "NN", "Number=Sing", 2, "obl:unmarked"}};
      words[0].head = 2;
      break;
  }
  for (auto& w : words)
    if (w.lemma.empty()) w.lemma = w.form;
  return words;
}

// The last word of the subject's phrase when the root's subject is a noun or
// name whose phrase is words 1..end, without punctuation, and is followed by
// a word that is not punctuation, at the latest the root; 0 otherwise.
int subject_phrase_end(const conllu::Sentence& sentence) {
  const auto& words = sentence.words;
  const int n = static_cast<int>(words.size());
  int root = 0, subject = 0;
  for (int i = 0; i < n; ++i)
    if (words[i].head == 0) root = i + 1;
  for (int i = 0; i < n; ++i)
    if (words[i].head == root && words[i].deprel.starts_with("nsubj")) subject = i + 1;
  if (subject == 0 || (words[subject - 1].upos != "NOUN" && words[subject - 1].upos != "PROPN")) return 0;
  // The phrase is the subject's subtree; it must be exactly words 1..end.
  auto in_subtree = [&](int id) {
    for (int steps = 0; steps < n && id != 0; ++steps) {
      if (id == subject) return true;
      id = words[id - 1].head;
    }
    return false;
  };
  int end = 0;
  while (end < n && in_subtree(end + 1)) ++end;
  for (int id = end + 1; id <= n; ++id)
    if (in_subtree(id)) return 0;
  if (end == 0 || end >= root || words[end].upos == "PUNCT") return 0;
  for (int i = 0; i < end; ++i)  // "Lee, 64, ...": the phrase has commas of its own
    if (words[i].upos == "PUNCT") return 0;
  for (const auto& range : sentence.multiword)  // "3-4" across the insertion point
    if (std::stoi(range.id) <= end && std::stoi(range.id.substr(range.id.find('-') + 1)) > end) return 0;
  return end;
}

conllu::Sentence with_clause(const conllu::Sentence& sentence, int end, const std::vector<InsertedWord>& clause) {
  const int subject = [&] {
    for (const auto& w : sentence.words)
      if (w.deprel.starts_with("nsubj") && w.head != 0 && sentence.words[w.head - 1].head == 0) return std::stoi(w.id);
    return 0;
  }();
  const int k = static_cast<int>(clause.size()) + 2;  // the clause and its two commas
  int verb = 0;
  for (int j = 0; j < k - 2; ++j)
    if (clause[j].head == 0) verb = end + 2 + j;
  auto shifted = [&](int id) { return id > end ? id + k : id; };

  conllu::Sentence out;
  std::string inserted_text;
  for (int i = 0; i < end; ++i) {
    conllu::Word w = sentence.words[i];
    w.head = w.head > 0 ? shifted(w.head) : 0;
    w.deps = "_";
    out.words.push_back(std::move(w));
  }
  const InsertedWord comma{",", ",", "PUNCT", ",", "_", 0, "punct"};
  out.words.push_back(conllu_word(comma, end + 1, verb, "punct"));
  for (int j = 0; j < k - 2; ++j) {
    const InsertedWord& c = clause[j];
    conllu::Word w = conllu_word(c, end + 2 + j, c.head == 0 ? subject : end + 1 + c.head, c.deprel);
    if (j + 1 == k - 2) w.misc = "SpaceAfter=No";
    inserted_text += (j ? " " : "") + c.form;
    out.words.push_back(std::move(w));
  }
  out.words.push_back(conllu_word(comma, end + k, verb, "punct"));
  for (int i = end; i < static_cast<int>(sentence.words.size()); ++i) {
    conllu::Word w = sentence.words[i];
    w.id = std::to_string(i + 1 + k);
    w.head = w.head > 0 ? shifted(w.head) : 0;
    w.deps = "_";
    out.words.push_back(std::move(w));
  }
  for (conllu::Word range : sentence.multiword) {
    if (std::stoi(range.id) > end) range.id = shifted_range(range.id, k);
    out.multiword.push_back(std::move(range));
  }
  // The text: the subject phrase's words, the clause, then the rest as written.
  std::string head_text, tail_text;
  for (int i = 0; i < static_cast<int>(sentence.words.size()); ++i)
    (i < end ? head_text : tail_text) += sentence.words[i].form + " ";
  head_text.pop_back();
  if (!tail_text.empty()) tail_text.pop_back();
  copy_comments(sentence, out, "-relcl", head_text + ", " + inserted_text + ", " + tail_text);
  return out;
}

}  // namespace

std::vector<conllu::Sentence> relative_clause_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                     uint64_t seed) {
  TrainingDice dice(seed, 0x72656c636cull);  // "relcl"
  return copies_of_a_share(
      sentences, share, dice,
      [](const conllu::Sentence& sentence) { return starts_with_subject(sentence) && subject_phrase_end(sentence) > 0; },
      [&](const conllu::Sentence& sentence) {
        return with_clause(sentence, subject_phrase_end(sentence), random_clause(dice));
      });
}

}  // namespace entente::nlp::parser
