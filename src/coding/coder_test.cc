#include "coding/coder.h"

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coding/event_json.h"
#include "coding/test_coder.h"
#include "coding/test_document.h"

namespace entente::coding {
namespace {

using testing::add_actor;
using testing::add_sentence;

class CoderTest : public testing::CoderFixture {};

// "China and Vietnam established diplomatic relations on January 18, 1950."
Document recognition() {
  Document doc;
  doc.id = "recognition";
  doc.date = "2025-04-14";
  add_sentence(doc, {"China China PROPN 4 nsubj", "and and CCONJ 3 cc", "Vietnam Vietnam PROPN 1 conj",
                     "established establish VERB 0 root VBD Tense=Past", "diplomatic diplomatic ADJ 6 amod",
                     "relations relation NOUN 4 obj", "on on ADP 8 case", "January January PROPN 4 obl",
                     "18 18 NUM 8 nummod", ", , PUNCT 10 punct", "1950 1950 NUM 8 nmod:tmod", ". . PUNCT 4 punct"});
  add_actor(doc, 0, 0, 1, "CHN", "CHN");
  add_actor(doc, 0, 2, 3, "VNM", "VNM");
  return doc;
}

TEST_F(CoderTest, MutualRecognitionBothWaysOnItsOwnDate) {
  Document doc = recognition();
  coder_->code(doc);
  EXPECT_THAT(dyads(doc), ::testing::UnorderedElementsAre("CHN>VNM 054", "VNM>CHN 054"));
  const Event* e = find(doc, "CHN", "VNM");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, "1950-01-18");
  EXPECT_EQ(e->date_precision, "day");
  EXPECT_EQ(e->date_source, "text");
  EXPECT_EQ(e->cameo_root, "05");
  EXPECT_EQ(e->quad_class, 1);
  EXPECT_DOUBLE_EQ(e->goldstein, 6.0);
  EXPECT_EQ(e->plover_event_type, "SUPPORT");
  EXPECT_THAT(e->rule, ::testing::StartsWith("verbs/"));
  EXPECT_GT(e->confidence, 0.0);
  EXPECT_LE(e->confidence, 1.0);
  EXPECT_EQ(e->source.text, "China");
  EXPECT_EQ(doc.text.substr(e->source.span.begin, e->source.span.size()), "China");
}

TEST_F(CoderTest, AgreementSignedBothWaysMonthPrecision) {
  // "In December 2024, Vietnam and China signed an agreement on rail links."
  Document doc;
  doc.id = "rail";
  doc.date = "2025-04-14";
  add_sentence(doc, {"In in ADP 2 case", "December December PROPN 8 obl", "2024 2024 NUM 2 nummod",
                     ", , PUNCT 2 punct", "Vietnam Vietnam PROPN 8 nsubj", "and and CCONJ 7 cc",
                     "China China PROPN 5 conj", "signed sign VERB 0 root VBD Tense=Past", "an a DET 10 det",
                     "agreement agreement NOUN 8 obj", "on on ADP 13 case", "rail rail NOUN 13 compound",
                     "links link NOUN 10 nmod", ". . PUNCT 8 punct"});
  add_actor(doc, 0, 4, 5, "VNM", "VNM");
  add_actor(doc, 0, 6, 7, "CHN", "CHN");
  coder_->code(doc);
  EXPECT_THAT(dyads(doc), ::testing::UnorderedElementsAre("VNM>CHN 057", "CHN>VNM 057"));
  for (const Event& e : doc.events) {
    EXPECT_EQ(e.date, "2024-12");
    EXPECT_EQ(e.date_precision, "month");
  }
}

TEST_F(CoderTest, VisitWithPlaceAndRelativeDate) {
  // "Laos's president arrived in Hanoi on Monday." published Wednesday 2025-04-16.
  Document doc;
  doc.id = "visit";
  doc.date = "2025-04-16";
  add_sentence(doc, {"Laos Laos PROPN 3 nmod:poss", "'s 's PART 1 case", "president president NOUN 4 nsubj",
                     "arrived arrive VERB 0 root VBD Tense=Past", "in in ADP 6 case", "Hanoi Hanoi PROPN 4 obl",
                     "on on ADP 8 case", "Monday Monday PROPN 4 obl", ". . PUNCT 4 punct"});
  add_actor(doc, 0, 0, 3, "LAOGOV", "LAO", "GOV");
  coder_->code(doc);
  ASSERT_THAT(dyads(doc), ::testing::ElementsAre("LAOGOV>VNM 042"));
  const Event& e = doc.events[0];
  EXPECT_EQ(e.location.name, "Hanoi");
  EXPECT_EQ(e.location.country, "VNM");
  EXPECT_TRUE(e.location.has_coordinates);
  EXPECT_NEAR(e.location.lat, 21.0, 0.5);
  EXPECT_EQ(e.date, "2025-04-14");
  EXPECT_EQ(e.date_source, "publication");
}

TEST_F(CoderTest, PassiveAgentFromBy) {
  // "Vietnam was attacked by Cambodia yesterday."
  Document doc;
  doc.id = "passive";
  doc.date = "2025-04-16";
  add_sentence(doc, {"Vietnam Vietnam PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "attacked attack VERB 0 root VBN",
                     "by by ADP 5 case", "Cambodia Cambodia PROPN 3 obl:agent", "yesterday yesterday NOUN 3 obl:tmod",
                     ". . PUNCT 3 punct"});
  add_actor(doc, 0, 0, 1, "VNM", "VNM");
  add_actor(doc, 0, 4, 5, "KHM", "KHM");
  coder_->code(doc);
  ASSERT_THAT(dyads(doc), ::testing::ElementsAre("KHM>VNM 190"));
  EXPECT_EQ(doc.events[0].date, "2025-04-15");
  EXPECT_EQ(doc.events[0].quad_class, 4);
}

TEST_F(CoderTest, NegatedAndConditionalYieldNothing) {
  // "Thailand did not attack Laos." / "If Thailand attacks Laos, ..."
  Document doc;
  doc.id = "neg";
  add_sentence(doc, {"Thailand Thailand PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod",
                     "attack attack VERB 0 root VB", "Laos Laos PROPN 4 obj", ". . PUNCT 4 punct"});
  add_actor(doc, 0, 0, 1, "THA", "THA");
  add_actor(doc, 0, 4, 5, "LAO", "LAO");
  add_sentence(doc, {"If if SCONJ 3 mark", "Thailand Thailand PROPN 3 nsubj", "attacks attack VERB 6 advcl",
                     "Laos Laos PROPN 3 obj", ", , PUNCT 6 punct", "talks talk NOUN 7 nsubj", "end end VERB 0 root",
                     ". . PUNCT 7 punct"});
  add_actor(doc, 1, 1, 2, "THA", "THA");
  add_actor(doc, 1, 3, 4, "LAO", "LAO");
  Trace trace;
  coder_->code(doc, {}, &trace);
  EXPECT_TRUE(doc.events.empty());
  bool said_negated = false;
  for (const TraceLine& line : trace) said_negated |= line.text.find("negated") != std::string::npos;
  EXPECT_TRUE(said_negated);
}

TEST_F(CoderTest, CoordinatedTargetsGiveOneEventEach) {
  // "Japan met Korea and India."
  Document doc;
  doc.id = "coord";
  add_sentence(doc, {"Japan Japan PROPN 2 nsubj", "met meet VERB 0 root VBD", "Korea Korea PROPN 2 obj",
                     "and and CCONJ 5 cc", "India India PROPN 3 conj", ". . PUNCT 2 punct"});
  add_actor(doc, 0, 0, 1, "JPN", "JPN");
  add_actor(doc, 0, 2, 3, "KOR", "KOR");
  add_actor(doc, 0, 4, 5, "IND", "IND");
  coder_->code(doc);
  EXPECT_THAT(dyads(doc), ::testing::UnorderedElementsAre("JPN>KOR 040", "JPN>IND 040"));
}

TEST_F(CoderTest, FutureBecomesIntent) {
  // "Vietnam will visit Cuba."
  Document doc;
  doc.id = "future";
  add_sentence(doc, {"Vietnam Vietnam PROPN 3 nsubj", "will will AUX 3 aux", "visit visit VERB 0 root VB",
                     "Cuba Cuba PROPN 3 obj", ". . PUNCT 3 punct"});
  add_actor(doc, 0, 0, 1, "VNM", "VNM");
  add_actor(doc, 0, 3, 4, "CUB", "CUB");
  coder_->code(doc);
  ASSERT_THAT(dyads(doc), ::testing::ElementsAre("VNM>CUB 036"));
  EXPECT_THAT(doc.events[0].flags, ::testing::Contains("future"));
}

TEST_F(CoderTest, AidWithQuantityInTheClause) {
  // "China provided 5,000 tonnes of rice to Cuba."
  Document doc;
  doc.id = "aid";
  doc.date = "2025-01-02";
  add_sentence(doc, {"China China PROPN 2 nsubj", "provided provide VERB 0 root VBD", "5,000 5,000 NUM 4 nummod",
                     "tonnes tonne NOUN 2 obj", "of of ADP 6 case", "rice rice NOUN 4 nmod", "to to ADP 8 case",
                     "Cuba Cuba PROPN 2 obl", ". . PUNCT 2 punct"});
  add_actor(doc, 0, 0, 1, "CHN", "CHN");
  add_actor(doc, 0, 7, 8, "CUB", "CUB");
  coder_->code(doc);
  // The measured noun ("of rice") makes it food, i.e. humanitarian aid.
  ASSERT_THAT(dyads(doc), ::testing::ElementsAre("CHN>CUB 073"));
  ASSERT_EQ(doc.events[0].quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(doc.events[0].quantities[0].value, 5000);
  EXPECT_EQ(doc.events[0].quantities[0].unit, "tonnes");
  EXPECT_EQ(doc.events[0].location.country, "CUB");  // no place named: the target's country
  EXPECT_FALSE(doc.events[0].location.has_coordinates);
}

TEST_F(CoderTest, NominalVisitAndSigning) {
  // "Cuba's visit to Laos" inside "Cuba's visit to Laos ended." and
  // "The leaders witnessed the signing of 45 cooperation documents." with both sides named.
  Document doc;
  doc.id = "nominal";
  add_sentence(doc, {"Cuba Cuba PROPN 3 nmod:poss", "'s 's PART 1 case", "visit visit NOUN 6 nsubj",
                     "to to ADP 5 case", "Laos Laos PROPN 3 nmod", "ended end VERB 0 root VBD", ". . PUNCT 6 punct"});
  add_actor(doc, 0, 0, 1, "CUB", "CUB");
  add_actor(doc, 0, 4, 5, "LAO", "LAO");
  add_sentence(doc, {"Cuba Cuba PROPN 4 nsubj", "and and CCONJ 3 cc", "Laos Laos PROPN 1 conj",
                     "witnessed witness VERB 0 root VBD", "the the DET 6 det", "signing signing NOUN 4 obj",
                     "of of ADP 10 case", "45 45 NUM 10 nummod", "cooperation cooperation NOUN 10 compound",
                     "documents document NOUN 6 nmod", ". . PUNCT 4 punct"});
  add_actor(doc, 1, 0, 1, "CUB", "CUB");
  add_actor(doc, 1, 2, 3, "LAO", "LAO");
  coder_->code(doc);
  EXPECT_THAT(dyads(doc), ::testing::UnorderedElementsAre("CUB>LAO 042", "CUB>LAO 057", "LAO>CUB 057"));
  const Event* signing = nullptr;
  for (const Event& e : doc.events)
    if (e.cameo == "057") signing = &e;
  ASSERT_NE(signing, nullptr);
  ASSERT_EQ(signing->quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(signing->quantities[0].value, 45);
}

TEST_F(CoderTest, DuplicatesMergeAndIdsAreStable) {
  Document doc = recognition();
  // The same sentence again as a second sentence: same (source, target, code, date).
  Document twice = recognition();
  Document second = recognition();
  testing::Rows rows = {"China China PROPN 4 nsubj", "and and CCONJ 3 cc", "Vietnam Vietnam PROPN 1 conj",
                        "established establish VERB 0 root VBD", "diplomatic diplomatic ADJ 6 amod",
                        "relations relation NOUN 4 obj", "on on ADP 8 case", "January January PROPN 4 obl",
                        "18 18 NUM 8 nummod", ", , PUNCT 10 punct", "1950 1950 NUM 8 nmod:tmod", ". . PUNCT 4 punct"};
  add_sentence(twice, rows);
  add_actor(twice, 1, 0, 1, "CHN", "CHN");
  add_actor(twice, 1, 2, 3, "VNM", "VNM");
  coder_->code(twice);
  ASSERT_EQ(twice.events.size(), 2u);
  EXPECT_EQ(twice.events[0].mentions.size(), 2u);
  coder_->code(doc);
  coder_->code(second);
  ASSERT_EQ(doc.events.size(), second.events.size());
  for (size_t i = 0; i < doc.events.size(); ++i) EXPECT_EQ(doc.events[i].event_id, second.events[i].event_id);
  EXPECT_NE(doc.events[0].event_id, doc.events[1].event_id);
  EXPECT_EQ(doc.events[0].event_id.size(), 16u);
}

TEST_F(CoderTest, ActorCodedOnTheEventDate) {
  Document doc = recognition();
  ActorCoder code_on = [](const Document&, const ActorMention& m, std::string_view date) {
    return ActorCode{m.code + (date.starts_with("1950") ? "GOV" : ""), m.country, "GOV"};
  };
  coder_->code(doc, code_on);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.code.substr(3), "GOV");
}

TEST_F(CoderTest, LostSubjectFoundByWordOrder) {
  // A parser error: "China established ..." hangs as a participle on the date
  // ("In May 1960 , China established relations with Cuba"); the subject is the
  // actor just before the verb, and the date's own modifier is not the target.
  Document doc;
  doc.id = "broken";
  add_sentence(doc, {"In in ADP 2 case", "May May PROPN 0 root", "1960 1960 NUM 2 nummod", ", , PUNCT 5 punct",
                     "China China PROPN 2 appos", "established establish VERB 2 acl VBN",
                     "relations relation NOUN 6 obj", "with with ADP 9 case", "Cuba Cuba PROPN 6 obl",
                     ". . PUNCT 2 punct"});
  add_actor(doc, 0, 4, 5, "CHN", "CHN");
  add_actor(doc, 0, 8, 9, "CUB", "CUB");
  coder_->code(doc);
  EXPECT_THAT(dyads(doc), ::testing::UnorderedElementsAre("CHN>CUB 054", "CUB>CHN 054"));
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].date, "1960-05");
  EXPECT_THAT(doc.events[0].flags, ::testing::Contains("word_order"));
}

