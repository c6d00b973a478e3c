#include "coding/petrarch_patterns.h"

#include <filesystem>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

#include "coding/test_document.h"

namespace entente::coding {
namespace {

using testing::add_actor;
using testing::add_sentence;

// A made-up dictionary in PETRARCH's format, exercising each feature once.
constexpr const char* kVerbs = R"(<!-- test verbs -->
&MONEY
+FLORIN
+SILVER_CROWNS_

&NOTAUX  # negative auxiliaries, as the treebank splits them
+DID N'T
+WILL NOT

&OUTER
+&MONEY
+PEARLS

--- GREET [041] ---
GREET
HAIL {HAILED}  [042]
- * RUMORS_FROM [043]
- * ^ WITH + [044]
- &NOTAUX * [045]
- % * [046:046]
- * (A | B) [099]  # disjunctions are skipped, as in PETRARCH
- * {WARM WORDS} (FOR +) [047]  # PETRARCH 1.0 noun and prepositional phrases

--- GIVE [070] ---
GIVE {GAVE GIVEN}
- * &OUTER [071]
- * NOTHING [---]
- * &UNDEFINED [098]

--- DEPART [032:033] ---
DEPART
+HEAD_OFF {+HEADED_OFF}
)";

PetrarchVerbs verbs() {
  std::istringstream in(kVerbs);
  return PetrarchVerbs::parse(in, "test.verbs.txt");
}

// Codes the verb at sentence-relative token `verb` of the document's only sentence.
PetrarchCode code_at(const Document& doc, uint32_t verb) {
  static const PetrarchVerbs dictionary = verbs();
  ParseView parse(doc, 0);
  return dictionary.code(parse, verb);
}

TEST(PetrarchVerbs, ReadsBlocksSynonymsAndPatterns) {
  PetrarchVerbs v = verbs();
  EXPECT_EQ(v.pattern_count(), 7u);  // the disjunction and the undefined synset are skipped
  std::vector<std::string> words = v.verb_words();
  for (const char* w : {"greet", "hail", "hailed", "give", "gave", "given", "depart", "head", "headed"})
    EXPECT_NE(std::find(words.begin(), words.end(), w), words.end()) << w;
}

TEST(PetrarchVerbs, BlockCodeWhenNoPatternMatches) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "Freedonia Freedonia PROPN 2 obj"});
  add_actor(doc, 0, 0, 1, "RUR", "RUR");
  add_actor(doc, 0, 2, 3, "FRE", "FRE");
  PetrarchCode c = code_at(doc, 1);
  EXPECT_EQ(c.code, "041");
  EXPECT_EQ(c.where, "test.verbs.txt:15");
}

TEST(PetrarchVerbs, VerbLineCodeAndIrregularForm) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "hailed hail VERB 0 root", "Freedonia Freedonia PROPN 2 obj"});
  EXPECT_EQ(code_at(doc, 1).code, "042");
}

TEST(PetrarchVerbs, JoinedWordsMustBeConsecutive) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "rumors rumor NOUN 2 obj",
                     "from from ADP 5 case", "Freedonia Freedonia PROPN 3 nmod"});
  EXPECT_EQ(code_at(doc, 1).code, "043");
  Document gap;
  add_sentence(gap, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "rumors rumor NOUN 2 obj",
                     "today today NOUN 2 obl", "from from ADP 6 case", "Freedonia Freedonia PROPN 3 nmod"});
  EXPECT_EQ(code_at(gap, 1).code, "041");
}

TEST(PetrarchVerbs, SkipAndTargetSlot) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "the the DET 4 det",
                     "envoy envoy NOUN 2 obj", "with with ADP 6 case", "Freedonia Freedonia PROPN 2 obl"});
  add_actor(doc, 0, 0, 1, "RUR", "RUR");
  add_actor(doc, 0, 5, 6, "FRE", "FRE");
  PetrarchCode c = code_at(doc, 1);
  EXPECT_EQ(c.code, "044");
  EXPECT_EQ(c.target, 5);
  EXPECT_EQ(c.source, -1);
}

TEST(PetrarchVerbs, NounAndPrepositionalPhrases) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "warm warm ADJ 4 amod",
                     "words word NOUN 2 obj", "for for ADP 6 case", "Freedonia Freedonia PROPN 4 nmod"});
  add_actor(doc, 0, 5, 6, "FRE", "FRE");
  PetrarchCode c = code_at(doc, 1);
  EXPECT_EQ(c.code, "047");
  EXPECT_EQ(c.target, 5);
  Document apart;  // the noun phrase's words must be consecutive
  add_sentence(apart, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "warm warm ADJ 5 amod",
                       "kind kind ADJ 5 amod", "words word NOUN 2 obj", "for for ADP 7 case", "Freedonia Freedonia PROPN 5 nmod"});
  add_actor(apart, 0, 6, 7, "FRE", "FRE");
  EXPECT_EQ(code_at(apart, 1).code, "041");
}

