#include "nlp/lemmatizer.h"

#include <fstream>
#include <span>
#include <sstream>

#include <gtest/gtest.h>

#include "nlp/test_paths.h"
#include "nlp/toy_treebank.h"

namespace entente::nlp {
namespace {

Lemmatizer train_toy() {
  LemmatizerConfig config;
  config.epochs = 4;
  config.min_script_count = 1;
  std::ostringstream log;
  return Lemmatizer::train(toy::treebank(300), {}, config, log);
}

TEST(LemmatizerTest, UsesTheLexiconForSeenWords) {
  Lemmatizer l = train_toy();
  EXPECT_EQ(l.lemmatize("blorfs", "NOUN", "NNS", "Number=Plur"), "blorf");
  EXPECT_EQ(l.lemmatize("trundled", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "trundle");
}

TEST(LemmatizerTest, LearnsEditScriptsForUnseenWords) {
  Lemmatizer l = train_toy();
  // Invented words with endings the toy treebank inflects regularly.
  EXPECT_EQ(l.lemmatize("wugs", "NOUN", "NNS", "Number=Plur"), "wug");
  EXPECT_EQ(l.lemmatize("plonked", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "plonk");
  EXPECT_EQ(l.lemmatize("florbs", "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"), "florb");
  EXPECT_EQ(l.lemmatize("dax", "NOUN", "NN", "Number=Sing"), "dax");
}

// Each entry as a sentence of its own, `copies` times over.
std::vector<conllu::Sentence> one_word_sentences(std::span<const toy::Entry> words, int copies) {
  std::vector<conllu::Sentence> out;
  for (int copy = 0; copy < copies; ++copy)
    for (const auto& entry : words) {
      conllu::Sentence s;
      s.words.push_back(toy::make_word(1, entry, 0, "root"));
      out.push_back(std::move(s));
    }
  return out;
}

// A made-up treebank for the runner-up and case rules: gerunds that mostly
// drop "ing" ("blorking" -> "blork") and sometimes "ing" plus an "e"
// ("snorging" -> "snorge"); past tenses, one suppletive ("went" -> "go");
// nouns whose lemmas are known ("quandle"); names, some all-caps: long ones
// title-cased ("GLORBINGTON" -> "Glorbington"), short ones kept ("ZQX").
std::vector<conllu::Sentence> rule_treebank() {
  static const toy::Entry words[] = {
      {"blorking", "blork", "VERB", "VBG", "VerbForm=Ger"},   {"snarking", "snark", "VERB", "VBG", "VerbForm=Ger"},
      {"glimping", "glimp", "VERB", "VBG", "VerbForm=Ger"},   {"frobbing", "frob", "VERB", "VBG", "VerbForm=Ger"},
      {"zanking", "zank", "VERB", "VBG", "VerbForm=Ger"},     {"snorging", "snorge", "VERB", "VBG", "VerbForm=Ger"},
      {"blorked", "blork", "VERB", "VBD", "Tense=Past"},      {"snarked", "snark", "VERB", "VBD", "Tense=Past"},
      {"frobbed", "frob", "VERB", "VBD", "Tense=Past"},       {"went", "go", "VERB", "VBD", "Tense=Past"},
      {"quandle", "quandle", "NOUN", "NN", "Number=Sing"},    {"wibble", "wibble", "NOUN", "NN", "Number=Sing"},
      {"Zembla", "Zembla", "PROPN", "NNP", "Number=Sing"},    {"Quuxton", "Quuxton", "PROPN", "NNP", "Number=Sing"},
      {"GLORBINGTON", "Glorbington", "PROPN", "NNP", "Number=Sing"},
      {"FRUMBLESHAM", "Frumblesham", "PROPN", "NNP", "Number=Sing"},
      {"SNORKELVILLE", "Snorkelville", "PROPN", "NNP", "Number=Sing"},
      {"ZQX", "ZQX", "PROPN", "NNP", "Number=Sing"},          {"BLT", "BLT", "PROPN", "NNP", "Number=Sing"},
      {"QRS", "QRS", "PROPN", "NNP", "Number=Sing"},          {"zorp", "zorp", "PROPN", "NNP", "Number=Sing"},
      {"flib", "flib", "PROPN", "NNP", "Number=Sing"},        {"wumpus", "wumpus", "PROPN", "NNP", "Number=Sing"},
      {"glub", "glub", "PROPN", "NNP", "Number=Sing"},
  };
  return one_word_sentences(words, 4);
}

Lemmatizer train_rules(float known_lemma_margin) {
  LemmatizerConfig config;
  config.min_script_count = 1;
  config.known_lemma_margin = known_lemma_margin;
  std::ostringstream log;
  return Lemmatizer::train(rule_treebank(), {}, config, log);
}

// The scores of a model trained on a toy treebank are far apart, so the tests
// of the runner-up rule give it a wide margin.
TEST(LemmatizerTest, PrefersAKnownLemmaAmongCloseScripts) {
  Lemmatizer with_check = train_rules(1000);
  // "quandl" is no lemma of the treebank, "quandle" is.
  EXPECT_EQ(with_check.lemmatize("quandling", "VERB", "VBG", "VerbForm=Ger"), "quandle");
  EXPECT_EQ(with_check.lemmatize("wibbling", "VERB", "VBG", "VerbForm=Ger"), "wibble");
  // Neither "plonk" nor "plonke" is known: the best script stands.
  EXPECT_EQ(with_check.lemmatize("plonking", "VERB", "VBG", "VerbForm=Ger"), "plonk");
  // Without the check the best script stands even when its lemma is unknown.
  Lemmatizer without = train_rules(0);
  EXPECT_EQ(without.lemmatize("quandling", "VERB", "VBG", "VerbForm=Ger"), "quandl");
}

TEST(LemmatizerTest, RunnerUpMustKeepAStem) {
  Lemmatizer l = train_rules(1000);
  // "went" -> "go" rewrites a whole word: the gerund "qent" must not become the known "go".
  EXPECT_NE(l.lemmatize("qent", "VERB", "VBG", "VerbForm=Ger"), "go");
  EXPECT_EQ(l.lemmatize("qent", "VERB", "VBG", "VerbForm=Ger"), train_rules(0).lemmatize("qent", "VERB", "VBG", "VerbForm=Ger"));
}

TEST(LemmatizerTest, TitleCasesLongAllCapsNamesButNotAcronyms) {
  Lemmatizer l = train_rules(10);
  EXPECT_EQ(l.lemmatize("WOBBLETHORPE", "PROPN", "NNP", "Number=Sing"), "Wobblethorpe");
  EXPECT_EQ(l.lemmatize("QXT", "PROPN", "NNP", "Number=Sing"), "QXT");
}

TEST(LemmatizerTest, CapitalisesALowercaseNameOnlyWhenTheNameIsKnown) {
  // Lowercase names keep their case in this treebank, so title-casing is far behind: a wide margin.
  Lemmatizer l = train_rules(1000);
  EXPECT_EQ(l.lemmatize("zembla", "PROPN", "NNP", "Number=Sing"), "Zembla");
  EXPECT_EQ(l.lemmatize("quuxton", "PROPN", "NNP", "Number=Sing"), "Quuxton");
  EXPECT_EQ(l.lemmatize("borp", "PROPN", "NNP", "Number=Sing"), "borp");
}

TEST(LemmatizerTest, GivesALowercaseNameTheLemmaOfItsCapitalisedForm) {
  // Without the runner-up check only the lexicon can capitalise "zembla".
  Lemmatizer l = train_rules(0);
  EXPECT_EQ(l.lemmatize("zembla", "PROPN", "NNP", "Number=Sing"), "Zembla");
  EXPECT_EQ(l.lemmatize("glorbington", "PROPN", "NNP", "Number=Sing"), "Glorbington");
  // "wibble" is a lemma of its own (a noun), so the name keeps its case even
  // when "Wibble" is known as a name.
  static const toy::Entry words[] = {
      {"wibble", "wibble", "NOUN", "NN", "Number=Sing"}, {"Wibble", "Wibble", "PROPN", "NNP", "Number=Sing"},
      {"Zembla", "Zembla", "PROPN", "NNP", "Number=Sing"},
  };
  std::ostringstream log;
  Lemmatizer m = Lemmatizer::train(one_word_sentences(words, 2), {}, LemmatizerConfig{}, log);
  EXPECT_EQ(m.lemmatize("wibble", "PROPN", "NNP", "Number=Sing"), "wibble");
  EXPECT_EQ(m.lemmatize("zembla", "PROPN", "NNP", "Number=Sing"), "Zembla");
  // Only for names: "zembla" tagged as a noun is left to the classifier.
  EXPECT_NE(m.lemmatize("zembla", "NOUN", "NN", "Number=Sing"), "Zembla");
}

TEST(LemmatizerTest, GivesALowercaseNationalityItsCapital) {
  static const toy::Entry words[] = {
      {"Zemblan", "Zemblan", "ADJ", "JJ", "Degree=Pos"}, {"Wibbly", "Wibbly", "ADJ", "JJ", "Degree=Pos"},
      {"wibbly", "wibbly", "ADJ", "JJ", "Degree=Pos"}, {"Frumious", "frumious", "ADJ", "JJ", "Degree=Pos"},
  };
  std::ostringstream log;
  Lemmatizer l = Lemmatizer::train(one_word_sentences(words, 2), {}, LemmatizerConfig{}, log);
  EXPECT_EQ(l.lemmatize("zemblan", "ADJ", "JJ", "Degree=Pos"), "Zemblan");
  // Not one that is a lemma of its own lowercase, nor one whose capital is
  // only a sentence's first letter ("Frumious" -> "frumious").
  EXPECT_EQ(l.lemmatize("wibbly", "ADJ", "JJ", "Degree=Pos"), "wibbly");
  EXPECT_EQ(l.lemmatize("frumious", "ADJ", "JJ", "Degree=Pos"), "frumious");
}

TEST(LemmatizerTest, RespellsAStrippedStemIntoAKnownLemma) {
  // Superlatives that only ever lose "est", and the lemmas "hot" and "close".
  static const toy::Entry words[] = {
      {"greatest", "great", "ADJ", "JJS", "Degree=Sup"}, {"smallest", "small", "ADJ", "JJS", "Degree=Sup"},
      {"longest", "long", "ADJ", "JJS", "Degree=Sup"},   {"hot", "hot", "ADJ", "JJ", "Degree=Pos"},
      {"close", "close", "ADJ", "JJ", "Degree=Pos"},
  };
  std::ostringstream log;
  Lemmatizer l = Lemmatizer::train(one_word_sentences(words, 3), {}, LemmatizerConfig{}, log);
  EXPECT_EQ(l.lemmatize("hottest", "ADJ", "JJS", "Degree=Sup"), "hot");      // "hott"
  EXPECT_EQ(l.lemmatize("closest", "ADJ", "JJS", "Degree=Sup"), "close");    // "clos"
  EXPECT_EQ(l.lemmatize("zwartest", "ADJ", "JJS", "Degree=Sup"), "zwart");   // no known respelling
}

TEST(LemmatizerTest, ReadsATypoOfAKnownWordAsThatWord) {
  static const toy::Entry words[] = {
      {"receives", "receive", "VERB", "VBZ", "Number=Sing|Person=3"}, {"so", "so", "ADV", "RB", "_"},
      {"pretty", "pretty", "ADV", "RB", "_"}, {"zorbles", "zorble", "NOUN", "NNS", "Number=Plur"},
      {"ozrbels", "ozrbel", "NOUN", "NNS", "Number=Plur"}, {"zorbment", "zorbment", "NOUN", "NN", "Number=Sing"},
      {"zorbmnets", "zorbmnet", "NOUN", "NNS", "Number=Plur"},
  };
  std::ostringstream log;
  Lemmatizer l = Lemmatizer::train(one_word_sentences(words, 3), {}, LemmatizerConfig{}, log);
  EXPECT_EQ(l.lemmatize("recieves", "VERB", "VBZ", "Number=Sing|Person=3"), "receive");  // two letters swapped
  EXPECT_EQ(l.lemmatize("soooo", "ADV", "RB", "_"), "so");                          // a letter run
  EXPECT_EQ(l.lemmatize("prettty", "ADV", "RB", "_"), "pretty");
  // Not a word of under 6 letters, nor one whose swap is known with another tag,
  // nor one two known words are a swap away from ("ozrbles": "zorbles" or "ozrbels"?),
  // nor one that reads as a known lemma as it is.
  EXPECT_NE(l.lemmatize("ospo", "ADV", "RB", "_"), "so");
  EXPECT_NE(l.lemmatize("recieves", "NOUN", "NNS", "Number=Plur"), "receive");
  EXPECT_NE(l.lemmatize("ozrbles", "NOUN", "NNS", "Number=Plur"), "zorble");
  EXPECT_NE(l.lemmatize("ozrbles", "NOUN", "NNS", "Number=Plur"), "ozrbel");
  EXPECT_EQ(l.lemmatize("zorbments", "NOUN", "NNS", "Number=Plur"), "zorbment");
}

TEST(LemmatizerTest, LooksUpACapitalisedFormInLowercaseExceptForNames) {
  // "went" -> "go" is seen once, too rarely to become an edit script: only
  // the lexicon knows it, and "Went" (opening a sentence) is not in it.
  static const toy::Entry words[] = {
      {"blorked", "blork", "VERB", "VBD", "Tense=Past"}, {"snarked", "snark", "VERB", "VBD", "Tense=Past"},
      {"frobbed", "frob", "VERB", "VBD", "Tense=Past"},  {"zanked", "zank", "VERB", "VBD", "Tense=Past"},
      {"went", "go", "VERB", "VBD", "Tense=Past"},       {"zorp", "zorp", "PROPN", "NNP", "Number=Sing"},
      {"Quuxton", "Quuxton", "PROPN", "NNP", "Number=Sing"},
  };
  std::vector<conllu::Sentence> treebank(1);
  for (int id = 1; const auto& entry : words) treebank[0].words.push_back(toy::make_word(id++, entry, 0, "root"));
  std::ostringstream log;
  Lemmatizer l = Lemmatizer::train(treebank, {}, LemmatizerConfig{}, log);
  EXPECT_EQ(l.lemmatize("Went", "VERB", "VBD", "Tense=Past"), "go");
  EXPECT_EQ(l.lemmatize("WENT", "VERB", "VBD", "Tense=Past"), "go");
  // The name "zorp" is lowercase in the treebank; "Zorp" keeps its capital.
  EXPECT_EQ(l.lemmatize("Zorp", "PROPN", "NNP", "Number=Sing"), "Zorp");
}

TEST(LemmatizerTest, NeverFailsOnOddInput) {
  Lemmatizer l = train_toy();
  EXPECT_EQ(l.lemmatize("s", "NOUN", "NNS", "Number=Plur").empty(), false);
  l.lemmatize("", "X", "XX", "_");
  l.lemmatize("\xC3\xA9t\xC3\xA9s", "NOUN", "NNS", "Number=Plur");
}

// True when `text` is well-formed UTF-8 (lead bytes followed by the right
// number of continuation bytes; overlong forms are not checked).
bool well_formed_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

TEST(LemmatizerTest, KeepsUtf8WholeWhenAScriptWouldCutACharacter) {
  Lemmatizer l = train_toy();
  // Unseen words ending in a character of 2, 3 or 4 bytes plus an inflection
  // the toy treebank strips ("-ed", "-s"): a byte-counting script would cut
  // into the character.
  for (std::string_view form : {"wug\u00e9d", "wug\u00e9s", "\u2019ed", "plonk\u2019s", "zan\U0001F600ed", "\u00e9"})
    for (const auto& [upos, xpos] : {std::pair{"VERB", "VBD"}, {"NOUN", "NNS"}, {"PROPN", "NNP"}}) {
      const std::string lemma = l.lemmatize(form, upos, xpos, "_");
      EXPECT_TRUE(well_formed_utf8(lemma)) << form << " " << xpos << " -> " << lemma;
      EXPECT_FALSE(lemma.empty()) << form;
    }
}

TEST(LemmatizerTest, GroupedNumbersLoseTheirCommasAndKeepTheirValue) {
  // The toy edit scripts know nothing of numbers; a learned "1,000" -> "1000"
  // script once made "2,100" "2000".
  Lemmatizer l = train_toy();
  EXPECT_EQ(l.lemmatize("2,100", "NUM", "CD", "_"), "2100");
  EXPECT_EQ(l.lemmatize("25,000,000", "NUM", "CD", "_"), "25000000");
  EXPECT_EQ(l.lemmatize("1,000.5", "NUM", "CD", "_"), "1000.5");
  // Not digit groups of three: left to the lexicon and the scripts, which keep them here.
  for (std::string_view other : {"1,00", "1234,000", ",000", "1,000.", "3,40", "1,0000"})
    EXPECT_NE(l.lemmatize(other, "NUM", "CD", "_").find(','), std::string::npos) << other;
}

TEST(LemmatizerTest, AnUnseenIrregularPastTakesItsVerbFromTheTable) {
  // The toy scripts strip "-ed": "fled" would become "fl".
  Lemmatizer l = train_toy();
  EXPECT_EQ(l.lemmatize("fled", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "flee");
  EXPECT_EQ(l.lemmatize("Overran", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "overrun");
  EXPECT_EQ(l.lemmatize("sworn", "VERB", "VBN", "Tense=Past|VerbForm=Part"), "swear");
  // Only as a past tense or participle: not "lay" the base form, nor a noun.
  EXPECT_NE(l.lemmatize("lay", "VERB", "VB", "VerbForm=Inf"), "lie");
  EXPECT_NE(l.lemmatize("fled", "NOUN", "NN", "Number=Sing"), "flee");
  // A word the lexicon knows keeps its lemma from there.
  EXPECT_EQ(l.lemmatize("trundled", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"), "trundle");
}

TEST(LemmatizerTest, UnseenSymbolsAreTheirOwnLemmas) {
  Lemmatizer l = train_toy();
  // The toy treebank's scripts strip "-s" and "-ed" from words; a sign must not lose a byte to them.
  for (std::string_view sign : {"%%", "**", "\u20ab", "\u20ac", "<->", "HK$", "S$"})
    for (const auto& [upos, xpos] : {std::pair{"NOUN", "NNS"}, {"VERB", "VBD"}, {"SYM", "$"}, {"PUNCT", "``"}})
      EXPECT_EQ(l.lemmatize(sign, upos, xpos, "_"), sign) << xpos;
}

TEST(LemmatizerTest, ReadsTypographicApostrophesAsTheTreebankWritesThem) {
  // The treebank spells clitics with ' and lemmatizes them to words.
  static const toy::Entry words[] = {
      {"n't", "not", "PART", "RB", "_"}, {"'ll", "will", "AUX", "MD", "VerbForm=Fin"},
      {"'s", "'s", "PART", "POS", "_"},  {"wug", "wug", "NOUN", "NN", "Number=Sing"},
  };
  LemmatizerConfig config;
  config.min_script_count = 1;
  std::ostringstream log;
  Lemmatizer l = Lemmatizer::train(one_word_sentences(words, 3), {}, config, log);
  EXPECT_EQ(l.lemmatize("n\u2019t", "PART", "RB", "_"), "not");
  EXPECT_EQ(l.lemmatize("\u2019ll", "AUX", "MD", "VerbForm=Fin"), "will");
  EXPECT_EQ(l.lemmatize("\u2019s", "PART", "POS", "_"), "'s");
  EXPECT_EQ(l.lemmatize("\u201c", "PUNCT", "``", "_"), "\"");
}

TEST(LemmatizerTest, SaveLoadRoundTrip) {
  Lemmatizer l = train_toy();
  auto path = testing::temp_path("lemmatizer");
  l.save(path);
  Lemmatizer loaded = Lemmatizer::load(path);
  std::filesystem::remove(path);
  auto gold = toy::treebank(40, 3);
  EXPECT_EQ(loaded.evaluate(gold).correct, l.evaluate(gold).correct);
  EXPECT_EQ(loaded.lemmatize("wugs", "NOUN", "NNS", "Number=Plur"), l.lemmatize("wugs", "NOUN", "NNS", "Number=Plur"));
  EXPECT_EQ(loaded.config(), l.config());
  Lemmatizer rules = train_rules(1000);
  rules.save(path);
  Lemmatizer rules_loaded = Lemmatizer::load(path);
  std::filesystem::remove(path);
  // The margin and the title-casing scripts survive the file.
  EXPECT_EQ(rules_loaded.lemmatize("quandling", "VERB", "VBG", "VerbForm=Ger"), "quandle");
  EXPECT_EQ(rules_loaded.lemmatize("WOBBLETHORPE", "PROPN", "NNP", "Number=Sing"), "Wobblethorpe");
}

// Writes a model file of `kind` whose body `write_body` fills, and expects
// Lemmatizer::load to refuse it with a message containing `expected_message`.
template <typename WriteBody>
void expect_refused(const std::string& kind, WriteBody write_body, const std::string& expected_message) {
  auto path = testing::temp_path("lemmatizer-refused");
  {
    ModelWriter out(path, kind, "");
    write_body(out);
    out.finish();
  }
  try {
    Lemmatizer::load(path);
    ADD_FAILURE() << "loaded a file it should refuse (" << expected_message << ")";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find(expected_message), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

TEST(LemmatizerTest, RejectsALemmatizerOfAnotherVersion) {
  // A version-1 file started with the lexicon's lemma count, never 2.
  expect_refused("lemmatizer", [](ModelWriter& out) { out.strings({"a", "b", "c"}); }, "make models");
}

TEST(LemmatizerTest, RejectsATaggerFile) {
  expect_refused("tagger", [](ModelWriter&) {}, "expected a lemmatizer");
}

// Trained on a slice of UD English EWT, the lemmatizer must beat the identity
// baseline (lemma = lowercased form) on dev words with gold tags.
TEST(LemmatizerTest, BeatsTheIdentityBaselineOnTreebankSlice) {
  auto train = testing::ud_slice("en_ewt-ud-train.conllu", 2000);
  auto dev = testing::ud_slice("en_ewt-ud-dev.conllu", 100000);
  if (train.empty() || dev.empty()) GTEST_SKIP() << "needs ../shared (absent)";
  size_t words = 0, baseline = 0;
  for (const auto& s : dev)
    for (const auto& w : s.words) {
      std::string lower = w.form;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words++;
      baseline += lower == w.lemma;
    }
  std::ostringstream log;
  LemmaAccuracy acc = Lemmatizer::train(train, {}, LemmatizerConfig{}, log).evaluate(dev);
  double baseline_percent = 100.0 * baseline / words;
  EXPECT_GT(acc.percent(), baseline_percent + 5.0) << "baseline " << baseline_percent;
  EXPECT_GT(acc.percent(), 95.0);
}

}  // namespace
}  // namespace entente::nlp
