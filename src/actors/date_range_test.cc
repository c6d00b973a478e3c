#include "actors/date_range.h"

#include <gtest/gtest.h>

namespace entente::actors {
namespace {

TEST(DateRange, PeriodsCoverTheirWholeSpan) {
  EXPECT_EQ(parse_period("2025")->from, 20250101);
  EXPECT_EQ(parse_period("2025")->to, 20251231);
  EXPECT_EQ(parse_period("2024-02")->to, 20240229);
  EXPECT_EQ(parse_period("2023-02")->to, 20230228);
  EXPECT_EQ(parse_period("2025-04-14")->from, 20250414);
  EXPECT_EQ(parse_period("20250414")->to, 20250414);
}

TEST(DateRange, RejectsMalformedDates) {
  for (const char* bad : {"", "25", "2025-13", "2025-02-30", "2025/04/14", "abcd", "2025-4-1"})
    EXPECT_FALSE(parse_period(bad)) << bad;
  EXPECT_FALSE(parse_range("2020..x"));
}

TEST(DateRange, RangesAreInclusiveWithOpenEnds) {
  DateRange range = *parse_range("1945-09-02..1969");
  EXPECT_TRUE(range.contains(19450902));
  EXPECT_TRUE(range.contains(19691231));
  EXPECT_FALSE(range.contains(19700101));
  DateRange open_end = *parse_range("2013-03-14..");
  EXPECT_TRUE(open_end.contains(29991231));
  EXPECT_EQ(open_end.text(), "2013-03-14..");
  EXPECT_TRUE(DateRange{}.open());
  EXPECT_GT(range.overlap_days(19690902, 19700101), 100);
  EXPECT_EQ(range.overlap_days(19700101, 19710101), 0);
}

}  // namespace
}  // namespace entente::actors
