#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Dates as yyyymmdd integers and the ranges roles are valid in.
namespace entente::actors {

// An inclusive range of days as yyyymmdd. Open ends are 0 and 99999999.
struct DateRange {
  int32_t from = 0;
  int32_t to = 99999999;
  bool open() const { return from == 0 && to == 99999999; }
  bool contains(int32_t day) const { return from <= day && day <= to; }
  // Days (approximately) shared with [from, to]; 0 when disjoint.
  int64_t overlap_days(int32_t from, int32_t to) const;
  std::string text() const;  // "2013-03-14..", "..1969-09-02", "" when open
};

// The first and last day of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (also "YYYYMMDD");
// nullopt when malformed.
std::optional<DateRange> parse_period(std::string_view iso_date);

// "2013-03-14..", "1945..1969-09-02", "..1991" -> a range; nullopt when malformed.
std::optional<DateRange> parse_range(std::string_view text);

}  // namespace entente::actors
