#include "nlp/finite_verb.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

struct Tagged {
  std::vector<std::string_view> forms, upos, xpos;
  std::vector<int32_t> margin;
  void add(std::string_view form, std::string_view u, std::string_view x, int32_t m = 0) {
    forms.push_back(form), upos.push_back(u), xpos.push_back(x), margin.push_back(m);
  }
  int verb() const { return likely_past_tense_verb(forms, upos, xpos, margin); }
};

struct Word {
  std::string_view form, upos, xpos;
};

Tagged sentence(std::initializer_list<Word> words) {
  Tagged s;
  for (const Word& w : words) s.add(w.form, w.upos, w.xpos);
  return s;
}

Tagged protesters_marched(std::string_view last = ".") {
  Tagged s;
  s.add("Protesters", "NOUN", "NNS");
  s.add("marched", "VERB", "VBN", 500);
  s.add("through", "ADP", "IN");
  s.add("the", "DET", "DT");
  s.add("capital", "NOUN", "NN");
  s.add(last, "PUNCT", ".");
  return s;
}

TEST(FiniteVerbTest, AParticipleAfterTheSubjectOfAVerblessSentenceIsThePastTense) {
  EXPECT_EQ(protesters_marched().verb(), 1);
}

TEST(FiniteVerbTest, AnIrregularPastReadAsANounCanBeTheVerb) {
  Tagged shot = sentence({{"Gunmen", "NOUN", "NNS"}, {"shot", "NOUN", "NN"}, {"two", "NUM", "CD"},
                          {"policemen", "NOUN", "NNS"}, {".", "PUNCT", "."}});
  EXPECT_EQ(shot.verb(), 1);
  // Not a word that is no irregular past, nor one with a finite verb elsewhere.
  Tagged budget = shot;
  budget.forms[1] = "budget";
  EXPECT_EQ(budget.verb(), -1);
  Tagged finite = shot;
  finite.xpos[2] = "VBD";
  EXPECT_EQ(finite.verb(), -1);
  // A participle the model nearly read as finite comes before it.
  Tagged both = sentence({{"Troops", "NOUN", "NNS"}, {"shot", "NOUN", "NN"}, {"at", "ADP", "IN"},
                          {"crowds", "NOUN", "NNS"}, {"marched", "VERB", "VBN"}, {".", "PUNCT", "."}});
  both.margin[4] = 900;
  EXPECT_EQ(both.verb(), 4);
}

TEST(FiniteVerbTest, ToAfterAVerbAlikeInEveryTenseIsNoPassiveFragment) {
  Tagged spread = sentence({{"Protests", "NOUN", "NNS"}, {"spread", "VERB", "VBN"}, {"to", "ADP", "IN"},
                            {"cities", "NOUN", "NNS"}, {".", "PUNCT", "."}});
  EXPECT_EQ(spread.verb(), 1);
  Tagged sold = spread;  // "Shares sold to investors .": a fragment's passive
  sold.forms[1] = "sold";
  EXPECT_EQ(sold.verb(), -1);
}

TEST(FiniteVerbTest, ARegularPastReadAsAnAdjectiveBeforeItsObjectCanBeTheVerb) {
  // The junta dissolved parliament and suspended it .
  Tagged junta = sentence({{"The", "DET", "DT"}, {"junta", "NOUN", "NN"}, {"dissolved", "ADJ", "JJ"},
                           {"parliament", "NOUN", "NN"}, {"and", "CCONJ", "CC"}, {"suspended", "VERB", "VBD"},
                           {"it", "PRON", "PRP"}, {".", "PUNCT", "."}});
  EXPECT_EQ(junta.verb(), 2);
  // Not before a preposition ("the jobless counted in May"), nor with a
  // main verb of its own after it.
  Tagged preposition = junta;
  preposition.xpos[3] = "IN";
  EXPECT_EQ(preposition.verb(), -1);
  Tagged main_verb = junta;
  main_verb.xpos[4] = "DT";
  EXPECT_EQ(main_verb.verb(), -1);
}

