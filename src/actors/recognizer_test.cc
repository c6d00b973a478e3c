#include "actors/recognizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "actors/test_dictionary.h"

namespace entente::actors {
namespace {

using test_support::segmented;
using test_support::small_dictionary;

const char* kDictionary = R"(
@kind country
China; Chinese; People's Republic of China; New China = CHN
Vietnam; Viet Nam; Vietnamese = VNM
Cuba; Cuban = CUB
United States; US = USA
@kind capital
Hanoi = VNMGOV
@kind organisation
Communist Party of China; CPC = CHNPTY
United Nations; UN = IGOUNO
@kind person
Xi Jinping = CHNGOV 2008-03-15..
Tô Lâm = VNMCOP 2016-04-09..2024-05-21, VNMGOV 2024-05-22..
Ho Chi Minh = VNMGOV 1945-09-02..1969-09-02
@kind agent
president = GOV
foreign minister = GOV
police = COP
general secretary; central committee = PTY
ambassador = GOV
leader = GOV
@kind title
Mr
@kind place
Ho Chi Minh City
)";

struct Found {
  std::string text, code, rule;
};

std::vector<Found> recognize(const std::string& text, const std::string& date = "2025-04-14") {
  static const auto dictionary = small_dictionary(kDictionary);
  Recognizer recognizer(*dictionary);
  Document doc = segmented(text, date);
  recognizer.recognize(doc);
  std::vector<Found> found;
  for (const ActorMention& m : doc.mentions) found.push_back({std::string(doc.span_text(m.span)), m.code, m.rule});
  return found;
}

MATCHER_P2(IsMention, text, code, "") { return arg.text == text && arg.code == code; }
using ::testing::ElementsAre;

TEST(Recognizer, CountriesAdjectivesAndPossessives) {
  EXPECT_THAT(recognize("China's leaders met Vietnamese farmers in Viet Nam."),
              ElementsAre(IsMention("China's leaders", "CHNGOV"), IsMention("Vietnamese", "VNM"), IsMention("Viet Nam", "VNM")));
  EXPECT_THAT(recognize("Vietnam-Cuba ties grew."), ElementsAre(IsMention("Vietnam", "VNM"), IsMention("Cuba", "CUB")));
}

TEST(Recognizer, CountryWordAndRoleNounMakeOneActor) {
  EXPECT_THAT(recognize("The Cuban foreign minister praised the Vietnamese police."),
              ElementsAre(IsMention("Cuban foreign minister", "CUBGOV"), IsMention("Vietnamese police", "VNMCOP")));
  EXPECT_THAT(recognize("The President of Cuba spoke."), ElementsAre(IsMention("President of Cuba", "CUBGOV")));
}

TEST(Recognizer, TitlesAndAppositionsMergeIntoThePerson) {
  auto found = recognize(
      "Xi Jinping, General Secretary of the CPC Central Committee and Chinese President, arrived in Hanoi.");
  ASSERT_EQ(found.size(), 1u);  // "in Hanoi" is a place, not the government
  EXPECT_EQ(found[0].text, "Xi Jinping, General Secretary of the CPC Central Committee and Chinese President");
  EXPECT_EQ(found[0].code, "CHNGOV");
  EXPECT_EQ(found[0].rule.substr(0, 9), "test.txt:");
  found = recognize(
      "General Secretary of the Communist Party of China Central Committee and President of the People\u2019s "
      "Republic of China, Xi Jinping, arrived.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, "CHNGOV");
  EXPECT_EQ(found[0].text.substr(0, 17), "General Secretary");
}

TEST(Recognizer, CodesDependOnTheDate) {
  EXPECT_THAT(recognize("To Lam visited Cuba.", "2020-01-01"), ElementsAre(IsMention("To Lam", "VNMCOP"), IsMention("Cuba", "CUB")));
  EXPECT_THAT(recognize("Tô Lâm visited.", "2025-01-01"), ElementsAre(IsMention("Tô Lâm", "VNMGOV")));
  EXPECT_THAT(recognize("Xi Jinping spoke.", "2005-06-01"), ElementsAre(IsMention("Xi Jinping", "CHNELI")));
  EXPECT_THAT(recognize("President Ho Chi Minh wrote.", "1950-01-01"), ElementsAre(IsMention("President Ho Chi Minh", "VNMGOV")));
  // Out of office on the date: the role the text gives, else the country's elite.
  EXPECT_THAT(recognize("President Ho Chi Minh wrote.", "2025-01-01"), ElementsAre(IsMention("President Ho Chi Minh", "VNMGOV")));
  EXPECT_THAT(recognize("Ho Chi Minh wrote.", "2025-01-01"), ElementsAre(IsMention("Ho Chi Minh", "VNMELI")));
  EXPECT_THAT(recognize("The former president Xi Jinping wrote.", "2005-01-01"),
              ElementsAre(IsMention("president Xi Jinping", "CHNELI")));
}

TEST(Recognizer, CodeOnReResolvesPeopleForAnEventDate) {
  auto dictionary = small_dictionary(kDictionary);
  Recognizer recognizer(*dictionary);
  Document doc = segmented("Ho Chi Minh met Xi Jinping.", "2025-04-14");
  recognizer.recognize(doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.mentions[0].code, "VNMELI");  // long dead on the publication date
  EXPECT_EQ(recognizer.code_on(doc, doc.mentions[0], "1955").code, "VNMGOV");
  EXPECT_EQ(recognizer.code_on(doc, doc.mentions[1], "2025-04-14").code, "CHNGOV");
  EXPECT_EQ(recognizer.code_on(doc, doc.mentions[1], "2005").country, "CHN");
}

TEST(Recognizer, CaseMattersForNamesAndAcronyms) {
  EXPECT_TRUE(recognize("they told us that china plates sell.").empty());
  EXPECT_THAT(recognize("The US and the UN agreed."), ElementsAre(IsMention("US", "USA"), IsMention("UN", "IGOUNO")));
}

TEST(Recognizer, CapitalIsTheGovernmentOnlyWhereAnActorStands) {
  EXPECT_THAT(recognize("Hanoi rejected the claim."), ElementsAre(IsMention("Hanoi", "VNMGOV")));
  EXPECT_TRUE(recognize("He lives in Hanoi.").empty());
  EXPECT_TRUE(recognize("They rode the Hanoi Light Rail.").empty());
}

TEST(Recognizer, ASentenceOpeningWordIsNoNameForATitleAfterIt) {
  EXPECT_THAT(recognize("Increasingly, Cuban leaders spoke."), ElementsAre(IsMention("Cuban leaders", "CUBGOV")));
}

TEST(Recognizer, PlacesBlockShorterNames) { EXPECT_TRUE(recognize("Ho Chi Minh City grew.").empty()); }

TEST(Recognizer, UnknownNameWithTitleTakesTheTitleCodeAndIsRemembered) {
  auto found = recognize("Vietnamese Ambassador to Cuba Le Quang Minh spoke. Later Le Quang Minh left.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Vietnamese Ambassador to Cuba Le Quang Minh");
  EXPECT_EQ(found[0].code, "VNMGOV");
  EXPECT_EQ(found[1].code, "VNMGOV");
  EXPECT_EQ(found[1].rule, "coref:name");
}

TEST(Recognizer, Coreference) {
  auto found = recognize("Xi Jinping arrived in Vietnam. Xi met the press. He smiled.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[2].text, "Xi");
  EXPECT_EQ(found[2].rule, "coref:surname");
  EXPECT_EQ(found[2].code, "CHNGOV");
  EXPECT_EQ(found[3].text, "He");
  EXPECT_EQ(found[3].rule, "coref:pronoun");

  found = recognize("China and Vietnam met. China spoke. The two countries agreed.");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[3].text, "The two countries");
  EXPECT_EQ(found[3].rule, "coref:dyad");
  EXPECT_EQ(found[3].code, "CHN");
  EXPECT_EQ(found[4].code, "VNM");
}

TEST(Recognizer, DyadPhrasesMayHaveAdjectivesBeforeTheirNoun) {
  auto found = recognize("China and Vietnam met. The two brotherly nations agreed. Both long-standing parties spoke.");
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(found[2].text, "The two brotherly nations");
  EXPECT_EQ(found[2].rule, "coref:dyad");
  EXPECT_EQ(found[4].text, "Both long-standing parties");
  EXPECT_EQ(found[4].code, "CHNPTY");
  EXPECT_EQ(recognize("China and Vietnam met. Both young people and the two main roads were new.").size(), 2u);
}

TEST(Recognizer, PronounNeedsASinglePersonBefore) {
  auto found = recognize("Xi Jinping met To Lam. He smiled.");
  EXPECT_EQ(found.size(), 2u);
}

TEST(Recognizer, AntecedentsPointAtTheRightMentionAfterSorting) {
  auto dictionary = small_dictionary(kDictionary);
  Recognizer recognizer(*dictionary);
  Document doc = segmented("China and Vietnam met. Both sides agreed with Xi Jinping. Xi left.");
  recognizer.recognize(doc);
  for (const ActorMention& m : doc.mentions) {
    if (m.antecedent < 0) continue;
    const ActorMention& to = doc.mentions[m.antecedent];
    EXPECT_LT(to.span.begin, m.span.begin);
    EXPECT_EQ(to.country, m.country);
  }
}

}  // namespace
}  // namespace entente::actors

