// Country words that name a language, describe a thing or name people,
// through the Recognizer (what the coder sees).
#include "actors/nationality_use.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/recognizer.h"
#include "actors/test_dictionary.h"

namespace entente::actors {
namespace {

using test_support::segmented;
using test_support::small_dictionary;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const char* kDictionary = R"(
@kind country
China; Chinese = CHN
Vietnam; Vietnamese = VNM
Cuba; Cuban; Cubans = CUB
Spain; Spanish; Spaniard; Spaniards = ESP
Philippines; Philippine; Filipino; Filipinos = PHL
@kind agent
official = GOV
@kind language
Chinese; Vietnamese; Spanish; English; Mandarin
@kind thing
coffee; character; language; edition; speaking; product; New Year
)";

struct Found {
  std::string text, code;
  bool operator==(const Found&) const = default;
};
void PrintTo(const Found& f, std::ostream* os) { *os << f.text << "=" << f.code; }

// Recognises `doc` and lists its mentions.
std::vector<Found> found_in(Document& doc) {
  static const auto dictionary = small_dictionary(kDictionary);
  Recognizer(*dictionary).recognize(doc);
  std::vector<Found> found;
  for (const ActorMention& m : doc.mentions) found.push_back({std::string(doc.span_text(m.span)), m.code});
  return found;
}

std::vector<Found> found_in(const std::string& text) {
  Document doc = segmented(text);
  return found_in(doc);
}

// `text` tagged by hand: one UPOS (and optionally XPOS) per token.
Document tagged(const std::string& text, std::vector<std::string> upos, std::vector<std::string> xpos = {}) {
  Document doc = segmented(text);
  EXPECT_EQ(upos.size(), doc.tokens.size()) << text;
  doc.upos = std::move(upos);
  if (xpos.empty()) xpos.assign(doc.upos.size(), "_");
  doc.xpos = std::move(xpos);
  doc.upos.resize(doc.tokens.size(), "X");
  doc.xpos.resize(doc.tokens.size(), "_");
  return doc;
}

TEST(NationalityUse, ALanguageAfterInIntoFromOrAVerbOfLanguageIsNoActor) {
  EXPECT_THAT(found_in("They went to Cuba to study Spanish, then taught Spanish."), ElementsAre(Found{"Cuba", "CUB"}));
  EXPECT_THAT(found_in("The statement, in Chinese and Vietnamese, was read in Spain."), ElementsAre(Found{"Spain", "ESP"}));
  EXPECT_THAT(found_in("It was translated from Spanish into Vietnamese or Chinese."), IsEmpty());
  EXPECT_THAT(found_in("Talks were held in Mandarin."), IsEmpty());
}

TEST(NationalityUse, CountryWordsStayActorsOutsideThoseUses) {
  EXPECT_THAT(found_in("The Chinese protested in China."), ElementsAre(Found{"Chinese", "CHN"}, Found{"China", "CHN"}));
  EXPECT_THAT(found_in("Spanish officials spoke in Vietnamese ports."),
              ElementsAre(Found{"Spanish officials", "ESPGOV"}, Found{"Vietnamese", "VNM"}));
  EXPECT_THAT(found_in("Aid from Cuba reached Spain."), ElementsAre(Found{"Cuba", "CUB"}, Found{"Spain", "ESP"}));
}

TEST(NationalityUse, ACountryWordDescribingAListedThingIsNoActor) {
  EXPECT_THAT(found_in("Vietnamese coffee and Chinese characters are popular in Spain."), ElementsAre(Found{"Spain", "ESP"}));
  EXPECT_THAT(found_in("The Spanish-language edition reached Spanish-speaking readers."), IsEmpty());
  EXPECT_THAT(found_in("The Chinese New Year began."), IsEmpty());
  EXPECT_THAT(found_in("Chinese coffees sold."), IsEmpty()) << "plurals are made at load time";
}

TEST(NationalityUse, TagsLetAdjectivesStandBetweenTheWordAndTheThing) {
  Document doc = tagged("Vietnamese agricultural products sold well.", {"ADJ", "ADJ", "NOUN", "VERB", "ADV", "PUNCT"});
  EXPECT_THAT(found_in(doc), IsEmpty());
  EXPECT_THAT(found_in("Vietnamese agricultural products sold well."), ElementsAre(Found{"Vietnamese", "VNM"}))
      << "untagged, only the next word is looked at";
}

TEST(NationalityUse, TheParseFindsTheThingAConjunctModifies) {
  Document doc = segmented("Chinese and Vietnamese characters differ.");
  doc.upos = {"ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT"};
  doc.xpos.assign(6, "_");
  doc.lemma = {"Chinese", "and", "Vietnamese", "character", "differ", "."};
  doc.head = {4, 3, 1, 5, 0, 5};
  doc.deprel = {"amod", "cc", "conj", "nsubj", "root", "punct"};
  ASSERT_EQ(doc.tokens.size(), 6u);
  EXPECT_THAT(found_in(doc), IsEmpty());
}

TEST(NationalityUse, DemonymNounsAreTheCountrysPeople) {
  EXPECT_THAT(found_in("A Cuban was arrested."), ElementsAre(Found{"Cuban", "CUBCVL"}));
  EXPECT_THAT(found_in("Cubans and Spaniards protested."), ElementsAre(Found{"Cubans", "CUBCVL"}, Found{"Spaniards", "ESPCVL"}));
  EXPECT_THAT(found_in("The Philippines protested."), ElementsAre(Found{"Philippines", "PHL"}))
      << "a country's own name is no plural demonym";
  EXPECT_THAT(found_in("A Cuban ship docked."), ElementsAre(Found{"Cuban", "CUB"}));
  EXPECT_THAT(found_in("They built a Cuba Vietnam friendship."), ElementsAre(Found{"Cuba", "CUB"}, Found{"Vietnam", "VNM"}));

  Document doc = tagged("Many Vietnamese returned.", {"ADJ", "PROPN", "VERB", "PUNCT"});
  EXPECT_THAT(found_in(doc), ElementsAre(Found{"Vietnamese", "VNMCVL"}));
  doc = tagged("Vietnamese living abroad sent money.", {"PROPN", "VERB", "ADV", "VERB", "NOUN", "PUNCT"},
               {"NNP", "VBG", "RB", "VBD", "NN", "."});
  EXPECT_THAT(found_in(doc), ElementsAre(Found{"Vietnamese", "VNMCVL"}));
  doc = tagged("Thousands of Chinese attended.", {"NOUN", "ADP", "PROPN", "VERB", "PUNCT"});
  EXPECT_THAT(found_in(doc), ElementsAre(Found{"Chinese", "CHNCVL"}));
}

}  // namespace
}  // namespace entente::actors