TEST(FiniteVerbTest, AParticiplePhraseAfterTheSubjectIsNoMainClause) {
  // The plan , unveiled on Monday , drew criticism .
  std::vector<std::string_view> plan{"The", "plan", ",", "unveiled", "on", "Monday", ",", "drew", "criticism", "."};
  std::vector<std::string_view> plan_xpos{"DT", "NN", ",", "VBD", "IN", "NNP", ",", "VBD", "NN", "."};
  EXPECT_EQ(participle_phrase_read_as_past_tense(plan, plan_xpos), 3);
  std::vector<std::string_view> adjective = plan_xpos;  // "..., surprised(JJ) many analysts"
  std::vector<std::string_view> surprised = plan;
  surprised[7] = "surprised", adjective[7] = "JJ";
  EXPECT_EQ(participle_phrase_read_as_past_tense(surprised, adjective), 3);
  // Kept: no closing comma, a finite verb inside, no noun before the comma,
  // no verb after the closing comma ("He came , saw Rome , and left").
  std::vector<std::string_view> unclosed = plan_xpos;
  std::vector<std::string_view> unclosed_forms = plan;
  unclosed_forms[6] = "and", unclosed[6] = "CC";
  EXPECT_EQ(participle_phrase_read_as_past_tense(unclosed_forms, unclosed), -1);
  std::vector<std::string_view> finite_inside = plan_xpos;
  finite_inside[4] = "VBZ";
  EXPECT_EQ(participle_phrase_read_as_past_tense(plan, finite_inside), -1);
  std::vector<std::string_view> pronoun = plan_xpos;
  pronoun[1] = "PRP";
  EXPECT_EQ(participle_phrase_read_as_past_tense(plan, pronoun), -1);
  std::vector<std::string_view> no_verb_after = plan_xpos;
  no_verb_after[7] = "CC";
  EXPECT_EQ(participle_phrase_read_as_past_tense(plan, no_verb_after), -1);
  // The main verb read as an adjective before a quantifier is then the past tense.
  Tagged after = sentence({{"The", "DET", "DT"}, {"decision", "NOUN", "NN"}, {",", "PUNCT", ","},
                           {"announced", "VERB", "VBN"}, {"late", "ADV", "RB"}, {",", "PUNCT", ","},
                           {"surprised", "ADJ", "JJ"}, {"many", "ADJ", "JJ"}, {"analysts", "NOUN", "NNS"},
                           {".", "PUNCT", "."}});
  after.margin[3] = kOnlyParticiple;
  EXPECT_EQ(after.verb(), 6);
}

TEST(FiniteVerbTest, AParticipleAfterAnAppositionOfTheSubjectIsThePastTense) {
  // The museum , a popular site , reopened in May .
  Tagged museum = sentence({{"The", "DET", "DT"}, {"museum", "NOUN", "NN"}, {",", "PUNCT", ","}, {"a", "DET", "DT"},
                            {"popular", "ADJ", "JJ"}, {"site", "NOUN", "NN"}, {",", "PUNCT", ","},
                            {"reopened", "VERB", "VBN"}, {"in", "ADP", "IN"}, {"May", "PROPN", "NNP"}, {".", "PUNCT", "."}});
  EXPECT_EQ(museum.verb(), 7);
  // "to" after it goes with the main verb here ("confessed to the killing").
  Tagged to = museum;
  to.forms[8] = "to";
  EXPECT_EQ(to.verb(), 7);
  // A participle phrase closes alike (", carrying 300 passengers ,"); not
  // a clause with a finite verb of its own, nor a comma after no noun.
  Tagged participle_phrase = museum;
  participle_phrase.upos[4] = "VERB", participle_phrase.xpos[4] = "VBG";
  EXPECT_EQ(participle_phrase.verb(), 7);
  Tagged with_verb = museum;
  with_verb.upos[4] = "VERB", with_verb.xpos[4] = "VBD";
  EXPECT_EQ(with_verb.verb(), -1);
  Tagged after_adverb = museum;
  after_adverb.xpos[1] = "RB", after_adverb.upos[1] = "ADV";
  EXPECT_EQ(after_adverb.verb(), -1);
  // An irregular past read as a base form: "..., hit(VB) the coast ."; not a regular one.
  Tagged hit = museum;
  hit.forms[7] = "hit", hit.xpos[7] = "VB";
  EXPECT_EQ(hit.verb(), 7);
  Tagged open = museum;
  open.forms[7] = "open", open.xpos[7] = "VB";
  EXPECT_EQ(open.verb(), -1);
}

