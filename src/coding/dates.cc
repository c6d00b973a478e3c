#include "coding/dates.h"

#include "coding/strings.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace entente::coding {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// 1..12 for a month name or common abbreviation ("Jan", "Sept."), else 0.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};
  std::string w = lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  for (int i = 0; i < 12; ++i) {
    if (w == kNames[i]) return i + 1;
    if (w.size() >= 3 && w.size() < kNames[i].size() && kNames[i].starts_with(w) && i != 4) {
      if (w.size() == 3 || (i == 8 && w == "sept")) return i + 1;
    }
  }
  return 0;
}

// 0..6 (Monday = 0) for a weekday name, else -1.
int weekday_number(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string w = lower(word);
  for (int i = 0; i < 7; ++i)
    if (w == kNames[i]) return i;
  return -1;
}

// A day of month ("18", "13th", "1st"), else 0.
int day_number(std::string_view word) {
  std::string_view digits = word;
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (word.size() > 2 && lower(word.substr(word.size() - 2)) == suffix) digits = word.substr(0, word.size() - 2);
  if (!all_digits(digits) || digits.size() > 2) return 0;
  int d = std::stoi(std::string(digits));
  return d >= 1 && d <= 31 ? d : 0;
}

// A plausible year in news text, else 0.
int year_number(std::string_view word) {
  if (word.size() != 4 || !all_digits(word)) return 0;
  int y = std::stoi(std::string(word));
  return y >= 1800 && y <= 2100 ? y : 0;
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string ymd(int y, int m, int d) { return std::to_string(y) + "-" + two(m) + "-" + two(d); }
std::string ym(int y, int m) { return std::to_string(y) + "-" + two(m); }

struct Civil {
  int y = 0, m = 0, d = 0;
};

bool parse_civil(std::string_view iso, Civil& c) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return false;
  if (!all_digits(iso.substr(0, 4)) || !all_digits(iso.substr(5, 2)) || !all_digits(iso.substr(8, 2))) return false;
  c = {std::stoi(std::string(iso.substr(0, 4))), std::stoi(std::string(iso.substr(5, 2))),
       std::stoi(std::string(iso.substr(8, 2)))};
  return c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= 31;
}