TEST(PetrarchVerbs, NegationThroughASynsetBeforeTheVerb) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 4 nsubj", "did do AUX 4 aux", "n't not PART 4 advmod",
                     "greet greet VERB 0 root", "Freedonia Freedonia PROPN 4 obj"});
  EXPECT_EQ(code_at(doc, 3).code, "045");
}

TEST(PetrarchVerbs, CompoundActorWithPairedCodes) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 4 nsubj", "and and CCONJ 3 cc", "Freedonia Freedonia PROPN 1 conj",
                     "greet greet VERB 0 root"});
  add_actor(doc, 0, 0, 1, "RUR", "RUR");
  add_actor(doc, 0, 2, 3, "FRE", "FRE");
  PetrarchCode c = code_at(doc, 3);
  EXPECT_EQ(c.code, "046");
  EXPECT_EQ(c.reverse_code, "046");
  EXPECT_TRUE(c.compound);
  EXPECT_EQ(c.source, -1);  // the subject slot holds the whole compound
}

TEST(PetrarchVerbs, NestedSynsetWithPluralAndNullCode) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "gave give VERB 0 root", "five five NUM 4 nummod",
                     "florins florin NOUN 2 obj"});
  EXPECT_EQ(code_at(doc, 1).code, "071");
  Document crowns;  // "SILVER_CROWNS_": no plural generated, the phrase must be consecutive
  add_sentence(crowns, {"Ruritania Ruritania PROPN 2 nsubj", "gave give VERB 0 root", "silver silver ADJ 4 amod",
                        "crowns crown NOUN 2 obj"});
  EXPECT_EQ(code_at(crowns, 1).code, "071");
  Document nothing;
  add_sentence(nothing, {"Ruritania Ruritania PROPN 2 nsubj", "gave give VERB 0 root", "nothing nothing PRON 2 obj"});
  EXPECT_EQ(code_at(nothing, 1).code, "---");
}

TEST(PetrarchVerbs, ParticleVerbAndReverseCode) {
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "headed head VERB 0 root", "off off ADP 2 compound:prt",
                     "to to ADP 5 case", "Freedonia Freedonia PROPN 2 obl"});
  PetrarchCode c = code_at(doc, 1);
  EXPECT_EQ(c.code, "032");
  EXPECT_EQ(c.reverse_code, "033");
  Document plain;  // "head" without its particle is no PETRARCH verb here
  add_sentence(plain, {"Ruritania Ruritania PROPN 2 nsubj", "headed head VERB 0 root", "home home ADV 2 advmod"});
  EXPECT_EQ(code_at(plain, 1).code, "");
}

TEST(PetrarchVerbs, WordsOutsideTheVerbPhraseDoNotMatch) {
  // "Ruritania greeted Freedonia and welcomed rumors from Oz": the rumors belong to the other verb.
  Document doc;
  add_sentence(doc, {"Ruritania Ruritania PROPN 2 nsubj", "greeted greet VERB 0 root", "Freedonia Freedonia PROPN 2 obj",
                     "and and CCONJ 5 cc", "welcomed welcome VERB 2 conj", "rumors rumor NOUN 5 obj",
                     "from from ADP 8 case", "Oz Oz PROPN 6 nmod"});
  EXPECT_EQ(code_at(doc, 1).code, "041");
}

TEST(PetrarchVerbs, MalformedHeaderNamesTheLine) {
  std::istringstream in("GREET\n--- [041]\n");
  try {
    PetrarchVerbs::parse(in, "bad.verbs.txt");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.verbs.txt:2"), std::string::npos) << e.what();
  }
}

TEST(PetrarchVerbs, ReadsPetrarchsValidationDictionary) {
  const std::filesystem::path file =
      std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "data" / "petrarch2" / "PETR.Validate.verbs.txt";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "needs ../shared (absent)";
  PetrarchVerbs v = PetrarchVerbs::load(file);
  EXPECT_GT(v.pattern_count(), 300u);
  EXPECT_GT(v.verb_words().size(), 200u);
}

TEST(PetrarchVerbs, ReadsPetrarchsCameoDictionary) {
  const std::filesystem::path file =
      std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "needs ../shared (absent)";
  PetrarchVerbs v = PetrarchVerbs::load(file);
  std::cout << "CAMEO.2.0.txt: " << v.pattern_count() << " patterns, " << v.verb_words().size() << " verb words\n";
  EXPECT_GT(v.pattern_count(), 4000u);
  EXPECT_GT(v.verb_words().size(), 1000u);
}

}  // namespace
}  // namespace entente::coding