TEST(FiniteVerbTest, AnOpeningParticiplePhraseIsNoPastTense) {
  std::vector<std::string_view> forms{"Faced", "with", "cuts", ",", "they", "merged", "."};
  std::vector<std::string_view> xpos{"VBD", "IN", "NNS", ",", "PRP", "VBD", "."};
  EXPECT_TRUE(opens_with_participle_phrase(forms, xpos));
  // "Walked to the shop today ." has no clause after a comma; "Went to ..." no participle ending.
  std::vector<std::string_view> walked{"Walked", "to", "the", "shop", "today", "."};
  std::vector<std::string_view> walked_xpos{"VBD", "IN", "DT", "NN", "NN", "."};
  EXPECT_FALSE(opens_with_participle_phrase(walked, walked_xpos));
  std::vector<std::string_view> went{"Went", "to", "town", ",", "they", "left", "."};
  EXPECT_FALSE(opens_with_participle_phrase(went, xpos));
  std::vector<std::string_view> lowercase{"faced", "with", "cuts", ",", "they", "merged", "."};
  EXPECT_FALSE(opens_with_participle_phrase(lowercase, xpos));
}

TEST(FiniteVerbTest, ASubjectMayEndInANumber) {
  // An earthquake of magnitude 6.1 struck off the coast .
  Tagged quake = sentence({{"An", "DET", "DT"}, {"earthquake", "NOUN", "NN"}, {"of", "ADP", "IN"},
                           {"magnitude", "NOUN", "NN"}, {"6.1", "NUM", "CD"}, {"struck", "VERB", "VBN"},
                           {"off", "ADP", "IN"}, {"the", "DET", "DT"}, {"coast", "NOUN", "NN"}, {".", "PUNCT", "."}});
  EXPECT_EQ(quake.verb(), 5);
}

TEST(FiniteVerbTest, ANameBeforeACommaIsNoOpeningParticiple) {
  std::vector<std::string_view> which{"Beijing", ",", "which", "claims", "it", ",", "objected", "."};
  std::vector<std::string_view> which_xpos{"VBG", ",", "WDT", "VBZ", "PRP", ",", "VBD", "."};
  EXPECT_TRUE(opens_with_name_read_as_participle(which, which_xpos));
  std::vector<std::string_view> capital{"Kunming", ",", "the", "capital", ",", "hosted", "talks", "."};
  std::vector<std::string_view> capital_xpos{"VBG", ",", "DT", "NN", ",", "VBN", "NNS", "."};
  EXPECT_TRUE(opens_with_name_read_as_participle(capital, capital_xpos));
  // A participle opener: its subject and verb follow the one comma.
  std::vector<std::string_view> speaking{"Speaking", ",", "the", "minister", "said", "it", "."};
  std::vector<std::string_view> speaking_xpos{"VBG", ",", "DT", "NN", "VBD", "PRP", "."};
  EXPECT_FALSE(opens_with_name_read_as_participle(speaking, speaking_xpos));
  std::vector<std::string_view> lower = capital;
  lower[0] = "kunming";
  EXPECT_FALSE(opens_with_name_read_as_participle(lower, capital_xpos));
}

TEST(FiniteVerbTest, AnOpeningIngWordBeforeAFiniteVerbIsANounOrAName) {
  std::vector<std::string_view> name{"Beijing", "opposes", "the", "sale", "."};
  std::vector<std::string_view> name_xpos{"VBG", "VBZ", "DT", "NN", "."};
  EXPECT_TRUE(opens_with_noun_read_as_gerund(name, name_xpos));
  // A participle after it, when nothing else is finite: the past tense to be.
  std::vector<std::string_view> noun{"Fighting", "erupted", "in", "the", "north", "."};
  std::vector<std::string_view> noun_xpos{"VBG", "VBN", "IN", "DT", "NN", "."};
  EXPECT_TRUE(opens_with_noun_read_as_gerund(noun, noun_xpos));
  std::vector<std::string_view> finite_later = noun_xpos;
  finite_later[2] = "VBD";
  EXPECT_FALSE(opens_with_noun_read_as_gerund(noun, finite_later));
  // A participle opener, a lowercase word, a gerund before a noun.
  std::vector<std::string_view> opener{"Speaking", "to", "reporters", ",", "he", "said", "."};
  std::vector<std::string_view> opener_xpos{"VBG", "IN", "NNS", ",", "PRP", "VBD", "."};
  EXPECT_FALSE(opens_with_noun_read_as_gerund(opener, opener_xpos));
  std::vector<std::string_view> lower = name;
  lower[0] = "beijing";
  EXPECT_FALSE(opens_with_noun_read_as_gerund(lower, name_xpos));
  std::vector<std::string_view> alone{"Beijing"};
  std::vector<std::string_view> alone_xpos{"VBG"};
  EXPECT_FALSE(opens_with_noun_read_as_gerund(alone, alone_xpos));
}

