#include "actors/unknown_names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/recognizer.h"
#include "actors/test_dictionary.h"

namespace entente::actors {
namespace {

using test_support::segmented;
using test_support::small_dictionary;
using ::testing::ElementsAre;

const char* kDictionary = R"(
@kind country
Cuba; Cuban = CUB
)";

// A hand-written parse, one {upos, head, deprel} per token, as CoNLL-U has them.
struct Word {
  const char* upos;
  int32_t head;
  const char* deprel;
};

void set_parse(Document& doc, const std::vector<Word>& words) {
  ASSERT_EQ(doc.tokens.size(), words.size()) << "the test's parse must cover every token";
  for (const Word& w : words) {
    doc.upos.push_back(w.upos);
    doc.head.push_back(w.head);
    doc.deprel.push_back(w.deprel);
  }
}

std::vector<std::string> names_in(const Dictionary& dictionary, Document& doc) {
  Recognizer(dictionary).recognize(doc);
  std::vector<std::string> names;
  for (const UnknownName& name : unknown_names(dictionary, doc)) names.push_back(name.text);
  return names;
}

TEST(UnknownNames, OnlySubjectsObjectsAgentsPossessorsAndTheirConjuncts) {
  auto dictionary = small_dictionary(kDictionary);
  // Zembla and Ruritania thanked Orsinia in Florin .
  Document doc = segmented("Zembla and Ruritania thanked Orsinia in Florin.");
  set_parse(doc, {{"PROPN", 4, "nsubj"}, {"CCONJ", 3, "cc"}, {"PROPN", 1, "conj"}, {"VERB", 0, "root"},
                  {"PROPN", 4, "obj"}, {"ADP", 7, "case"}, {"PROPN", 4, "obl"}, {"PUNCT", 4, "punct"}});
  EXPECT_THAT(names_in(*dictionary, doc), ElementsAre("Zembla", "Ruritania", "Orsinia"));

  // Glorbia 's envoy was received by Krakozhia and Cuba near Lake Vostok .
  doc = segmented("Glorbia's envoy was received by Krakozhia and Cuba near Lake Vostok.");
  set_parse(doc, {{"PROPN", 3, "nmod:poss"}, {"PART", 1, "case"}, {"NOUN", 5, "nsubj:pass"}, {"AUX", 5, "aux:pass"},
                  {"VERB", 0, "root"}, {"ADP", 7, "case"}, {"PROPN", 5, "obl:agent"}, {"CCONJ", 9, "cc"},
                  {"PROPN", 7, "conj"}, {"ADP", 12, "case"}, {"PROPN", 12, "compound"}, {"PROPN", 5, "obl"},
                  {"PUNCT", 5, "punct"}});
  // Cuba is known; "Lake Vostok" is a place someone is near, not an actor.
  EXPECT_THAT(names_in(*dictionary, doc), ElementsAre("Glorbia", "Krakozhia"));
}

TEST(UnknownNames, AppositionOfASubjectCountsAConjunctOfAnObliqueDoesNot) {
  auto dictionary = small_dictionary(kDictionary);
  // Zorro , Mayor Vega , met envoys from Ankh and Morpork .
  Document doc = segmented("Zorro, Mayor Vega, met envoys from Ankh and Morpork.");
  set_parse(doc, {{"PROPN", 6, "nsubj"}, {"PUNCT", 4, "punct"}, {"PROPN", 4, "compound"}, {"PROPN", 1, "appos"},
                  {"PUNCT", 4, "punct"}, {"VERB", 0, "root"}, {"NOUN", 6, "obj"}, {"ADP", 9, "case"},
                  {"PROPN", 7, "nmod"}, {"CCONJ", 11, "cc"}, {"PROPN", 9, "conj"}, {"PUNCT", 6, "punct"}});
  EXPECT_THAT(names_in(*dictionary, doc), ElementsAre("Zorro", "Mayor Vega"));
}

TEST(UnknownNames, WithoutAParseEveryCapitalisedRunOutsideAMention) {
  auto dictionary = small_dictionary(kDictionary);
  Document doc = segmented("Talks with Ruritania went well in Florin and Cuba.");
  EXPECT_THAT(names_in(*dictionary, doc), ElementsAre("Ruritania", "Florin"));
}

TEST(UnknownNames, NumberWordsAreNoNames) {
  auto dictionary = small_dictionary(kDictionary);
  Document doc = segmented("Thousands of Ruritanians and Sixty-Five Zemblans marched.");
  EXPECT_THAT(names_in(*dictionary, doc), ElementsAre("Ruritanians", "Zemblans"));
}

TEST(UnknownNames, ACycleInAMalformedParseEnds) {
  auto dictionary = small_dictionary(kDictionary);
  Document doc = segmented("Zembla and Ruritania.");
  set_parse(doc, {{"PROPN", 3, "conj"}, {"CCONJ", 3, "cc"}, {"PROPN", 1, "conj"}, {"PUNCT", 1, "punct"}});
  EXPECT_TRUE(names_in(*dictionary, doc).empty());
}

TEST(UnknownNameTally, MostFrequentFirstThenFirstSeenWithTheFirstSentence) {
  auto dictionary = small_dictionary(kDictionary);
  UnknownNameTally tally;
  for (const char* text : {"They met Ankh and\tMorpork. Then Morpork left.", "We thanked Morpork and Cuba. Later, envoys of Ankh and Zed agreed."}) {
    Document doc = segmented(text);
    Recognizer(*dictionary).recognize(doc);
    tally.add(*dictionary, doc);
  }
  auto rows = tally.ranked();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].name, "Morpork");
  EXPECT_EQ(rows[0].count, 3u);
  EXPECT_EQ(rows[0].sample, "They met Ankh and Morpork.");
  EXPECT_EQ(rows[1].name, "Ankh");
  EXPECT_EQ(rows[1].count, 2u);
  EXPECT_EQ(rows[2].name, "Zed");
  EXPECT_EQ(rows[2].count, 1u);
}

}  // namespace
}  // namespace entente::actors
