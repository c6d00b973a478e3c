#include "pipeline/engine.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace entente::pipeline {
namespace {

const std::filesystem::path kShared = std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared";

TEST(Engine, MissingModelsNameTheFolder) {
  try {
    Engine::load({"/nonexistent/models", {}, ""});
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("/nonexistent/models"));
  }
}

// End to end on the example articles: needs ../shared and trained models.
class ExamplesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kShared / "examples" / "examples.jsonl")) GTEST_SKIP() << "needs ../shared (absent)";
    try {
      engine_ = Engine::load({});
    } catch (const std::exception& e) {
      GTEST_SKIP() << "needs trained models: " << e.what();
    }
  }
  Document example(const std::string& id) {
    std::ifstream in(kShared / "examples" / "examples.jsonl");
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line);
      if (j.value("id", "") != id) continue;
      Document doc;
      doc.id = id;
      doc.date = j.value("date", "");
      doc.text = j.value("text", "");
      engine_->process(doc);
      return doc;
    }
    ADD_FAILURE() << "no example " << id;
    return {};
  }
  static bool has(const Document& doc, const std::string& source_country, const std::string& target_country,
                  const std::string& root, const std::string& date) {
    for (const Event& e : doc.events)
      if (e.source.country == source_country && e.target.country == target_country && e.cameo_root == root &&
          e.date == date)
        return true;
    return false;
  }
  std::unique_ptr<Engine> engine_;
};

TEST_F(ExamplesTest, ChinaVietnamHistoryOnItsOwnDates) {
  Document doc = example("china-vietnam-75-years");
  EXPECT_TRUE(has(doc, "CHN", "VNM", "05", "1950-01-18"));  // diplomatic recognition, both ways
  EXPECT_TRUE(has(doc, "VNM", "CHN", "05", "1950-01-18"));
  EXPECT_TRUE(has(doc, "CHN", "VNM", "05", "2024-12"));     // agreement signed, both ways
  EXPECT_TRUE(has(doc, "VNM", "CHN", "05", "2024-12"));
  bool visit_in_hanoi = false;
  for (const Event& e : doc.events)
    visit_in_hanoi |= e.cameo == "042" && e.source.country == "CHN" && e.target.country == "VNM" &&
                      e.location.name == "Hanoi" && e.date == "2025-04-14";
  EXPECT_TRUE(visit_in_hanoi);
  for (const Event& e : doc.events) {
    EXPECT_FALSE(e.event_id.empty());
    EXPECT_GE(e.confidence, 0.0);
    EXPECT_LE(e.confidence, 1.0);
    ASSERT_FALSE(e.mentions.empty());
    EXPECT_EQ(doc.text.substr(e.mentions[0].span.begin, e.mentions[0].span.size()), e.mentions[0].text);
  }
}

TEST_F(ExamplesTest, RecodingGivesTheSameIds) {
  Document a = example("vietnam-cuba-65-years");
  Document b = example("vietnam-cuba-65-years");
  ASSERT_EQ(a.events.size(), b.events.size());
  for (size_t i = 0; i < a.events.size(); ++i) EXPECT_EQ(a.events[i].event_id, b.events[i].event_id);
  bool cuba_aid = false;
  for (const Event& e : a.events) cuba_aid |= e.source.country == "CUB" && e.target.country == "VNM" && e.cameo_root == "07";
  EXPECT_TRUE(cuba_aid);
}

}  // namespace
}  // namespace entente::pipeline
