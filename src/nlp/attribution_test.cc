#include "nlp/attribution.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

using Words = std::vector<std::string_view>;

// Words and XPOS tags given as "word/TAG" pairs.
struct Tagged {
  Words forms, xpos;
  Tagged(std::initializer_list<std::pair<std::string_view, std::string_view>> words) {
    for (const auto& [form, tag] : words) forms.push_back(form), xpos.push_back(tag);
  }
  std::optional<Attribution> attribution() const { return trailing_attribution(forms, xpos); }
};

TEST(AttributionTest, FindsTheSpeakerAndTheReportingVerbAfterTheLastComma) {
  const Tagged ferry{{"The", "DT"}, {"ferry", "NN"}, {"sank", "VBN"}, {"near", "IN"}, {"Ibiza", "NNP"},
                     {",", ","},    {"the", "DT"},   {"port", "NN"},  {"said", "VBD"}, {"late", "RB"},
                     {"on", "IN"},  {"Monday", "NNP"}, {".", "."}};
  const auto found = ferry.attribution();
  ASSERT_TRUE(found);
  EXPECT_EQ(found->comma, 5u);
  EXPECT_EQ(found->verb, 8u);
  EXPECT_EQ(found->speaker_begin, 6u);
  EXPECT_EQ(found->speaker_end, 8u);
  EXPECT_EQ(found->end, 12u);
}

TEST(AttributionTest, TheVerbMayComeBeforeItsSpeakerAndTellNamesWhom) {
  const Tagged said_the_mayor{{"Roads", "NNS"}, {"flooded", "VBD"}, {"overnight", "RB"}, {",", ","},
                              {"said", "VBD"},  {"the", "DT"},      {"mayor", "NN"},     {".", "."}};
  const auto before = said_the_mayor.attribution();
  ASSERT_TRUE(before);
  EXPECT_EQ(before->verb, 4u);
  EXPECT_EQ(before->speaker_begin, 5u);
  EXPECT_EQ(before->speaker_end, 7u);
  const Tagged told{{"Talks", "NNS"}, {"will", "MD"},  {"resume", "VB"},     {",", ","},   {"he", "PRP"},
                    {"told", "VBD"},  {"the", "DT"},   {"reporters", "NNS"}, {"on", "IN"}, {"Friday", "NNP"},
                    {".", "."}};
  ASSERT_TRUE(told.attribution());
  EXPECT_EQ(told.attribution()->verb, 5u);
  // After the comma, "told" names whom, not who: ", told me .".
  const Tagged told_me{{"Talks", "NNS"}, {"will", "MD"}, {"resume", "VB"}, {",", ","}, {"told", "VBD"},
                       {"me", "PRP"}, {".", "."}};
  EXPECT_FALSE(told_me.attribution());
  // Nor does "announced" before its object: ", announced a merger .".
  const Tagged merger{{"Shares", "NNS"}, {"fell", "VBD"}, {"sharply", "RB"}, {",", ","}, {"announced", "VBD"},
                      {"a", "DT"}, {"merger", "NN"}, {".", "."}};
  EXPECT_FALSE(merger.attribution());
  // A past tense misread as a participle after its speaker still counts.
  const Tagged misread{{"Rain", "NN"}, {"fell", "VBD"},  {"all", "DT"},        {"day", "NN"}, {",", ","},
                       {"state", "NN"}, {"media", "NNS"}, {"reported", "VBN"}, {".", "."}};
  ASSERT_TRUE(misread.attribution());
  EXPECT_EQ(misread.attribution()->verb, 7u);
}

TEST(AttributionTest, AParticipleClauseMayFollowTheAttribution) {
  const Tagged adding{{"Boats", "NNS"}, {"reached", "VBD"}, {"the", "DT"},     {"island", "NN"}, {",", ","},
                      {"police", "NNS"}, {"said", "VBD"},   {",", ","},        {"adding", "VBG"}, {"that", "IN"},
                      {"two", "CD"},     {"drowned", "VBD"}, {".", "."}};
  const auto found = adding.attribution();
  ASSERT_TRUE(found);
  EXPECT_EQ(found->comma, 4u);
  EXPECT_EQ(found->verb, 6u);
  EXPECT_EQ(found->end, 12u);
}

TEST(AttributionTest, NoAttributionWithAClauseOfItsOwnOrAnOpeningSubordinator) {
  // An object after the verb: "he explained his plan".
  const Tagged explained{{"I", "PRP"}, {"asked", "VBD"}, {"twice", "RB"}, {",", ","}, {"he", "PRP"},
                         {"explained", "VBD"}, {"his", "PRP$"}, {"plan", "NN"}, {".", "."}};
  EXPECT_FALSE(explained.attribution());
  // "said that ...", and a particle: "he showed up".
  const Tagged that{{"We", "PRP"}, {"waited", "VBD"}, {"long", "RB"}, {",", ","}, {"she", "PRP"},
                    {"said", "VBD"}, {"that", "IN"}, {"it", "PRP"}, {"rained", "VBD"}, {".", "."}};
  EXPECT_FALSE(that.attribution());
  const Tagged up{{"We", "PRP"}, {"waited", "VBD"}, {"long", "RB"}, {",", ","}, {"he", "PRP"},
                  {"showed", "VBD"}, {"up", "RP"}, {".", "."}};
  EXPECT_FALSE(up.attribution());
  // The only comma closes an adverbial clause: the verb after it is the main one.
  const Tagged as{{"As", "IN"}, {"prices", "NNS"}, {"rose", "VBD"}, {",", ","}, {"sales", "NNS"},
                  {"added", "VBD"}, {"up", "RP"}, {".", "."}};
  EXPECT_FALSE(as.attribution());
  const Tagged when{{"When", "WRB"}, {"it", "PRP"}, {"rained", "VBD"}, {",", ","}, {"he", "PRP"},
                    {"said", "VBD"}, {"so", "RB"}, {".", "."}};
  EXPECT_FALSE(when.attribution());
  // No reporting verb; no full stop; no comma; too little before the comma.
  const Tagged left{{"Rain", "NN"}, {"fell", "VBD"}, {"hard", "RB"}, {",", ","}, {"the", "DT"},
                    {"crowd", "NN"}, {"left", "VBD"}, {".", "."}};
  EXPECT_FALSE(left.attribution());
  const Tagged question{{"Rain", "NN"}, {"fell", "VBD"}, {"hard", "RB"}, {",", ","}, {"he", "PRP"},
                        {"said", "VBD"}, {"?", "."}};
  EXPECT_FALSE(question.attribution());
  const Tagged short_clause{{"Yes", "UH"}, {",", ","}, {"he", "PRP"}, {"said", "VBD"}, {".", "."}};
  EXPECT_FALSE(short_clause.attribution());
  EXPECT_FALSE(Tagged({}).attribution());
  EXPECT_FALSE(Tagged({{",", ","}, {".", "."}}).attribution());
}

}  // namespace
}  // namespace entente::nlp