TEST_F(CoderTest, PassiveParticipleAgent) {
  // "The railway in Laos , built by China , opened ."
  Document doc;
  doc.id = "participle";
  add_sentence(doc, {"The the DET 2 det", "railway railway NOUN 9 nsubj", "in in ADP 4 case", "Laos Laos PROPN 2 nmod",
                     ", , PUNCT 6 punct", "built build VERB 2 acl VBN", "by by ADP 8 case",
                     "China China PROPN 6 obl:agent", "opened open VERB 0 root VBD", ". . PUNCT 9 punct"});
  add_actor(doc, 0, 3, 4, "LAO", "LAO");
  add_actor(doc, 0, 7, 8, "CHN", "CHN");
  coder_->code(doc);
  EXPECT_THAT(dyads(doc), ::testing::ElementsAre("CHN>LAO 061"));
}

TEST_F(CoderTest, DateRightAfterTheSourceIsItsOwn) {
  // "Visits by Laos ( 9/2024 ) and Cuba ( 9/2025 ) to Vietnam"
  Document doc;
  doc.id = "visits";
  add_sentence(doc, {"Visits visit NOUN 0 root", "by by ADP 3 case", "Laos Laos PROPN 1 nmod", "( ( PUNCT 5 punct",
                     "9/2024 9/2024 NUM 3 appos", ") ) PUNCT 5 punct", "and and CCONJ 8 cc", "Cuba Cuba PROPN 3 conj",
                     "( ( PUNCT 10 punct", "9/2025 9/2025 NUM 8 appos", ") ) PUNCT 10 punct", "to to ADP 13 case",
                     "Vietnam Vietnam PROPN 1 nmod"});
  add_actor(doc, 0, 2, 3, "LAO", "LAO");
  add_actor(doc, 0, 7, 8, "CUB", "CUB");
  add_actor(doc, 0, 12, 13, "VNM", "VNM");
  coder_->code(doc);
  ASSERT_THAT(dyads(doc), ::testing::UnorderedElementsAre("LAO>VNM 042", "CUB>VNM 042"));
  EXPECT_EQ(find(doc, "LAO", "VNM")->date, "2024-09");
  EXPECT_EQ(find(doc, "CUB", "VNM")->date, "2025-09");
}

