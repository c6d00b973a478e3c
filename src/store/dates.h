#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Dates of different precisions ("1979", "1979-02", "1979-02-17") as day
// ranges, so that they compare correctly as ISO strings.
namespace entente::store {

struct DayRange {
  std::string first, last;  // "YYYY-MM-DD", inclusive
};

// The days an event date covers at its precision (day | month | year |
// decade; inferred from the length of `date` when empty). nullopt when the
// date is not a real calendar date of that shape.
std::optional<DayRange> days_of(std::string_view date, std::string_view precision = {});

// The first / last day of a query bound YYYY, YYYY-MM or YYYY-MM-DD.
// Throws QueryError(parameter) when the bound is not a real date.
std::string bound_first_day(const std::string& parameter, std::string_view bound);
std::string bound_last_day(const std::string& parameter, std::string_view bound);

// `date` (YYYY, YYYY-MM or YYYY-MM-DD) moved by `days` (negative = earlier):
// the first day of its period is moved and the result cut back to the
// date's own length ("1979-02" moved by -40 days -> "1978-12"). nullopt when
// `date` is not a date or the result falls before year 1.
std::optional<std::string> shift_days(std::string_view date, int64_t days);

// Days since 1970-01-01 of the first day of `date`'s period; nullopt when not a date.
std::optional<int64_t> day_number(std::string_view date);

}  // namespace entente::store
