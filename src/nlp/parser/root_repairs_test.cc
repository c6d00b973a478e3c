#include "nlp/parser/root_repairs.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp::parser {
namespace {

struct Parse {
  std::vector<int32_t> heads;
  std::vector<std::string> deprels;
  std::vector<std::string_view> upos, xpos;
  void repair() { verb_after_noun_root(heads, deprels, upos, xpos); }
  void repair_opening() { verb_after_opening_phrase(heads, deprels, upos, xpos); }
};

// Each parse comes out of `repair` as it went in.
template <typename Repair>
void expect_kept(std::initializer_list<Parse*> parses, Repair repair) {
  for (Parse* p : parses) {
    const Parse before = *p;
    repair(*p);
    EXPECT_EQ(p->heads, before.heads);
    EXPECT_EQ(p->deprels, before.deprels);
  }
}

// Trade between the two countries rose 5 percent .
//   1      2     3   4      5      6   7    8     9
// as misparsed: "rose" a relative clause of "Trade" with "countries" its subject.
Parse trade_rose() {
  return {{0, 5, 5, 5, 6, 1, 8, 6, 1},
          {"root", "case", "det", "nummod", "nsubj", "acl:relcl", "nummod", "obj", "punct"},
          {"NOUN", "ADP", "DET", "NUM", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"},
          {"NN", "IN", "DT", "CD", "NNS", "VBD", "CD", "NN", "."}};
}

// The number of refugees doubled .
//  1    2    3     4       5     6
// as misparsed: "doubled" a clause of "refugees", the nmod of the root "number".
Parse number_doubled() {
  return {{2, 0, 4, 2, 4, 2},
          {"det", "root", "case", "nmod", "acl", "punct"},
          {"DET", "NOUN", "ADP", "NOUN", "VERB", "PUNCT"},
          {"DT", "NN", "IN", "NNS", "VBD", "."}};
}

TEST(RootRepairsTest, APrepositionalSubjectGoesBackToTheNounBeforeIt) {
  Parse p = trade_rose();
  p.repair();
  EXPECT_EQ(p.heads, (std::vector<int32_t>{6, 5, 5, 5, 1, 0, 8, 6, 6}));
  EXPECT_EQ(p.deprels[0], "nsubj");
  EXPECT_EQ(p.deprels[4], "nmod");
  EXPECT_EQ(p.deprels[5], "root");
}

TEST(RootRepairsTest, AClauseOfTheRootsModifierIsTheMainVerb) {
  Parse p = number_doubled();
  p.repair();
  EXPECT_EQ(p.heads, (std::vector<int32_t>{2, 5, 4, 2, 0, 5}));
  EXPECT_EQ(p.deprels[1], "nsubj");
  EXPECT_EQ(p.deprels[4], "root");
}

// The talks , the first in years , ended .
//  1    2   3  4    5    6    7   8   9   10
// as misparsed: "ended" a parataxis of "talks", the apposition's words between.
Parse talks_ended() {
  return {{2, 0, 5, 5, 2, 7, 5, 2, 2, 9},
          {"det", "root", "punct", "det", "appos", "case", "nmod", "punct", "parataxis", "punct"},
          {"DET", "NOUN", "PUNCT", "DET", "ADJ", "ADP", "NOUN", "PUNCT", "VERB", "PUNCT"},
          {"DT", "NNS", ",", "DT", "JJ", "IN", "NNS", ",", "VBD", "."}};
}

TEST(RootRepairsTest, TheVerbAfterAnAppositionsClosingCommaIsTheRoot) {
  Parse p = talks_ended();
  p.repair();
  EXPECT_EQ(p.heads, (std::vector<int32_t>{2, 9, 5, 5, 2, 7, 5, 2, 0, 9}));
  EXPECT_EQ(p.deprels[1], "nsubj");
  EXPECT_EQ(p.deprels[8], "root");
  // Also when the parser hung it on a word between the commas (conj of "first").
  Parse on_apposition = talks_ended();
  on_apposition.heads[8] = 5, on_apposition.deprels[8] = "conj";
  on_apposition.repair();
  EXPECT_EQ(on_apposition.heads[8], 0);
  EXPECT_EQ(on_apposition.heads[1], 9);
  // Not a verb with a subject of its own (a pronoun between the commas:
  // "who" of a relative clause), nor one after a single comma ("Great
  // place, loved it": web text drops such subjects).
  Parse own_subject = talks_ended();
  own_subject.deprels[6] = "nsubj", own_subject.heads[6] = 9, own_subject.upos[6] = "PRON";
  Parse one_comma = talks_ended();
  one_comma.xpos[2] = "DT";
  expect_kept({&own_subject, &one_comma}, [](Parse& q) { q.repair(); });
}

// Clashes erupted after police left .
//    1       2      3     4      5   6
// as misparsed: "erupted" a clause of "Clashes".
Parse clashes_erupted() {
  return {{0, 1, 5, 5, 2, 1},
          {"root", "acl", "mark", "nsubj", "advcl", "punct"},
          {"NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"},
          {"NNS", "VBD", "IN", "NNS", "VBD", "."}};
}

TEST(RootRepairsTest, AFiniteVerbIsNoReducedRelative) {
  Parse p = clashes_erupted();
  p.repair();
  EXPECT_EQ(p.heads, (std::vector<int32_t>{2, 0, 5, 5, 2, 2}));
  EXPECT_EQ(p.deprels[0], "nsubj");
  EXPECT_EQ(p.deprels[1], "root");
  // Not a participle ("Clashes reported ..."), nor after a root with a
  // preposition of its own ("From clashes erupted(VBD) ...": a fragment).
  Parse participle = clashes_erupted();
  participle.xpos[1] = "VBN";
  Parse fragment{{2, 0, 2, 6, 6, 3, 2},
                 {"case", "root", "acl", "mark", "nsubj", "advcl", "punct"},
                 {"ADP", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"},
                 {"IN", "NNS", "VBD", "IN", "NNS", "VBD", "."}};
  expect_kept({&participle, &fragment}, [](Parse& q) { q.repair(); });
}

TEST(RootRepairsTest, AnOpeningGerundIsTheSubjectOfTheVerbAfterItsPhrase) {
  // Fighting between factions killed people .
  //    1        2       3       4      5    6
  // as misparsed: "Fighting" the root, "killed" a clause of its obl "factions".
  Parse p{{0, 3, 1, 3, 4, 1},
          {"root", "case", "obl", "acl", "obj", "punct"},
          {"VERB", "ADP", "NOUN", "VERB", "NOUN", "PUNCT"},
          {"VBG", "IN", "NNS", "VBD", "NNS", "."}};
  p.repair();
  EXPECT_EQ(p.heads, (std::vector<int32_t>{4, 3, 1, 0, 4, 4}));
  EXPECT_EQ(p.deprels[0], "csubj");
  EXPECT_EQ(p.deprels[3], "root");
  Parse repaired = p;  // repairing again changes nothing
  Parse not_first{{2, 0, 4, 2, 4, 5, 2},
                  {"det", "root", "case", "obl", "acl", "obj", "punct"},
                  {"DET", "VERB", "ADP", "NOUN", "VERB", "NOUN", "PUNCT"},
                  {"DT", "VBG", "IN", "NNS", "VBD", "NNS", "."}};
  // A gerund root after the first word is left alone.
  expect_kept({&repaired, &not_first}, [](Parse& q) { q.repair(); });
}

TEST(RootRepairsTest, KeepsWhatTheTreebankHas) {
  // A relative clause with a subject of its own ("the trade the countries
  // resumed"), a non-finite clause, a copular root, a verb root.
  Parse own_subject = trade_rose();
  own_subject.deprels[1] = "det";  // "countries" has no preposition
  Parse participle = number_doubled();
  participle.xpos[4] = "VBN";
  Parse copular = number_doubled();
  copular.deprels[0] = "cop";
  Parse verb_root = number_doubled();
  verb_root.upos[1] = "VERB";
  expect_kept({&own_subject, &participle, &copular, &verb_root}, [](Parse& p) { p.repair(); });
}

// In education , a key area , Chile helps Peru .
// 1  2         3 4 5   6    7 8     9     10   11
// as misparsed: "education" the root, "helps" a relative clause of "area".
Parse education() {
  return {{2, 0, 6, 6, 6, 2, 9, 9, 6, 9, 2},
          {"case", "root", "punct", "det", "amod", "appos", "punct", "nsubj", "acl:relcl", "obj", "punct"},
          {"ADP", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"},
          {"IN", "NN", ",", "DT", "JJ", "NN", ",", "NNP", "VBZ", "NNP", "."}};
}

TEST(RootRepairsTest, TheVerbAfterAnOpeningPhraseIsTheRoot) {
  Parse p = education();
  p.repair_opening();
  EXPECT_EQ(p.heads, (std::vector<int32_t>{2, 9, 6, 6, 6, 2, 9, 9, 0, 9, 9}));
  EXPECT_EQ(p.deprels[1], "obl");
  EXPECT_EQ(p.deprels[8], "root");
  // An auxiliary hands the root to the verb it serves: "... , Chile will help Peru ."
  Parse modal{{2, 0, 6, 6, 6, 2, 10, 10, 10, 6, 10, 2},
              {"case", "root", "punct", "det", "amod", "appos", "punct", "nsubj", "aux", "acl:relcl", "obj", "punct"},
              {"ADP", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "PROPN", "PUNCT"},
              {"IN", "NN", ",", "DT", "JJ", "NN", ",", "NNP", "MD", "VB", "NNP", "."}};
  modal.repair_opening();
  EXPECT_EQ(modal.heads[9], 0);
  EXPECT_EQ(modal.heads[1], 10);
  // Not without the opening preposition, nor for a relative clause's verb,
  // nor in a sentence that does not end in a full stop.
  Parse no_preposition = education();
  no_preposition.deprels[0] = "det";
  Parse relative = education();
  relative.xpos[7] = "WDT";
  Parse headline = education();
  headline.xpos[10] = ":";
  expect_kept({&no_preposition, &relative, &headline}, [](Parse& q) { q.repair_opening(); });
}

TEST(RootRepairsTest, AClauseAfterAnOpeningParticipleIsTheRoot) {
  // Faced with cuts , the two ministries have merged .
  //  1     2    3   4  5   6     7        8     9    10
  // as misparsed: "Faced" the root, "merged" its ccomp.
  Parse p{{0, 3, 1, 9, 7, 7, 9, 9, 1, 1},
          {"root", "case", "obl", "punct", "det", "nummod", "nsubj", "aux", "ccomp", "punct"},
          {"VERB", "ADP", "NOUN", "PUNCT", "DET", "NUM", "NOUN", "AUX", "VERB", "PUNCT"},
          {"VBN", "IN", "NNS", ",", "DT", "CD", "NNS", "VBP", "VBN", "."}};
  verb_after_opening_participle(p.heads, p.deprels, p.xpos);
  EXPECT_EQ(p.heads, (std::vector<int32_t>{9, 3, 1, 9, 7, 7, 9, 9, 0, 9}));
  EXPECT_EQ(p.deprels[0], "advcl");
  EXPECT_EQ(p.deprels[8], "root");
  // Not when the participle has a subject or auxiliary of its own, nor when
  // the clause has no subject after the comma.
  Parse own_aux = p;
  own_aux = Parse{{0, 3, 1, 9, 7, 7, 9, 1, 1, 1},
                  {"root", "case", "obl", "punct", "det", "nummod", "nsubj", "aux", "ccomp", "punct"},
                  p.upos, {"VBN", "IN", "NNS", ",", "DT", "CD", "NNS", "VBP", "VBN", "."}};
  Parse no_subject{{0, 3, 1, 9, 7, 7, 9, 9, 1, 1},
                   {"root", "case", "obl", "punct", "det", "nummod", "obj", "aux", "ccomp", "punct"},
                   p.upos, {"VBN", "IN", "NNS", ",", "DT", "CD", "NNS", "VBP", "VBN", "."}};
  expect_kept({&own_aux, &no_subject},
              [](Parse& q) { verb_after_opening_participle(q.heads, q.deprels, q.xpos); });
}

TEST(RootRepairsTest, ANounBeforeASubjectlessVerbIsItsSubject) {
  // Under pressure from Lima , Quito agreed .
  //  1      2      3    4   5   6     7     8
  // as misparsed: "Quito" an apposition of "Lima", "agreed" without a subject.
  Parse p{{2, 7, 4, 2, 6, 4, 0, 7},
          {"case", "obl", "case", "nmod", "punct", "appos", "root", "punct"},
          {"ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"},
          {"IN", "NN", "IN", "NNP", ",", "NNP", "VBD", "."}};
  subject_from_opening_apposition(p.heads, p.deprels, p.upos, p.xpos);
  EXPECT_EQ(p.heads[5], 7);
  EXPECT_EQ(p.deprels[5], "nsubj");
  // Not when the verb has a subject, nor without the comma.
  Parse has_subject = Parse{{2, 7, 4, 2, 6, 4, 0, 7},
                            {"nsubj", "obl", "case", "nmod", "punct", "appos", "root", "punct"}, p.upos, p.xpos};
  has_subject.heads[0] = 7;
  Parse no_comma = Parse{{2, 7, 4, 2, 6, 4, 0, 7},
                         {"case", "obl", "case", "nmod", "punct", "appos", "root", "punct"}, p.upos,
                         {"IN", "NN", "IN", "NNP", "CC", "NNP", "VBD", "."}};
  expect_kept({&has_subject, &no_comma},
              [](Parse& q) { subject_from_opening_apposition(q.heads, q.deprels, q.upos, q.xpos); });
}

TEST(RootRepairsTest, TwoNounsBeforeTheirVerbAreOneSubject) {
  // The health ministry said it .
  //  1    2      3        4    5  6
  // as misparsed ("ministry" read as a name): "health" the root, "said" its relative clause.
  std::vector<std::string_view> forms{"The", "health", "ministry", "said", "it", "."};
  Parse p{{2, 0, 4, 2, 4, 2},
          {"det", "root", "nsubj", "acl:relcl", "obj", "punct"},
          {"DET", "NOUN", "PROPN", "VERB", "PRON", "PUNCT"},
          {"DT", "NN", "NNP", "VBD", "PRP", "."}};
  verb_after_compound_subject(p.heads, p.deprels, forms, p.upos, p.xpos);
  EXPECT_EQ(p.heads, (std::vector<int32_t>{3, 3, 4, 0, 4, 4}));
  EXPECT_EQ(p.deprels[1], "compound");
  EXPECT_EQ(p.deprels[3], "root");
  // Not "the car John bought" (a name), nor a clause followed by the main verb.
  std::vector<std::string_view> name = forms;
  name[2] = "John";
  Parse before_main_verb{{2, 0, 4, 2, 2, 2},
                         {"det", "root", "nsubj", "acl:relcl", "parataxis", "punct"},
                         {"DET", "NOUN", "PROPN", "VERB", "VERB", "PUNCT"},
                         {"DT", "NN", "NNP", "VBD", "VBD", "."}};
  Parse with_name{{2, 0, 4, 2, 4, 2}, {"det", "root", "nsubj", "acl:relcl", "obj", "punct"}, p.upos, p.xpos};
  expect_kept({&with_name}, [&](Parse& q) { verb_after_compound_subject(q.heads, q.deprels, name, q.upos, q.xpos); });
  expect_kept({&before_main_verb},
              [&](Parse& q) { verb_after_compound_subject(q.heads, q.deprels, forms, q.upos, q.xpos); });
}

TEST(RootRepairsTest, TheVerbAfterAWhoseClauseIsTheRoot) {
  // The governor , whose term ends , vetoed it .
  //  1     2      3   4     5    6   7   8     9  10
  // as misparsed: "ends" the root, "governor" its obl, "vetoed" its conj.
  const std::vector<std::string_view> forms{"The", "governor", ",", "whose", "term", "ends", ",", "vetoed", "it", "."};
  const std::vector<std::string_view> upos{"DET", "NOUN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT", "VERB", "PRON", "PUNCT"};
  Parse p{{2, 6, 2, 5, 6, 0, 8, 6, 8, 6},
          {"det", "obl", "punct", "nmod:poss", "nsubj", "root", "punct", "conj", "obj", "punct"}, upos, {}};
  Parse own_subject = p;  // "..., he vetoed it": a clause of its own
  own_subject.heads[8] = 8, own_subject.deprels[8] = "nsubj";
  Parse no_whose = p;
  verb_after_whose_clause(p.heads, p.deprels, forms, upos);
  EXPECT_EQ(p.heads, (std::vector<int32_t>{2, 8, 6, 5, 6, 2, 6, 0, 8, 8}));
  EXPECT_EQ(p.deprels[1], "nsubj");
  EXPECT_EQ(p.deprels[5], "acl:relcl");
  EXPECT_EQ(p.deprels[7], "root");
  std::vector<std::string_view> which = forms;
  which[3] = "which";
  expect_kept({&own_subject}, [&](Parse& q) { verb_after_whose_clause(q.heads, q.deprels, forms, upos); });
  expect_kept({&no_whose}, [&](Parse& q) { verb_after_whose_clause(q.heads, q.deprels, which, upos); });
}

TEST(RootRepairsTest, TheReportingVerbAfterAQuoteIsTheRoot) {
  // " It is over , " he said .
  // 1  2  3  4    5 6  7   8   9
  // as misparsed: "over" the root, "said" its acl:relcl.
  const std::vector<std::string_view> forms{"\"", "It", "is", "over", ",", "\"", "he", "said", "."};
  const std::vector<std::string_view> upos{"PUNCT", "PRON", "AUX", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"};
  const std::vector<std::string_view> xpos{"``", "PRP", "VBZ", "RB", ",", "''", "PRP", "VBD", "."};
  Parse p{{4, 4, 4, 0, 4, 4, 8, 4, 4}, {"punct", "nsubj", "cop", "root", "punct", "punct", "nsubj", "acl:relcl", "punct"},
          upos, xpos};
  Parse no_subject = p;  // "..., said to be ...": no subject of its own
  no_subject.heads[6] = 4, no_subject.deprels[6] = "obl";
  Parse no_quote = p;
  no_quote.xpos[0] = "-LRB-";
  verb_after_quote(p.heads, p.deprels, forms, p.upos, p.xpos);
  EXPECT_EQ(p.heads, (std::vector<int32_t>{4, 4, 4, 8, 4, 4, 8, 0, 8}));
  EXPECT_EQ(p.deprels[3], "ccomp");
  EXPECT_EQ(p.deprels[7], "root");
  expect_kept({&no_subject, &no_quote}, [&](Parse& q) { verb_after_quote(q.heads, q.deprels, forms, q.upos, q.xpos); });
}

TEST(RootRepairsTest, TheVerbAfterAnOpeningTimePhraseIsTheRoot) {
  // Hours after the storm , crews restored power .
  //   1     2    3    4   5   6      7       8   9
  // as misparsed: "Hours" the root, "restored" a relative clause of "storm".
  const std::vector<std::string_view> forms{"Hours", "after", "the", "storm", ",", "crews", "restored", "power", "."};
  Parse p{{0, 4, 4, 1, 4, 7, 4, 7, 1},
          {"root", "case", "det", "nmod", "punct", "nsubj", "acl:relcl", "obj", "punct"},
          {"NOUN", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "NOUN", "PUNCT"},
          {"NNS", "IN", "DT", "NN", ",", "NNS", "VBD", "NN", "."}};
  Parse no_time = p;  // "Crews after the storm , ...": no time noun
  const std::vector<std::string_view> crews_forms{"Crews", "after", "the", "storm", ",", "crews", "restored", "power", "."};
  Parse relative = p;  // "Hours , after which crews ...": a relative clause
  relative.xpos[5] = "WDT";
  verb_after_opening_time_phrase(p.heads, p.deprels, forms, p.upos, p.xpos);
  EXPECT_EQ(p.heads, (std::vector<int32_t>{4, 4, 4, 7, 4, 7, 0, 7, 7}));
  EXPECT_EQ(p.deprels[0], "nmod:unmarked");
  EXPECT_EQ(p.deprels[3], "obl");
  EXPECT_EQ(p.deprels[6], "root");
  expect_kept({&no_time}, [&](Parse& q) { verb_after_opening_time_phrase(q.heads, q.deprels, crews_forms, q.upos, q.xpos); });
  expect_kept({&relative}, [&](Parse& q) { verb_after_opening_time_phrase(q.heads, q.deprels, forms, q.upos, q.xpos); });
}

TEST(RootRepairsTest, AnAppositionReadAsTheSubjectGoesBackToTheRoot) {
  // The storm , the worst yet , hit the coast .
  //  1    2   3  4    5    6   7  8   9    10   11
  // as misparsed: "storm" the root, "hit" its parataxis with "worst" as subject.
  Parse p{{2, 0, 5, 5, 8, 5, 8, 2, 10, 8, 2},
          {"det", "root", "punct", "det", "nsubj", "advmod", "punct", "parataxis", "det", "obj", "punct"},
          {"DET", "NOUN", "PUNCT", "DET", "ADJ", "ADV", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"},
          {"DT", "NN", ",", "DT", "JJS", "RB", ",", "VBD", "DT", "NN", "."}};
  Parse who = p;  // ", who ... ," : a relative clause's pronoun, not an apposition
  who.upos[4] = "PRON", who.xpos[4] = "WP";
  p.repair();
  EXPECT_EQ(p.heads[1], 8);
  EXPECT_EQ(p.deprels[1], "nsubj");
  EXPECT_EQ(p.heads[4], 2);
  EXPECT_EQ(p.deprels[4], "appos");
  EXPECT_EQ(p.heads[7], 0);
  expect_kept({&who}, [](Parse& q) { q.repair(); });
}

TEST(RootRepairsTest, TheVerbOfATrailingAttributionIsTheRoot) {
  // Prices rose 5 % , the bank said .
  //   1     2  3 4 5  6   7    8   9
  // as misparsed: "rose" the root, "said" its ccomp with "%" as its own ccomp.
  const std::vector<std::string_view> forms{"Prices", "rose", "5", "%", ",", "the", "bank", "said", "."};
  Parse p{{2, 0, 4, 8, 4, 7, 8, 2, 8},
          {"nsubj", "root", "nummod", "ccomp", "punct", "det", "nsubj", "ccomp", "punct"},
          {"NOUN", "VERB", "NUM", "SYM", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"},
          {"NNS", "VBD", "CD", "NN", ",", "DT", "NN", "VBD", "."}};
  Parse left = p;  // ", the bank left .": no reporting verb
  const std::vector<std::string_view> left_forms{"Prices", "rose", "5", "%", ",", "the", "bank", "left", "."};
  Parse no_speaker = p;  // ", said ." : no speaker
  no_speaker.xpos[5] = "VBD", no_speaker.xpos[6] = "RB";
  auto repair = [&](Parse& q, const std::vector<std::string_view>& f) {
    reporting_verb_after_clause(q.heads, q.deprels, f, q.upos, q.xpos);
  };
  repair(p, forms);
  EXPECT_EQ(p.heads, (std::vector<int32_t>{2, 8, 4, 2, 2, 7, 8, 0, 8}));
  EXPECT_EQ(p.deprels[1], "ccomp");
  EXPECT_EQ(p.deprels[3], "obj");
  EXPECT_EQ(p.deprels[6], "nsubj");
  EXPECT_EQ(p.deprels[7], "root");
  expect_kept({&left}, [&](Parse& q) { repair(q, left_forms); });
  expect_kept({&no_speaker}, [&](Parse& q) { repair(q, forms); });

  // Gunmen fired on a bus , police said .
  //   1      2    3  4  5  6   7      8  9
  // as misparsed: "on a bus" under "said", "bus" its ccomp.
  const std::vector<std::string_view> bus_forms{"Gunmen", "fired", "on", "a", "bus", ",", "police", "said", "."};
  Parse bus{{2, 0, 8, 8, 8, 5, 8, 2, 2},
            {"nsubj", "root", "case", "det", "ccomp", "punct", "nsubj", "parataxis", "punct"},
            {"NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"},
            {"NNS", "VBD", "IN", "DT", "NN", ",", "NNS", "VBD", "."}};
  repair(bus, bus_forms);
  EXPECT_EQ(bus.heads, (std::vector<int32_t>{2, 8, 5, 5, 2, 2, 8, 0, 8}));
  EXPECT_EQ(bus.deprels[4], "obl");
  EXPECT_EQ(bus.deprels[1], "ccomp");

  // Two men were held , police said .
  //  1   2    3    4  5    6     7  8
  // "said" the root already, "held" its advcl: the clause is its ccomp.
  const std::vector<std::string_view> held_forms{"Two", "men", "were", "held", ",", "police", "said", "."};
  Parse held{{2, 4, 4, 7, 4, 7, 0, 7},
             {"nummod", "nsubj:pass", "aux:pass", "advcl", "punct", "nsubj", "root", "punct"},
             {"NUM", "NOUN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"},
             {"CD", "NNS", "VBD", "VBN", ",", "NNS", "VBD", "."}};
  repair(held, held_forms);
  EXPECT_EQ(held.heads, (std::vector<int32_t>{2, 4, 4, 7, 4, 7, 0, 7}));
  EXPECT_EQ(held.deprels[3], "ccomp");
}

TEST(RootRepairsTest, NeverFailsOnDegenerateInput) {
  Parse empty;
  empty.repair();
  empty.repair_opening();
  verb_after_opening_participle(empty.heads, empty.deprels, empty.xpos);
  subject_from_opening_apposition(empty.heads, empty.deprels, empty.upos, empty.xpos);
  verb_after_compound_subject(empty.heads, empty.deprels, {}, empty.upos, empty.xpos);
  verb_after_whose_clause(empty.heads, empty.deprels, {}, empty.upos);
  verb_after_quote(empty.heads, empty.deprels, {}, empty.upos, empty.xpos);
  reporting_verb_after_clause(empty.heads, empty.deprels, {}, empty.upos, empty.xpos);
  verb_after_opening_time_phrase(empty.heads, empty.deprels, {}, empty.upos, empty.xpos);
  Parse trailing{{0, 1, 1}, {"root", "punct", "dep"}, {"NOUN", "PUNCT", "PRON"}, {"NN", ",", "WP$"}};
  const std::vector<std::string_view> trailing_forms{"Governor", ",", "whose"};
  verb_after_whose_clause(trailing.heads, trailing.deprels, trailing_forms, trailing.upos);
  EXPECT_EQ(trailing.heads, (std::vector<int32_t>{0, 1, 1}));
  Parse rootless{{2, 1}, {"dep", "dep"}, {"NOUN", "VERB"}, {"NN", "VBD"}};
  rootless.repair();
  EXPECT_EQ(rootless.heads, (std::vector<int32_t>{2, 1}));
}

}  // namespace
}  // namespace entente::nlp::parser
