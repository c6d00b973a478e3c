#include "coding/event_merge.h"

#include <gtest/gtest.h>

namespace entente::coding {
namespace {

Event make(std::string source, std::string target, std::string cameo, std::string date, uint32_t sentence) {
  Event e;
  e.doc_id = "d";
  e.source.code = std::move(source);
  e.target.code = std::move(target);
  e.cameo = std::move(cameo);
  e.date = std::move(date);
  e.mentions.push_back({sentence, {sentence * 10, sentence * 10 + 5}, "s"});
  return e;
}

TEST(EventMergeTest, SameKeyIsOneEventWithBothMentions) {
  std::vector<Event> out = merge_events({make("CHN", "VNM", "054", "1950", 0), make("CHN", "VNM", "054", "1950", 3)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].mentions.size(), 2u);
  EXPECT_FALSE(out[0].event_id.empty());
}

TEST(EventMergeTest, CoarseDatePoolsIntoTheFinerDateOfTheSameEvent) {
  std::vector<Event> out =
      merge_events({make("CHN", "VNM", "054", "1950", 1), make("CHN", "VNM", "054", "1950-01-18", 5)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].date, "1950-01-18");
  EXPECT_EQ(out[0].mentions.size(), 2u);
}

TEST(EventMergeTest, OtherYearCodeOrDyadStaysApart) {
  std::vector<Event> out = merge_events({make("CHN", "VNM", "054", "1951", 1), make("CHN", "VNM", "054", "1950-01-18", 2),
                                         make("CHN", "VNM", "057", "1950", 3), make("VNM", "CHN", "054", "1950", 4)});
  EXPECT_EQ(out.size(), 4u);
}

}  // namespace
}  // namespace entente::coding