namespace entente::actors {
namespace {

// Spans must stay inside the text and antecedents inside the mention list,
// whatever the input: random mixes of names, punctuation and odd bytes.
TEST(Recognizer, RandomInputKeepsSpansAndAntecedentsValid) {
  auto dictionary = test_support::small_dictionary(kDictionary);
  Recognizer recognizer(*dictionary);
  const std::vector<std::string> parts = {"China", "'s", "Vietnamese", "police", "Xi", "Jinping", ",", "the", "two",
                                          "countries", "He", "Tô", "Lâm", "-", "Cuba", "of", "President", "and",
                                          "\u2019s", "\xC3\xA9", ".", "\n", "Hanoi", "Mr", "Zed", "both", "sides"};
  uint64_t seed = 42;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 40; ++i) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      text += parts[(seed >> 33) % parts.size()];
      if ((seed >> 20) % 3) text += " ";
    }
    Document doc = test_support::segmented(text);
    recognizer.recognize(doc);
    for (const ActorMention& m : doc.mentions) {
      ASSERT_LE(m.span.end, doc.text.size()) << text;
      ASSERT_LT(m.span.begin, m.span.end) << text;
      ASSERT_LT(m.token_begin, m.token_end) << text;
      ASSERT_LE(m.token_end, doc.tokens.size()) << text;
      ASSERT_LT(m.antecedent, int(doc.mentions.size())) << text;
      ASSERT_FALSE(m.code.empty()) << text;
      recognizer.code_on(doc, m, "1990");
    }
  }
}

}  // namespace
}  // namespace entente::actors