TEST(FiniteVerbTest, AVerblessStatementReadsAPresentTenseNounAsItsVerb) {
  std::vector<std::string_view> share{"Laos", "and", "Vietnam", "share", "a", "border", "."};
  std::vector<std::string_view> share_xpos{"NNP", "CC", "NNP", "NN", "DT", "NN", "."};
  EXPECT_EQ(likely_present_tense_verb(share, share_xpos), 3);
  std::vector<std::string_view> denies{"Rwanda", "denies", "backing", "rebels", "."};
  std::vector<std::string_view> denies_xpos{"NNP", "NNS", "VBG", "NNS", "."};
  EXPECT_EQ(likely_present_tense_verb(denies, denies_xpos), 1);
  std::vector<std::string_view> claims{"Beijing", "claims", "most", "of", "it", "."};
  std::vector<std::string_view> claims_xpos{"VBG", "NNS", "JJS", "IN", "PRP", "."};
  EXPECT_EQ(likely_present_tense_verb(claims, claims_xpos), 1);
  std::vector<std::string_view> hosts{"Nepal", "hosts", "a", "summit", "."};  // the name read as an adjective
  std::vector<std::string_view> hosts_xpos{"JJ", "NNS", "DT", "NN", "."};
  EXPECT_EQ(likely_present_tense_verb(hosts, hosts_xpos), 1);
  std::vector<std::string_view> service{"Great", "service", "the", "whole", "time", "."};
  std::vector<std::string_view> service_xpos{"JJ", "NN", "DT", "JJ", "NN", "."};
  EXPECT_EQ(likely_present_tense_verb(service, service_xpos), -1);
  std::vector<std::string_view> plans{"Indonesia", "plans", "to", "move", "it", "."};
  std::vector<std::string_view> plans_xpos{"NNP", "NNS", "TO", "VB", "PRP", "."};
  EXPECT_EQ(likely_present_tense_verb(plans, plans_xpos), 1);
  std::vector<std::string_view> time{"Give", "them", "time", "to", "settle", "."};  // an imperative's object
  std::vector<std::string_view> time_xpos{"VB", "PRP", "NN", "TO", "VB", "."};
  EXPECT_EQ(likely_present_tense_verb(time, time_xpos), -1);
  std::vector<std::string_view> borders{"The", "province", "borders", "China", "."};
  std::vector<std::string_view> borders_xpos{"DT", "NN", "NNS", "NNP", "."};
  EXPECT_EQ(likely_present_tense_verb(borders, borders_xpos), 2);
  std::vector<std::string_view> no_article = borders_xpos;  // "Province borders China ." reads as a title
  no_article[0] = "NNP";
  EXPECT_EQ(likely_present_tense_verb(borders, no_article), -1);
  // Kept: a sentence with a finite verb, a fragment without a full stop, a
  // gerund after a common noun ("reforms weakening laws"), a noun
  // before "each" ("the ranking each month").
  std::vector<std::string_view> finite = share_xpos;
  finite[5] = "VBZ";
  EXPECT_EQ(likely_present_tense_verb(share, finite), -1);
  std::vector<std::string_view> fragment = share;
  fragment.back() = "!";
  EXPECT_EQ(likely_present_tense_verb(fragment, share_xpos), -1);
  std::vector<std::string_view> rollbacks{"Number", "of", "rollbacks", "downgrading", "laws", "."};
  std::vector<std::string_view> rollbacks_xpos{"NN", "IN", "NNS", "VBG", "NNS", "."};
  EXPECT_EQ(likely_present_tense_verb(rollbacks, rollbacks_xpos), -1);
  std::vector<std::string_view> each{"Species", "list", "each", "year", "."};
  std::vector<std::string_view> each_xpos{"NNP", "NN", "DT", "NN", "."};
  EXPECT_EQ(likely_present_tense_verb(each, each_xpos), -1);
}

TEST(FiniteVerbTest, KeepsSentencesThatHaveAFiniteMainVerb) {
  for (std::string_view finite : {"VBD", "VBZ", "VBP", "MD"}) {
    Tagged after = protesters_marched();
    after.xpos[2] = finite;  // stands for a main verb after the participle
    EXPECT_EQ(after.verb(), -1) << finite;
    Tagged before = protesters_marched();
    before.xpos[0] = finite;
    EXPECT_EQ(before.verb(), -1) << finite;
  }
}

