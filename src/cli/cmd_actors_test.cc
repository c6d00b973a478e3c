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

}  // namespace
