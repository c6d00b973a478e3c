#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

// Finding and resolving date expressions in a sentence: absolute ("January
// 18, 1950"), partial ("in December 2024", "in 1960", "the 1970s"), numeric
// ("9/2024"), relative to publication ("yesterday", "last week", "on Monday",
// "earlier this year") and anaphoric ("that year", carried from context).
namespace entente::coding {

struct DateValue {
  std::string iso;        // "1950-01-18", "2024-12", "1960", decade "197"; empty = unknown
  std::string precision;  // day | month | year | decade
  bool empty() const { return iso.empty(); }
};

struct DateMention {
  uint32_t token_begin = 0, token_end = 0;  // document token range of the expression
  DateValue value;
  std::string source;  // "text" (stated), "publication" (relative to the publication date), "context" (anaphoric)
};

// Every date expression of sentence `s`, left to right. `publication` is the
// document date (YYYY-MM-DD, may be empty: relative expressions then resolve
// to nothing); `context` the last date stated before this sentence (may be
// empty), used by "that year" and by month/day mentions without a year.
std::vector<DateMention> find_dates(const Document& doc, uint32_t s, std::string_view publication,
                                    const DateValue& context);

// `date` truncated to `precision` (day|month|year|decade); "" when `date` is shorter.
std::string truncate_date(std::string_view date, std::string_view precision);

// Days since 1970-01-01 for a valid civil date, and back (proleptic Gregorian).
int64_t days_from_civil(int y, unsigned m, unsigned d);
std::string civil_from_days(int64_t days);  // "YYYY-MM-DD"

}  // namespace entente::coding