TEST(FiniteVerbTest, ATrailingAttributionsVerbIsNotTheMainVerb) {
  // "Protesters marched(VBN) through the capital , police said ."
  Tagged s = protesters_marched(",");
  s.xpos.back() = ",";
  s.add("police", "NOUN", "NNS");
  s.add("said", "VERB", "VBD");
  s.add(".", "PUNCT", ".");
  EXPECT_EQ(s.verb(), 1);
  // "..., police said it rained .": a clause after the verb, a main verb of its own.
  Tagged clause = s;
  clause.forms.back() = "it", clause.upos.back() = "PRON", clause.xpos.back() = "PRP";
  clause.add("rained", "VERB", "VBD");
  clause.add(".", "PUNCT", ".");
  EXPECT_EQ(clause.verb(), -1);
}

TEST(FiniteVerbTest, ABaseFormAfterAPluralSubjectOfAVerblessStatementIsThePresent) {
  const Tagged share = sentence({{"Both", "DET", "DT"}, {"towns", "NOUN", "NNS"}, {"share", "VERB", "VB"},
                                 {"a", "DET", "DT"}, {"well", "NOUN", "NN"}, {".", "PUNCT", "."}});
  EXPECT_EQ(base_form_read_for_present(share.forms, share.xpos), 2);
  const Tagged these = sentence({{"These", "DET", "DT"}, {"often", "ADV", "RB"}, {"look", "VERB", "VB"},
                                 {"fine", "ADJ", "JJ"}, {",", "PUNCT", ","}, {"experts", "NOUN", "NNS"},
                                 {"say", "VERB", "VBP"}, {".", "PUNCT", "."}});
  EXPECT_EQ(base_form_read_for_present(these.forms, these.xpos), 2);  // the attribution's "say" aside
  // An opening imperative; "to" before it; a causative's object; a finite verb; no full stop.
  const Tagged imperative = sentence({{"Please", "INTJ", "UH"}, {"tell", "VERB", "VB"}, {"friends", "NOUN", "NNS"},
                                      {"go", "VERB", "VB"}, {".", "PUNCT", "."}});
  const Tagged to = sentence({{"Plans", "NOUN", "NNS"}, {"to", "PART", "TO"}, {"friends", "NOUN", "NNS"},
                              {"go", "VERB", "VB"}, {".", "PUNCT", "."}});
  const Tagged object = sentence({{"Seeing", "VERB", "VBG"}, {"him", "PRON", "PRP"}, {"go", "VERB", "VB"},
                                  {"home", "ADV", "RB"}, {".", "PUNCT", "."}});
  Tagged finite = share;
  finite.xpos[4] = "VBZ";
  Tagged question = share;
  question.forms.back() = "?";
  for (const Tagged* t : std::initializer_list<const Tagged*>{&imperative, &to, &object, &finite, &question})
    EXPECT_EQ(base_form_read_for_present(t->forms, t->xpos), -1) << t->forms[1];
}

TEST(FiniteVerbTest, AFiniteVerbOfARelativeClauseIsNotTheMainVerb) {
  Tagged s = sentence({{"Police", "NOUN", "NNS"},
                        {"fired", "VERB", "VBN"},
                        {"at", "ADP", "IN"},
                        {"crowds", "NOUN", "NNS"},
                        {"who", "PRON", "WP"},
                        {"gathered", "VERB", "VBD"},
                        {".", "PUNCT", "."}});
  EXPECT_EQ(s.verb(), 1);
  // The relative clause takes one finite verb; a second one is the main verb
  // ("The files seized from crowds who gathered were ...").
  s.forms.insert(s.forms.end() - 1, "were"), s.upos.insert(s.upos.end() - 1, "AUX");
  s.xpos.insert(s.xpos.end() - 1, "VBD"), s.margin.insert(s.margin.end() - 1, 0);
  EXPECT_EQ(s.verb(), -1);
}

TEST(FiniteVerbTest, ARelativeClauseBeforeTheParticipleLeavesTheMainClauseVerbless) {
  Tagged s = sentence({{"Rebels", "NOUN", "NNS"},
                        {",", "PUNCT", ","},
                        {"who", "PRON", "WP"},
                        {"control", "VERB", "VBP"},
                        {"towns", "NOUN", "NNS"},
                        {",", "PUNCT", ","},
                        {"attacked", "VERB", "VBN"},
                        {"a", "DET", "DT"},
                        {"base", "NOUN", "NN"},
                        {".", "PUNCT", "."}});
  EXPECT_EQ(s.verb(), 6);
  s.xpos[2] = "NN", s.upos[2] = "NOUN";  // no relative pronoun: "control" is the main verb
  EXPECT_EQ(s.verb(), -1);
}

