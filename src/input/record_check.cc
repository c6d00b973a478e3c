#include "input/record_check.h"

#include <unicode/utf8.h>

#include <fmt/format.h>

namespace entente::input {

namespace {
bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
}  // namespace

bool is_valid_iso_date(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return false;
  if (date.size() > 10 && date[10] != 'T' && date[10] != ' ') return false;
  auto y = date.substr(0, 4), m = date.substr(5, 2), d = date.substr(8, 2);
  if (!digits(y) || !digits(m) || !digits(d)) return false;
  int year = to_int(y), month = to_int(m), day = to_int(d);
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

std::optional<std::string> iso_day(std::string_view date) {
  if (!is_valid_iso_date(date)) return std::nullopt;
  return std::string(date.substr(0, 10));
}

std::string utf8_problem(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return fmt::format("invalid UTF-8 at byte {}", at);
  }
  return {};
}

}  // namespace entente::input
