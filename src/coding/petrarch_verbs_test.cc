// The PETRARCH import seen through the whole coder: triggers, codes from
// patterns, paired codes, compounds, codes outside CAMEO, null codes.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coding/coder.h"
#include "coding/petrarch_patterns.h"
#include "coding/test_document.h"

namespace entente::coding {
namespace {

using testing::add_actor;
using testing::add_sentence;

// Made-up verbs in PETRARCH's format.
constexpr const char* kVerbs = R"(&NOTAUX
+DID N'T

--- GREET [041] ---
GREET
- &NOTAUX * [045]
- % * [046:046]

--- DEPART [032:033] ---
DEPART
+HEAD_OFF {+HEADED_OFF}

--- SEVER [1717] ---
SEVER
- * NOTHING [---]
)";

class PetrarchCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Per process: ctest runs this suite's tests as parallel processes, and a
    // shared file removed by one while another reads it failed now and then.
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("entente_petrarch_verbs_test_" + std::to_string(::getpid()) + ".txt");
    std::ofstream(file) << kVerbs;
    CoderFiles files;
    files.data_root = std::filesystem::path(ENTENTE_SOURCE_DIR) / "data";
    files.petrarch_verbs = file.string();
    coder_ = Coder::load(files).release();
    std::filesystem::remove(file);
  }
  static void TearDownTestSuite() { delete coder_; }

  static std::vector<std::string> coded(Document& doc) {
    coder_->code(doc);
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.source.code + ">" + e.target.code + " " + e.cameo);
    return out;
  }
  static Coder* coder_;
};
Coder* PetrarchCoderTest::coder_ = nullptr;

// "Ruritania <verb> <rest...> Freedonia", actors on the first and last token.
Document sentence(const std::vector<std::string>& rows) {
  Document doc;
  doc.id = "t";
  doc.date = "2020-05-01";
  add_sentence(doc, rows);
  add_actor(doc, 0, 0, 1, "RUR", "RUR");
  add_actor(doc, 0, static_cast<uint32_t>(rows.size() - 1), static_cast<uint32_t>(rows.size()), "FRE", "FRE");
  return doc;
}

TEST_F(PetrarchCoderTest, ThePetrarchVerbReplacesOurPatterns) {
  const std::vector<Pattern>* greet = coder_->lexicon().verbs("greet");
  ASSERT_NE(greet, nullptr);
  ASSERT_EQ(greet->size(), 1u);
  EXPECT_TRUE(greet->front().petrarch);
  ASSERT_NE(coder_->lexicon().petrarch(), nullptr);
}

TEST_F(PetrarchCoderTest, PairedCodesGiveTheTargetsEventBack) {
  Document doc = sentence({"Ruritania Ruritania PROPN 2 nsubj", "headed head VERB 0 root VBD Tense=Past",
                           "off off ADP 2 compound:prt", "to to ADP 5 case", "Freedonia Freedonia PROPN 2 obl"});
  EXPECT_THAT(coded(doc), ::testing::UnorderedElementsAre("RUR>FRE 032", "FRE>RUR 033"));
}

TEST_F(PetrarchCoderTest, CompoundSubjectActsOnItself) {
  Document doc = sentence({"Ruritania Ruritania PROPN 4 nsubj", "and and CCONJ 3 cc", "Freedonia Freedonia PROPN 1 conj",
                           "greet greet VERB 0 root"});
  doc.mentions.pop_back();
  add_actor(doc, 0, 2, 3, "FRE", "FRE");
  EXPECT_THAT(coded(doc), ::testing::UnorderedElementsAre("RUR>FRE 046", "FRE>RUR 046"));
}

TEST_F(PetrarchCoderTest, NegationIsCodedByThePatternNotDropped) {
  Document doc = sentence({"Ruritania Ruritania PROPN 4 nsubj", "did do AUX 4 aux", "n't not PART 4 advmod",
                           "greet greet VERB 0 root", "Freedonia Freedonia PROPN 4 obj"});
  EXPECT_THAT(coded(doc), ::testing::ElementsAre("RUR>FRE 045"));
}

TEST_F(PetrarchCoderTest, CodesOutsideCameoPassAndNullCodesCodeNothing) {
  Document doc = sentence({"Ruritania Ruritania PROPN 2 nsubj", "severed sever VERB 0 root", "Freedonia Freedonia PROPN 2 obj"});
  coder_->code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].cameo, "1717");
  EXPECT_EQ(doc.events[0].quad_class, 0);
  EXPECT_THAT(doc.events[0].rule, ::testing::HasSubstr(".txt:"));
  Document none = sentence({"Ruritania Ruritania PROPN 2 nsubj", "severed sever VERB 0 root", "nothing nothing PRON 2 obj",
                            "with with ADP 5 case", "Freedonia Freedonia PROPN 2 obl"});
  EXPECT_THAT(coded(none), ::testing::IsEmpty());
}

}  // namespace
}  // namespace entente::coding
