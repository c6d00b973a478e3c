#include "server/query_params.h"

#include <algorithm>
#include <charconv>

#include "input/record_check.h"

namespace entente::server {

namespace {

bool is_upper_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool has_control_chars(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// Parses all of `text` as a non-negative decimal number, or returns false.
bool parse_digits(std::string_view text, int& out) {
  if (text.empty() || text.size() > 9) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && text.front() != '+' &&
         text.front() != '-';
}

// The last day of a bound, e.g. "2025" -> "2025-12-31", so that bounds of
// different precisions compare as strings.
std::string period_end(const std::string& date) {
  if (date.size() == 4) return date + "-12-31";
  if (date.size() == 7) return date + "-31";
  return date;
}

}  // namespace

std::optional<std::string> single(const Params& params, const std::string& name) {
  auto [first, last] = params.equal_range(name);
  if (first == last) return std::nullopt;
  if (std::next(first) != last) throw ParamError(name, "parameter given more than once");
  const std::string& value = first->second;
  if (value.empty()) throw ParamError(name, "empty value");
  if (!input::utf8_problem(value).empty()) throw ParamError(name, "not valid UTF-8");
  return value;
}

void reject_unknown(const Params& params, std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : params) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string shown = input::utf8_problem(name).empty() && name.size() <= 64 ? name : "?";
      throw ParamError(shown, "unknown parameter");
    }
  }
}

int parse_limit(const Params& params, int fallback, int max) {
  auto value = single(params, "limit");
  if (!value) return fallback;
  int limit = 0;
  if (!parse_digits(*value, limit)) throw ParamError("limit", "not a positive integer");
  if (limit < 1 || limit > max)
    throw ParamError("limit", "must be between 1 and " + std::to_string(max));
  return limit;
}

std::string parse_actor_code(const std::string& parameter, std::string_view value) {
  std::string code(value);
  std::transform(code.begin(), code.end(), code.begin(),
                 [](char c) { return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c; });
  if (code.size() < 3 || code.size() > 15 || code.size() % 3 != 0 ||
      !std::all_of(code.begin(), code.end(), is_upper_alnum))
    throw ParamError(parameter, "not a CAMEO actor code (3-letter segments such as CHN or CHNGOV)");
  return code;
}

std::pair<std::string, std::string> parse_dyad(std::string_view value) {
  size_t comma = value.find(',');
  if (comma == std::string_view::npos || value.find(',', comma + 1) != std::string_view::npos)
    throw ParamError("dyad", "expected two actor codes separated by a comma, e.g. CHN,VNM");
  return {parse_actor_code("dyad", value.substr(0, comma)),
          parse_actor_code("dyad", value.substr(comma + 1))};
}

std::string parse_date(const std::string& parameter, std::string_view value) {
  auto bad = [&] { return ParamError(parameter, "not a date (YYYY, YYYY-MM or YYYY-MM-DD)"); };
  int year = 0, month = 1;
  if (value.size() != 4 && value.size() != 7 && value.size() != 10) throw bad();
  if (!parse_digits(value.substr(0, 4), year)) throw bad();
  if (value.size() >= 7) {
    if (value[4] != '-' || !parse_digits(value.substr(5, 2), month) || month < 1 || month > 12)
      throw bad();
  }
  if (value.size() == 10 && !input::is_valid_iso_date(value)) throw bad();
  return std::string(value);
}

void check_date_order(const std::string& from, const std::string& to) {
  if (from > period_end(to)) throw ParamError("from", "'from' is after 'to'");
}

std::string parse_cameo_root(std::string_view value) {
  int root = 0;
  if (value.size() > 2 || !parse_digits(value, root) || root < 1 || root > 20)
    throw ParamError("root", "not a CAMEO root code (01 to 20)");
  std::string code = std::to_string(root);
  return code.size() == 1 ? "0" + code : code;
}

int parse_quad(std::string_view value) {
  int quad = 0;
  if (value.size() != 1 || !parse_digits(value, quad) || quad < 1 || quad > 4)
    throw ParamError("quad", "not a quad class (1 to 4)");
  return quad;
}

std::string parse_period(std::string_view value) {
  if (value != "year" && value != "month" && value != "day")
    throw ParamError("by", "must be year, month or day");
  return std::string(value);
}

std::string parse_search_text(std::string_view value) {
  if (value.size() > 100) throw ParamError("q", "longer than 100 bytes");
  if (has_control_chars(value)) throw ParamError("q", "contains control characters");
  return std::string(value);
}

std::string parse_document_id(std::string_view value) {
  if (value.empty() || value.size() > 256) throw ParamError("id", "document id must be 1 to 256 bytes");
  if (!input::utf8_problem(value).empty()) throw ParamError("id", "document id is not valid UTF-8");
  if (has_control_chars(value) || value.find('/') != std::string_view::npos || value == "." ||
      value == "..")
    throw ParamError("id", "document id contains a path separator or control characters");
  return std::string(value);
}

}  // namespace entente::server
