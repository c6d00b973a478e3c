#include "store/dates.h"

#include <gtest/gtest.h>

#include "store/store.h"

namespace entente::store {
namespace {

TEST(Dates, DaysOfEachPrecision) {
  EXPECT_EQ(days_of("1979-02-17")->first, "1979-02-17");
  EXPECT_EQ(days_of("1979-02")->last, "1979-02-28");
  EXPECT_EQ(days_of("1980-02")->last, "1980-02-29");
  EXPECT_EQ(days_of("1900-02")->last, "1900-02-28");
  EXPECT_EQ(days_of("1979")->first, "1979-01-01");
  EXPECT_EQ(days_of("1979")->last, "1979-12-31");
  EXPECT_EQ(days_of("1979", "decade")->first, "1970-01-01");
  EXPECT_EQ(days_of("1979", "decade")->last, "1979-12-31");
  EXPECT_EQ(days_of("1979-02-17", "year")->last, "1979-12-31");
}

TEST(Dates, RejectsImpossibleDates) {
  EXPECT_FALSE(days_of("2025-13-45"));
  EXPECT_FALSE(days_of("2023-02-29"));
  EXPECT_FALSE(days_of("79"));
  EXPECT_FALSE(days_of("1979-2-1"));
  EXPECT_FALSE(days_of("1979", "day"));
  EXPECT_THROW(bound_first_day("from", "next year"), QueryError);
}

}  // namespace
}  // namespace entente::store

namespace entente::store {
namespace {

TEST(Dates, ShiftDaysKeepsPrecision) {
  EXPECT_EQ(shift_days("2000-03-01", -1), "2000-02-29");
  EXPECT_EQ(shift_days("1979-02", -40), "1978-12");
  EXPECT_EQ(shift_days("1979", -365), "1978");
  EXPECT_EQ(shift_days("1970-01-01", 0), "1970-01-01");
  EXPECT_EQ(shift_days("1950-01-01", 27394), "2025-01-01");
  EXPECT_FALSE(shift_days("0001-01-01", -1));
  EXPECT_FALSE(shift_days("not a date", 1));
}

}  // namespace
}  // namespace entente::store

namespace entente::store {
namespace {

TEST(Dates, DayNumber) {
  EXPECT_EQ(day_number("1970-01-01"), 0);
  EXPECT_EQ(day_number("1970-02"), 31);
  EXPECT_EQ(*day_number("2025-01-01") - *day_number("1950"), 27394);
  EXPECT_FALSE(day_number("1970-00"));
}

}  // namespace
}  // namespace entente::store