TEST(FiniteVerbTest, AFiniteVerbAfterAConjunctionSharesTheSubject) {
  Tagged s = sentence({{"Officials", "NOUN", "NNS"},
                        {"met", "VERB", "VBN"},
                        {"in", "ADP", "IN"},
                        {"Geneva", "PROPN", "NNP"},
                        {"but", "CCONJ", "CC"},
                        {"quickly", "ADV", "RB"},
                        {"left", "VERB", "VBD"},
                        {".", "PUNCT", "."}});
  EXPECT_EQ(s.verb(), 1);
  s.xpos[4] = "IN", s.upos[4] = "SCONJ";  // "... in Geneva as talks failed": a clause of its own
  EXPECT_EQ(s.verb(), -1);
}

TEST(FiniteVerbTest, AnImperativeIsTheSentencesVerb) {
  Tagged s = sentence({{"Then", "ADV", "RB"},
                        {"soak", "VERB", "VB"},
                        {"beans", "NOUN", "NNS"},
                        {"in", "ADP", "IN"},
                        {"water", "NOUN", "NN"},
                        {"boiled", "VERB", "VBN"},
                        {"overnight", "ADV", "RB"},
                        {".", "PUNCT", "."}});
  EXPECT_EQ(s.verb(), -1);
  s.xpos[1] = "NN", s.upos[1] = "NOUN";
  EXPECT_EQ(s.verb(), 5);
}

TEST(FiniteVerbTest, OnlyStatementsEndingInAFullStop) {
  EXPECT_EQ(protesters_marched("!").verb(), -1);  // "Deal done !"
  EXPECT_EQ(protesters_marched("?").verb(), -1);
  Tagged no_stop = protesters_marched();
  no_stop.forms.pop_back(), no_stop.upos.pop_back(), no_stop.xpos.pop_back(), no_stop.margin.pop_back();
  EXPECT_EQ(no_stop.verb(), -1);  // a headline
  Tagged quoted = protesters_marched();
  quoted.add("\"", "PUNCT", "''");
  EXPECT_EQ(quoted.verb(), 1);
}

TEST(FiniteVerbTest, NeedsASubjectRightBeforeAndNoAgentAfter) {
  Tagged adverb = protesters_marched();
  adverb.xpos[0] = "RB";  // "Warmly welcomed ."
  EXPECT_EQ(adverb.verb(), -1);
  Tagged first = protesters_marched();
  EXPECT_EQ(likely_past_tense_verb(std::span(first.forms).subspan(1), std::span(first.upos).subspan(1),
                                   std::span(first.xpos).subspan(1), std::span(first.margin).subspan(1)),
            -1);  // "Written by ..." opening the sentence
  for (std::string_view next : {"by", "By", "to"}) {
    Tagged passive = protesters_marched();
    passive.forms[2] = next;  // "Share of land owned by ...", "vessels sold to ..."
    EXPECT_EQ(passive.verb(), -1) << next;
  }
  Tagged auxiliary = protesters_marched();
  auxiliary.upos[1] = "AUX";  // "been"
  EXPECT_EQ(auxiliary.verb(), -1);
}

TEST(FiniteVerbTest, PicksTheParticipleWhosePastTenseCameClosest) {
  Tagged s;
  s.add("Companies", "NOUN", "NNS");
  s.add("evacuated", "VERB", "VBN", 900);
  s.add("staff", "NOUN", "NN");
  s.add("as", "SCONJ", "IN");
  s.add("storms", "NOUN", "NNS");
  s.add("approached", "VERB", "VBN", 300);
  s.add(".", "PUNCT", ".");
  EXPECT_EQ(s.verb(), 5);
  s.margin[1] = 100;
  EXPECT_EQ(s.verb(), 1);
}

TEST(FiniteVerbTest, NeverAParticipleThatIsOnlyAParticiple) {
  Tagged s = protesters_marched();
  s.forms[1] = "seen", s.margin[1] = kOnlyParticiple;
  EXPECT_EQ(s.verb(), -1);
}

TEST(FiniteVerbTest, EmptyAndPunctuationOnly) {
  Tagged empty;
  EXPECT_EQ(empty.verb(), -1);
  Tagged dots;
  dots.add(".", "PUNCT", ".");
  dots.add(".", "PUNCT", ".");
  EXPECT_EQ(dots.verb(), -1);
}

}  // namespace
}  // namespace entente::nlp