TEST_F(CoderTest, JsonRoundTrip) {
  Document doc;
  doc.id = "aid";
  doc.date = "2025-01-02";
  add_sentence(doc, {"China China PROPN 2 nsubj", "provided provide VERB 0 root VBD", "5,000 5,000 NUM 4 nummod",
                     "tonnes tonne NOUN 2 obj", "of of ADP 6 case", "rice rice NOUN 4 nmod", "to to ADP 8 case",
                     "Hanoi Hanoi PROPN 2 obl", ". . PUNCT 2 punct"});
  add_actor(doc, 0, 0, 1, "CHN", "CHN");
  coder_->code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  nlohmann::json j = to_json(doc.events[0]);
  for (const char* key : {"event_id", "doc_id", "date", "date_precision", "date_source", "source", "target", "cameo",
                          "cameo_root", "quad_class", "goldstein", "plover", "location", "quantities", "mentions",
                          "rule", "confidence", "trigger"})
    EXPECT_TRUE(j.contains(key)) << key;
  for (const char* key : {"code", "country", "role", "text", "start", "end"}) EXPECT_TRUE(j["source"].contains(key)) << key;
  EXPECT_EQ(j["location"]["name"], "Hanoi");
  EXPECT_EQ(j["trigger"]["text"], "provided");
  EXPECT_EQ(doc.span_text({j["trigger"]["start"].get<uint32_t>(), j["trigger"]["end"].get<uint32_t>()}), "provided");
  Event back = from_json(nlohmann::json::parse(j.dump()));
  EXPECT_EQ(to_json(back), j);
  EXPECT_THROW(from_json(nlohmann::json::parse(R"({"cameo": 42})")), std::runtime_error);
}

}  // namespace
}  // namespace entente::coding
