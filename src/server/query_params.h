#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

// Validation of HTTP query parameters. Every parser either returns a clean,
// normalised value or throws ParamError naming the parameter and the reason,
// which the server answers as 400 {"error": reason, "parameter": name}.
namespace entente::server {

struct ParamError : std::runtime_error {
  ParamError(std::string parameter, const std::string& reason)
      : std::runtime_error(reason), parameter(std::move(parameter)) {}
  std::string parameter;
};

// Query parameters as cpp-httplib delivers them (already percent-decoded).
using Params = std::multimap<std::string, std::string>;

// The single value of `name`, or nullopt when absent. Throws when the
// parameter is repeated, empty, or not valid UTF-8.
std::optional<std::string> single(const Params& params, const std::string& name);

// Throws ParamError for any parameter not in `known` (a typo such as
// `acter=` would otherwise silently widen the query).
void reject_unknown(const Params& params, std::initializer_list<std::string_view> known);

// A page size: decimal integer in [1, max]; `fallback` when absent.
int parse_limit(const Params& params, int fallback, int max);

// A CAMEO actor code such as CHN or CHNGOV: 3-letter segments of A-Z or
// digits, at most 5 segments. Lower case is accepted and upper-cased.
std::string parse_actor_code(const std::string& parameter, std::string_view value);

// "A,B": two actor codes.
std::pair<std::string, std::string> parse_dyad(std::string_view value);

// A date bound YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), returned
// unchanged. compare_bounds() checks from <= to at their own precisions.
std::string parse_date(const std::string& parameter, std::string_view value);
// Throws ParamError("from") when the period `from` starts after `to` ends.
void check_date_order(const std::string& from, const std::string& to);

// A CAMEO root code "01".."20" (a single digit is zero-padded).
std::string parse_cameo_root(std::string_view value);

// A quad class 1..4.
int parse_quad(std::string_view value);

// A period for aggregation: year, month or day.
std::string parse_period(std::string_view value);

// Free text for actor search: 1..100 bytes, no control characters.
std::string parse_search_text(std::string_view value);

// A document id taken from the URL path: 1..256 bytes of valid UTF-8, no
// control characters, no '/' and not "." or "..".
std::string parse_document_id(std::string_view value);

}  // namespace entente::server