// Words that introduce a bare year or month as a time ("in 1960", "since May").
bool introduces_time(std::string_view word) {
  static constexpr std::array<std::string_view, 18> kWords = {
      "in", "since", "from", "until", "till", "to", "by", "during", "of", "before", "after",
      "throughout", "early", "late", "mid", "on", "(", "-"};
  std::string w = lower(word);
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

class Scanner {
 public:
  Scanner(const Document& doc, uint32_t s, std::string_view publication, const DateValue& context)
      : doc_(doc), begin_(doc.sentences[s].token_begin), end_(doc.sentences[s].token_end), context_(context) {
    has_pub_ = parse_civil(publication, pub_);
  }

  std::vector<DateMention> run() {
    for (uint32_t i = begin_; i < end_;) i = scan_at(i);
    return std::move(found_);
  }

 private:
  std::string_view word(uint32_t i) const { return i < end_ ? doc_.token_text(i) : std::string_view(); }
  std::string low(uint32_t i) const { return lower(word(i)); }

  void add(uint32_t b, uint32_t e, std::string iso, std::string precision, std::string source) {
    found_.push_back({b, e, {std::move(iso), std::move(precision)}, std::move(source)});
  }

  // The year a month or day without one belongs to: the context's, else publication's.
  int implied_year() const {
    if (context_.iso.size() >= 4 && context_.precision != "decade") return std::stoi(context_.iso.substr(0, 4));
    return has_pub_ ? pub_.y : 0;
  }

  // Scans for an expression starting at token i; returns the next token to scan.
  uint32_t scan_at(uint32_t i) {
    std::string_view w = word(i);
    if (int m = month_number(w); m > 0 && w.size() >= 3) {
      // "January 18, 1950" / "January 13th" / "December 2024" / "in May"
      if (int d = day_number(word(i + 1)); d > 0) {
        uint32_t j = i + 2;
        if (word(j) == ",") ++j;
        if (int y = year_number(word(j)); y > 0) return add(i, j + 1, ymd(y, m, d), "day", "text"), j + 1;
        if (int y = implied_year(); y > 0) return add(i, i + 2, ymd(y, m, d), "day", "text"), i + 2;
        return i + 2;
      }
      if (int y = year_number(word(i + 1)); y > 0) return add(i, i + 2, ym(y, m), "month", "text"), i + 2;
      bool capitalised = std::isupper(static_cast<unsigned char>(w[0]));
      if (capitalised && i > begin_ && introduces_time(word(i - 1)) && m != 5) {
        if (int y = implied_year(); y > 0) return add(i, i + 1, ym(y, m), "month", "text"), i + 1;
      }
      return i + 1;
    }
    if (int d = day_number(w); d > 0) {  // "18 January 1950"
      if (int m = month_number(word(i + 1)); m > 0 && word(i + 1).size() >= 3) {
        if (int y = year_number(word(i + 2)); y > 0) return add(i, i + 3, ymd(y, m, d), "day", "text"), i + 3;
        if (int y = implied_year(); y > 0) return add(i, i + 2, ymd(y, m, d), "day", "text"), i + 2;
      }
    }
    if (int y = year_number(w); y > 0) {
      if (i > begin_ && (introduces_time(word(i - 1)) || word(i - 1) == ",") ) return add(i, i + 1, std::to_string(y), "year", "text"), i + 1;
      return i + 1;
    }
    if (std::string s = low(i); s.size() == 5 && s.back() == 's' && year_number(s.substr(0, 4)) && s[3] == '0')
      return add(i, i + 1, s.substr(0, 3), "decade", "text"), i + 1;  // "1970s"
    if (size_t slash = w.find('/'); slash != std::string_view::npos && slash <= 2) {  // "9/2024"
      int m = all_digits(w.substr(0, slash)) ? std::stoi(std::string(w.substr(0, slash))) : 0;
      if (int y = year_number(w.substr(slash + 1)); y > 0 && m >= 1 && m <= 12)
        return add(i, i + 1, ym(y, m), "month", "text"), i + 1;
    }
    if (all_digits(w) && w.size() <= 2 && word(i + 1) == "/" && year_number(word(i + 2))) {  // "9 / 2024"
      int m = std::stoi(std::string(w));
      if (m >= 1 && m <= 12) return add(i, i + 3, ym(year_number(word(i + 2)), m), "month", "text"), i + 3;
    }
    return scan_relative(i);
  }

  uint32_t scan_relative(uint32_t i) {
    std::string s = low(i);
    if (s == "that" || s == "same") {  // "that year", "the same day": carried from context
      std::string unit = low(i + 1);
      if (!context_.empty()) {
        uint32_t b = (s == "same" && i > begin_ && low(i - 1) == "the") ? i - 1 : i;
        if (unit == "year") return add_context(b, i + 2, "year");
        if (unit == "month") return add_context(b, i + 2, "month");
        if (unit == "day") return add_context(b, i + 2, "day");
      }
      return i + 1;
    }
    if (!has_pub_) return i + 1;
    const int64_t today = days_from_civil(pub_.y, pub_.m, pub_.d);
    if (s == "yesterday") return add(i, i + 1, civil_from_days(today - 1), "day", "publication"), i + 1;
    if (s == "today") return add(i, i + 1, civil_from_days(today), "day", "publication"), i + 1;
    if (s == "tomorrow") return add(i, i + 1, civil_from_days(today + 1), "day", "publication"), i + 1;
    if (s == "last" || s == "this" || s == "next") {
      std::string unit = low(i + 1);
      int step = s == "last" ? -1 : s == "next" ? 1 : 0;
      if (unit == "year") return add(i, i + 2, std::to_string(pub_.y + step), "year", "publication"), i + 2;
      if (unit == "month") {
        int m = pub_.m + step, y = pub_.y;
        if (m < 1) m += 12, --y;
        if (m > 12) m -= 12, ++y;
        return add(i, i + 2, ym(y, m), "month", "publication"), i + 2;
      }
      if (unit == "week") {
        std::string d = civil_from_days(today + 7 * step);
        return add(i, i + 2, d.substr(0, 7), "month", "publication"), i + 2;
      }
      if (int wd = weekday_number(word(i + 1)); wd >= 0) return add_weekday(i, i + 2, today, wd, step);
      return i + 1;
    }
    if (int wd = weekday_number(word(i)); wd >= 0) return add_weekday(i, i + 1, today, wd, 0);
    return i + 1;
  }

  uint32_t add_context(uint32_t b, uint32_t e, const std::string& precision) {
    static constexpr std::array<std::string_view, 4> kOrder = {"decade", "year", "month", "day"};
    auto rank = [](std::string_view p) {
      for (size_t k = 0; k < kOrder.size(); ++k)
        if (kOrder[k] == p) return k;
      return size_t{0};
    };
    // "that day" after "in 1960" can only say "1960".
    std::string p = rank(precision) <= rank(context_.precision) ? precision : context_.precision;
    add(b, e, truncate_date(context_.iso, p), p, "context");
    return e;
  }

  // "on Monday" = the latest Monday on or before publication ("next Monday" after it).
  uint32_t add_weekday(uint32_t b, uint32_t e, int64_t today, int wd, int step) {
    int today_wd = static_cast<int>(((today % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
    int64_t day;
    if (step > 0) {
      int ahead = (wd - today_wd + 7) % 7;
      day = today + (ahead == 0 ? 7 : ahead);
    } else {
      int back = (today_wd - wd + 7) % 7;
      day = today - back - (step < 0 && back == 0 ? 7 : 0);
    }
    add(b, e, civil_from_days(day), "day", "publication");
    return e;
  }

  const Document& doc_;
  uint32_t begin_, end_;
  const DateValue& context_;
  Civil pub_;
  bool has_pub_ = false;
  std::vector<DateMention> found_;
};

}  // namespace

std::vector<DateMention> find_dates(const Document& doc, uint32_t s, std::string_view publication,
                                    const DateValue& context) {
  return Scanner(doc, s, publication, context).run();
}

std::string truncate_date(std::string_view date, std::string_view precision) {
  size_t n = precision == "day" ? 10 : precision == "month" ? 7 : precision == "year" ? 4 : 3;
  if (date.size() < n) return {};
  return std::string(date.substr(0, n));
}

// Howard Hinnant's public-domain civil calendar algorithms.
int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return ymd(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

}  // namespace entente::coding
