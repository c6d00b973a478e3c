#include "actors/dictionary_file.h"

#include <fmt/format.h>

namespace entente::actors {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t at = s.find(separator, start);
    parts.push_back(trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

bool valid_code(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

std::optional<Kind> parse_kind(std::string_view name) {
  for (Kind kind : {Kind::kCountry, Kind::kCapital, Kind::kOrganisation, Kind::kPerson, Kind::kAgent,
                    Kind::kTitle, Kind::kPlace, Kind::kLanguage, Kind::kThing})
    if (name == kind_name(kind)) return kind;
  return std::nullopt;
}

}  // namespace

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::kCountry: return "country";
    case Kind::kCapital: return "capital";
    case Kind::kOrganisation: return "organisation";
    case Kind::kPerson: return "person";
    case Kind::kAgent: return "agent";
    case Kind::kTitle: return "title";
    case Kind::kPlace: return "place";
    case Kind::kLanguage: return "language";
    case Kind::kThing: return "thing";
  }
  return "?";
}

std::vector<Entry> parse_dictionary(std::istream& in, const std::string& name, std::vector<Problem>& problems) {
  std::vector<Entry> entries;
  std::optional<Kind> kind;
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::string where = fmt::format("{}:{}", name, line_number);
    std::string_view text = trim(line);
    if (size_t hash = text.find(" #"); hash != std::string_view::npos) text = trim(text.substr(0, hash));
    if (text.empty() || text.front() == '#') continue;
    if (text.starts_with("@kind")) {
      kind = parse_kind(trim(text.substr(5)));
      if (!kind) problems.push_back({where, fmt::format("unknown kind '{}' (country, capital, organisation, person, agent, title, place, language, thing)", trim(text.substr(5)))});
      continue;
    }
    if (!kind) {
      problems.push_back({where, "entry before any '@kind' line"});
      continue;
    }
    Entry entry{*kind, {}, {}, where};
    size_t equals = text.find('=');
    for (std::string_view n : split(text.substr(0, equals), ';'))
      if (!n.empty()) entry.names.emplace_back(n);
    if (entry.names.empty()) {
      problems.push_back({where, "no name before '='"});
      continue;
    }
    bool ok = true;
    if (equals != std::string_view::npos) {
      for (std::string_view item : split(text.substr(equals + 1), ',')) {
        if (item.empty()) continue;
        size_t space = item.find(' ');
        std::string_view code = item.substr(0, space);
        DatedCode dated{std::string(code), {}};
        if (!valid_code(code)) {
          problems.push_back({where, fmt::format("malformed code '{}' (upper-case letters in groups of three)", code)});
          ok = false;
          break;
        }
        if (space != std::string_view::npos) {
          auto range = parse_range(trim(item.substr(space)));
          if (!range) {
            problems.push_back({where, fmt::format("malformed date range '{}' (YYYY[-MM[-DD]]..YYYY[-MM[-DD]])", trim(item.substr(space)))});
            ok = false;
            break;
          }
          dated.dates = *range;
        }
        entry.codes.push_back(std::move(dated));
      }
    }
    bool needs_code = *kind != Kind::kTitle && *kind != Kind::kPlace && *kind != Kind::kLanguage && *kind != Kind::kThing;
    if (ok && needs_code && entry.codes.empty()) {
      problems.push_back({where, fmt::format("{} entry without a code ('name = CODE')", kind_name(*kind))});
      ok = false;
    }
    if (ok) entries.push_back(std::move(entry));
  }
  return entries;
}

const DatedCode* code_in(const Entry& entry, DateRange period) {
  const DatedCode* best = nullptr;
  const DatedCode* undated = nullptr;
  int64_t best_overlap = 0;
  for (const DatedCode& code : entry.codes) {
    if (code.dates.open()) {
      if (!undated) undated = &code;
      continue;
    }
    int64_t overlap = code.dates.overlap_days(period.from, period.to);
    if (overlap > 0 && (overlap > best_overlap || (overlap == best_overlap && code.dates.from > best->dates.from))) {
      best = &code;
      best_overlap = overlap;
    }
  }
  return best ? best : undated;
}

std::string format_entry(const Entry& entry) {
  std::string out;
  for (size_t i = 0; i < entry.names.size(); ++i) out += (i ? "; " : "") + entry.names[i];
  if (entry.codes.empty()) return out;
  out += " =";
  for (size_t i = 0; i < entry.codes.size(); ++i) {
    out += (i ? ", " : " ") + entry.codes[i].code;
    if (!entry.codes[i].dates.open()) out += " " + entry.codes[i].dates.text();
  }
  return out;
}

}  // namespace entente::actors
