#include "coding/dates.h"

#include <gtest/gtest.h>

#include "coding/test_document.h"

namespace entente::coding {
namespace {

// A one-sentence document from space-separated words (no parse needed).
Document words(const std::string& text) {
  Document doc;
  testing::Rows rows;
  std::istringstream in(text);
  for (std::string w; in >> w;) rows.push_back(w + " " + w + " X 0 dep");
  testing::add_sentence(doc, rows);
  return doc;
}

std::vector<DateMention> dates_in(const std::string& text, const std::string& pub = "2025-04-16",
                                  const DateValue& context = {}) {
  Document doc = words(text);
  return find_dates(doc, 0, pub, context);
}

TEST(Dates, AbsoluteDay) {
  auto d = dates_in("On January 18 , 1950 , the two states agreed");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value.iso, "1950-01-18");
  EXPECT_EQ(d[0].value.precision, "day");
  EXPECT_EQ(d[0].source, "text");
  EXPECT_EQ(dates_in("on 3 March 2021")[0].value.iso, "2021-03-03");
}

TEST(Dates, PartialMonthYearDecade) {
  auto month = dates_in("In December 2024 , they signed");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].value.iso, "2024-12");
  EXPECT_EQ(month[0].value.precision, "month");
  auto year = dates_in("relations began in 1960 and grew");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].value.iso, "1960");
  EXPECT_EQ(year[0].value.precision, "year");
  auto decade = dates_in("trade boomed in the 1970s");
  ASSERT_EQ(decade.size(), 1u);
  EXPECT_EQ(decade[0].value.iso, "197");
  EXPECT_EQ(decade[0].value.precision, "decade");
  auto numeric = dates_in("the state visit ( 9/2024 ) began");
  ASSERT_EQ(numeric.size(), 1u);
  EXPECT_EQ(numeric[0].value.iso, "2024-09");
}

TEST(Dates, NumbersThatAreNotDates) {
  EXPECT_TRUE(dates_in("over 5000 soldiers and 10000 students").empty());
  EXPECT_TRUE(dates_in("officials may visit soon").empty());
}

TEST(Dates, RelativeToPublication) {
  // 2025-04-16 was a Wednesday.
  auto y = dates_in("yesterday the minister left");
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(y[0].value.iso, "2025-04-15");
  EXPECT_EQ(y[0].source, "publication");
  EXPECT_EQ(dates_in("on Monday the talks began")[0].value.iso, "2025-04-14");
  EXPECT_EQ(dates_in("on Wednesday the talks began")[0].value.iso, "2025-04-16");
  EXPECT_EQ(dates_in("last Wednesday they met")[0].value.iso, "2025-04-09");
  auto ly = dates_in("last year trade grew");
  EXPECT_EQ(ly[0].value.iso, "2024");
  EXPECT_EQ(ly[0].value.precision, "year");
  EXPECT_EQ(dates_in("earlier this year they met")[0].value.iso, "2025");
  EXPECT_EQ(dates_in("last month they met")[0].value.iso, "2025-03");
  EXPECT_EQ(dates_in("last week they met")[0].value.iso, "2025-04");
  EXPECT_TRUE(dates_in("yesterday they met", "").empty());  // no publication date: unresolved
}

TEST(Dates, CarriedFromContext) {
  DateValue context{"1960-08-02", "day"};
  auto d = dates_in("That year , trade grew", "2025-04-16", context);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].value.iso, "1960");
  EXPECT_EQ(d[0].value.precision, "year");
  EXPECT_EQ(d[0].source, "context");
  // A month and day without a year take the context's year.
  EXPECT_EQ(dates_in("On March 3rd they met", "2025-04-16", context)[0].value.iso, "1960-03-03");
  EXPECT_TRUE(dates_in("That year , trade grew").empty());  // nothing to carry
}

TEST(Dates, CalendarArithmetic) {
  EXPECT_EQ(civil_from_days(days_from_civil(2024, 2, 28) + 1), "2024-02-29");
  EXPECT_EQ(civil_from_days(days_from_civil(2025, 1, 1) - 1), "2024-12-31");
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(truncate_date("2024-12-05", "month"), "2024-12");
  EXPECT_EQ(truncate_date("1975", "decade"), "197");
  EXPECT_EQ(truncate_date("1975", "day"), "");
}

}  // namespace
}  // namespace entente::coding
