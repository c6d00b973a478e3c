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

}  // namespace

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

std::string years_before(std::string_view day, int years) {
  int year = 0;
  parse_number(day.substr(0, 4), year);
  year = year > years ? year - years : 0;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", year);
  return std::string(buffer) + std::string(day.substr(4));
}

}  // namespace entente::store
