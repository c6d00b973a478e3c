// `entente actors` and `entente dict` through the real binary: the actors
// JSON Lines are a contract used by external evaluation.
#include <gtest/gtest.h>

#include "cli/binary_test_fixture.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;

using ActorsCommand = entente::cli::BinaryTest;

// Made-up news text.
const char* kRecord =
    R"({"id": "d1", "date": "2025-05-02", "text": "Cuban Foreign Minister Bruno Rodriguez met Chinese officials in Beijing. Rodriguez praised the Vienna talks."})"
    "\n";

TEST_F(ActorsCommand, WritesOneJsonLinePerMentionWithTheContractFields) {
  fs::path input = write("in.jsonl", kRecord);
  int status = -1;
  std::string out = run("actors --no-nlp " + input.string(), status);
  EXPECT_EQ(status, 0);
  std::vector<nlohmann::json> lines;
  for (size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(nlohmann::json::parse(out.substr(start, end - start)));
  ASSERT_GE(lines.size(), 3u) << out;
  for (const char* field : {"doc_id", "sentence", "start", "end", "text", "code", "country", "role", "rule"})
    EXPECT_TRUE(lines[0].contains(field)) << field;
  std::string text = nlohmann::json::parse(std::string(kRecord))["text"];
  EXPECT_EQ(lines[0]["doc_id"], "d1");
  EXPECT_EQ(lines[0]["text"], "Cuban Foreign Minister Bruno Rodriguez");
  EXPECT_EQ(text.substr(lines[0]["start"], size_t(lines[0]["end"]) - size_t(lines[0]["start"])), lines[0]["text"]);
  EXPECT_EQ(lines[0]["code"], "CUBGOV");
  EXPECT_EQ(lines[1]["code"], "CHNGOV");  // "Chinese officials"; "in Beijing" is a place
  EXPECT_EQ(lines[2]["text"], "Rodriguez");
  EXPECT_EQ(lines[2]["rule"], "coref:surname");
  EXPECT_EQ(lines[2]["antecedent"], 0);
}

TEST_F(ActorsCommand, ActorsFileAddsADictionaryAtRunTime) {
  fs::path input = write("in.jsonl", R"({"id": "d2", "date": "2025-01-01", "text": "Zorbania protested."})" "\n");
  fs::path extra = write("mine.txt", "@kind country\nZorbania = CUB\n");
  int status = -1;
  EXPECT_EQ(run("actors --no-nlp " + input.string(), status), "");
  std::string out = run("actors --no-nlp --actors " + extra.string() + " " + input.string(), status);
  EXPECT_NE(out.find("\"code\":\"CUB\""), std::string::npos) << out;
  EXPECT_NE(out.find("mine.txt:2"), std::string::npos) << out;
}

TEST_F(ActorsCommand, DictCheckExitsOneAndNamesTheLine) {
  int status = -1;
  run("dict check", status);
  EXPECT_EQ(status, 0) << "the shipped dictionaries must pass their own check";
  fs::path bad = write("bad.txt", "@kind person\nSomebody = XXXGOV 2020..2010\n");
  std::string out = run("dict check --actors " + bad.string(), status);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.find("bad.txt:2: code 'XXXGOV': unknown part 'XXX'"), std::string::npos) << out;
  EXPECT_NE(out.find("inverted"), std::string::npos) << out;
}

TEST_F(ActorsCommand, UnknownListsNamesNoDictionaryKnows) {
  fs::path input = write("in.jsonl",
                         R"({"id": "d3", "date": "2025-01-01", "text": "Talks with Ruritania went well. Envoys from Ruritania and Cuba met."})"
                         "\n");
  int status = -1;
  std::string out = run("actors --no-nlp --unknown " + input.string(), status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("2\tRuritania\tTalks with Ruritania went well."), std::string::npos) << out;
  EXPECT_EQ(out.find("Cuba\t"), std::string::npos) << out;
}

TEST_F(ActorsCommand, UnknownWithTheParserListsOnlyNamesInActorPositions) {
  fs::path input = write("in.jsonl",
                         R"({"id": "d4", "date": "2025-01-01", "text": "The government of Ruritania criticized Cuba on Monday. )"
                         R"(Ruritania also condemned Krakozhia. Officials met in Zembla."})"
                         "\n");
  int status = -1;
  std::string out = run("actors --unknown " + input.string(), status);
  ASSERT_EQ(status, 0) << "the models in models/ must load";
  EXPECT_EQ(out.substr(0, out.find('\n')), "count\tname\tsample sentence");
  // "of Ruritania" modifies a noun (not counted); "Ruritania also condemned" is a subject.
  EXPECT_NE(out.find("1\tRuritania\tRuritania also condemned Krakozhia."), std::string::npos) << out;
  EXPECT_NE(out.find("1\tKrakozhia\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("Zembla\t"), std::string::npos) << "a place someone meets in is not an actor position\n" << out;
}

TEST_F(ActorsCommand, UnknownRefusesToRunWithoutTheParser) {
  fs::path input = write("in.jsonl", R"({"id": "d5", "text": "Ruritania protested."})" "\n");
  fs::create_directories(dir_ / "no-models");
  int status = -1;
  EXPECT_EQ(run("actors --unknown --models " + (dir_ / "no-models").string() + " " + input.string(), status), "");
  EXPECT_EQ(status, 2);
}

// A data folder written in the test: made-up people of two real countries.
TEST_F(ActorsCommand, DictCoverageCountsGovernmentPeopleOnTheDate) {
  fs::path data = dir_ / "data";
  fs::create_directories(data);
  std::ofstream(data / "codes.tsv") << "GOV\trole\tgovernment\nMIL\trole\tmilitary\n";
  std::ofstream(data / "people.txt") << "@kind person\n"
                                        "Ana Uno = CUBGOV 2019..\n"
                                        "Ben Dos = CUBGOV 2010..2020\n"
                                        "Cai Tres = VNMGOV 2015..\n"
                                        "Dan Cuatro = VNMMIL 2015..\n";
  std::ofstream(data / "un_members.tsv") << "# test members\nCUB\tCuba\nVNM\tViet Nam\n";
  int status = -1;
  std::string out = run("dict coverage --data " + data.string() + " --date 2020-06-01", status);
  EXPECT_EQ(status, 1) << "Viet Nam has one GOV person only\n" << out;
  EXPECT_NE(out.find("CUB\tCuba\t2\tAna Uno; Ben Dos\n"), std::string::npos) << out;
  EXPECT_NE(out.find("VNM\tViet Nam\t1\tCai Tres\n"), std::string::npos) << out;

  out = run("dict coverage --data " + data.string() + " --date 2021-01-01 --min 1", status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("CUB\tCuba\t1\tAna Uno\n"), std::string::npos) << out;

  run("dict coverage --data " + data.string() + " --date 2021-13-45", status);
  EXPECT_EQ(status, 2);
  std::ofstream(data / "un_members.tsv") << "QQQ\tNowhere\n";
  run("dict coverage --data " + data.string(), status);
  EXPECT_EQ(status, 2) << "an unknown member code is an error";
}

}  // namespace
