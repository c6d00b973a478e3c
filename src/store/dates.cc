#include "store/dates.h"

#include <charconv>
#include <cstdio>

#include "store/store.h"

namespace entente::store {

namespace {

bool parse_number(std::string_view text, int& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

bool is_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string format_day(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Splits YYYY[-MM[-DD]]; missing parts are 0. False unless a real date.
bool split_date(std::string_view date, int& year, int& month, int& day) {
  year = month = day = 0;
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!is_digits(date.substr(0, 4)) || !parse_number(date.substr(0, 4), year)) return false;
  if (date.size() >= 7) {
    if (date[4] != '-' || !is_digits(date.substr(5, 2))) return false;
    parse_number(date.substr(5, 2), month);
    if (month < 1 || month > 12) return false;
  }
  if (date.size() == 10) {
    if (date[7] != '-' || !is_digits(date.substr(8, 2))) return false;
    parse_number(date.substr(8, 2), day);
    if (day < 1 || day > days_in_month(year, month)) return false;
  }
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back
// (H. Hinnant's civil-calendar algorithms).
int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t& y, int& m, int& d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = yoe + era * 400 + (m <= 2);
}

}  // namespace

std::optional<std::string> shift_days(std::string_view date, int64_t days) {
  int year, month, day;
  if (!split_date(date, year, month, day)) return std::nullopt;
  int64_t moved = days_from_civil(year, month ? month : 1, day ? day : 1) + days;
  int64_t y;
  int m, d;
  civil_from_days(moved, y, m, d);
  if (y < 1 || y > 9999) return std::nullopt;
  return format_day(static_cast<int>(y), m, d).substr(0, date.size());
}

std::optional<int64_t> day_number(std::string_view date) {
  int year, month, day;
  if (!split_date(date, year, month, day)) return std::nullopt;
  return days_from_civil(year, month ? month : 1, day ? day : 1);
}

std::optional<DayRange> days_of(std::string_view date, std::string_view precision) {
  int year, month, day;
  if (!split_date(date, year, month, day)) return std::nullopt;
  if (precision.empty()) precision = day ? "day" : month ? "month" : "year";
  if (precision == "day" && day) return DayRange{format_day(year, month, day), format_day(year, month, day)};
  if (precision == "month" && month)
    return DayRange{format_day(year, month, 1), format_day(year, month, days_in_month(year, month))};
  if (precision == "year") return DayRange{format_day(year, 1, 1), format_day(year, 12, 31)};
  if (precision == "decade") {
    int first = year - year % 10;
    return DayRange{format_day(first, 1, 1), format_day(first + 9, 12, 31)};
  }
  return std::nullopt;  // a precision finer than the date, or unknown
}

std::string bound_first_day(const std::string& parameter, std::string_view bound) {
  auto days = days_of(bound);
  if (!days) throw QueryError(parameter, "not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return days->first;
}

std::string bound_last_day(const std::string& parameter, std::string_view bound) {
  auto days = days_of(bound);
  if (!days) throw QueryError(parameter, "not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return days->last;
}

}  // namespace entente::store
