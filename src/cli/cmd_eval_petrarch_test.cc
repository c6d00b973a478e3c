// entente eval-petrarch through the built binary, on made-up records and
// dictionaries in PETRARCH's formats.
#include <string>

#include "cli/binary_test_fixture.h"

namespace entente::cli {
namespace {

class EvalPetrarchTest : public BinaryTest {
 protected:
  // Records naming their dictionaries in <Environment>, as PETRARCH's do.
  std::filesystem::path write_suite() {
    write("test.actors.txt", "RURITANIA_ [RUR]\nFREEDONIA_ [FRE]\n");
    write("test.agents.txt", "MINISTER [~GOV]\n");
    write("test.verbs.txt", "--- CRITICIZE [1234] ---\nCRITICIZE\n- * SHARPLY [1235]\n");
    write("test.discards.txt", "CROQUET\n");
    return write("records.xml", R"(<Validation>
<Environment>
  <Verbfile>test.verbs.txt</Verbfile><Actorfile>test.actors.txt</Actorfile>
  <Agentfile>test.agents.txt</Agentfile><Discardfile>test.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20010503" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="1234"></EventCoding>
<Text>Ruritania criticized Freedonia on Monday.</Text>
</Sentence>
<Sentence date="20010504" id="T-2" category="DEMO" sentence="true">
<EventCoding sourcecode="FRE" targetcode="RUR" eventcode="1235"></EventCoding>
<Text>Freedonia criticized Ruritania sharply on Tuesday.</Text>
</Sentence>
<Sentence date="20010505" id="T-3" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Ruritania criticized Freedonia at the croquet final.</Text>
</Sentence>
</Sentences></Validation>)");
  }
};

TEST_F(EvalPetrarchTest, UsesTheDictionariesTheRecordsName) {
  std::filesystem::path xml = write_suite();
  int status = 0;
  std::string out = run("eval-petrarch " + xml.string(), status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("full code    100.0%  (2/2)"), std::string::npos) << out;
  EXPECT_NE(out.find("no-event records left empty 1/1"), std::string::npos) << out;
  EXPECT_NE(out.find("records discarded by the discard list 1"), std::string::npos) << out;
}

TEST_F(EvalPetrarchTest, OwnLexiconLeavesPetrarchVerbsAside) {
  std::filesystem::path xml = write_suite();
  int status = 0;
  std::string out = run("eval-petrarch --own-lexicon " + xml.string(), status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("full code      0.0%  (0/2)"), std::string::npos) << out;  // 1234 is no code of ours
  EXPECT_EQ(out.find("discarded"), std::string::npos) << out;
}

TEST_F(EvalPetrarchTest, MissingDictionaryIsAUsageError) {
  std::filesystem::path xml = write_suite();
  std::filesystem::remove(dir_ / "test.discards.txt");
  int status = 0;
  run("eval-petrarch " + xml.string(), status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace entente::cli
