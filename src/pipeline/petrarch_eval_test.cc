#include "pipeline/petrarch_eval.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace entente::pipeline {
namespace {

TEST(PetrarchRecords, ReadsCodingsTextAndEnvironment) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("entente_petrarch_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / "records.xml";
  std::ofstream(file) << R"(<Validation>
<Environment><Actorfile>my.actors.txt</Actorfile>
  <Verbfile>my.verbs.txt</Verbfile> <Discardfile> my.discards.txt </Discardfile></Environment>
<Sentences>
<Sentence date="19950103" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="042"></EventCoding>
<Text>
Ruritania's envoy visited
Freedonia.
</Text>
</Sentence>
<Sentence date = "19950104" id ="T-02" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950105" id="T-03" category="ERROR" sentence="true">
<EventCoding error="True"></EventCoding>
<Text>Broken.</Text>
</Sentence>
</Sentences></Validation>)";
  PetrarchFiles files = read_petrarch_records(file);
  ASSERT_EQ(files.records.size(), 2u);  // the error record is skipped
  EXPECT_EQ(files.actor_file, dir / "my.actors.txt");
  EXPECT_EQ(files.verb_file, dir / "my.verbs.txt");
  EXPECT_EQ(files.discard_file, dir / "my.discards.txt");
  EXPECT_TRUE(files.agent_file.empty());
  const PetrarchRecord& r = files.records[0];
  EXPECT_EQ(r.id, "T-01");
  EXPECT_EQ(r.date, "1995-01-03");
  EXPECT_EQ(r.text, "Ruritania's envoy visited Freedonia.");
  ASSERT_EQ(r.expected.size(), 1u);
  EXPECT_EQ(r.expected[0].source, "RUR");
  EXPECT_EQ(r.expected[0].code, "042");
  EXPECT_TRUE(files.records[1].no_events);
  EXPECT_EQ(files.records[1].id, "T-02");
  std::filesystem::remove_all(dir);
}

TEST(PetrarchRecords, PlainActors) {
  EXPECT_TRUE(is_plain_actor("DAG"));
  EXPECT_TRUE(is_plain_actor("DAGGOV"));
  EXPECT_FALSE(is_plain_actor("DAGMIL"));
  EXPECT_FALSE(is_plain_actor("IGOUNO"));
}

TEST(PetrarchRecords, UnreadableFileSaysWhich) {
  EXPECT_THROW(read_petrarch_records("/nonexistent/records.xml"), std::runtime_error);
}

}  // namespace
}  // namespace entente::pipeline
