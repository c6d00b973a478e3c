#include "actors/date_range.h"

#include <charconv>

#include <fmt/format.h>

namespace entente::actors {

namespace {

bool parse_int(std::string_view s, int& value) {
  if (s.empty()) return false;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  return error == std::errc() && end == s.data() + s.size();
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Days since an arbitrary epoch, close enough for comparing overlaps.
int64_t day_number(int32_t yyyymmdd) {
  int64_t y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
  return y * 372 + m * 31 + d;
}

std::string format_day(int32_t day) {
  return fmt::format("{:04}-{:02}-{:02}", day / 10000, day / 100 % 100, day % 100);
}

}  // namespace

int64_t DateRange::overlap_days(int32_t other_from, int32_t other_to) const {
  int32_t lo = std::max(from, other_from), hi = std::min(to, other_to);
  if (lo > hi) return 0;
  return day_number(hi) - day_number(lo) + 1;
}

std::string DateRange::text() const {
  if (open()) return "";
  std::string out = from == 0 ? "" : format_day(from);
  out += "..";
  if (to != 99999999) out += format_day(to);
  return out;
}

std::optional<DateRange> parse_period(std::string_view s) {
  std::string compact;  // "YYYYMMDD" accepted too
  if (s.size() == 8 && s.find('-') == std::string_view::npos) {
    compact = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" + std::string(s.substr(6, 2));
    s = compact;
  }
  int year = 0, month = 0, day = 0;
  if (s.size() < 4 || !parse_int(s.substr(0, 4), year) || year < 1) return std::nullopt;
  if (s.size() == 4) return DateRange{year * 10000 + 101, year * 10000 + 1231};
  if (s.size() < 7 || s[4] != '-' || !parse_int(s.substr(5, 2), month) || month < 1 || month > 12)
    return std::nullopt;
  if (s.size() == 7) return DateRange{year * 10000 + month * 100 + 1, year * 10000 + month * 100 + days_in_month(year, month)};
  if (s.size() != 10 || s[7] != '-' || !parse_int(s.substr(8, 2), day) || day < 1 ||
      day > days_in_month(year, month))
    return std::nullopt;
  int32_t d = year * 10000 + month * 100 + day;
  return DateRange{d, d};
}

std::optional<DateRange> parse_range(std::string_view text) {
  size_t dots = text.find("..");
  if (dots == std::string_view::npos) return parse_period(text);  // a single period
  DateRange range;
  std::string_view from = text.substr(0, dots), to = text.substr(dots + 2);
  if (!from.empty()) {
    auto period = parse_period(from);
    if (!period) return std::nullopt;
    range.from = period->from;
  }
  if (!to.empty()) {
    auto period = parse_period(to);
    if (!period) return std::nullopt;
    range.to = period->to;
  }
  return range;
}

}  // namespace entente::actors
