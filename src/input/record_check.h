#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace entente::input {

// True when `date` is a real calendar date written YYYY-MM-DD (an optional
// time part after 'T' or ' ' is accepted and ignored).
bool is_valid_iso_date(std::string_view date);

// The YYYY-MM-DD prefix of a valid date, or nullopt.
std::optional<std::string> iso_day(std::string_view date);

// Empty when `text` is valid UTF-8, else a reason naming the first bad byte offset.
std::string utf8_problem(std::string_view text);

}  // namespace entente::input
