#include "actors/petrarch_import.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

namespace entente::actors {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

void refuse(ImportReport& report, const std::string& where, const std::string& reason) {
  size_t& count = report.not_converted[reason];
  if (count++ < 3) report.examples.push_back({where, reason});
}

// TABARI dates are YYMMDD (two-digit years: < 30 is 20xx) or YYYYMMDD.
std::optional<int32_t> tabari_date(std::string_view s) {
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  int32_t value = std::stoi(std::string(s));
  if (s.size() == 6) value += (value / 10000 < 30 ? 20000000 : 19000000);
  int month = value / 100 % 100, day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return value;
}

// "[CHNGOV >20121115]", "[AGOELI 400101-721001]", "[~GOV]", "[---]".
std::optional<DatedCode> parse_code(std::string_view bracket, bool agents, std::string& reason) {
  std::string_view inside = trim(bracket.substr(1, bracket.size() - 2));
  size_t space = inside.find_first_of(" \t");
  std::string_view code = inside.substr(0, space);
  std::string_view dates = space == std::string_view::npos ? "" : trim(inside.substr(space));
  if (agents && code.starts_with("~")) code.remove_prefix(1);
  if (code.empty() || code == "---") {
    reason = "null code [---]";
    return std::nullopt;
  }
  if (code.size() % 3 != 0 || !std::all_of(code.begin(), code.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); })) {
    reason = "code not in groups of three capitals";
    return std::nullopt;
  }
  DatedCode dated{std::string(code), {}};
  if (!dates.empty()) {
    std::optional<int32_t> from, to;
    if (dates.front() == '>') from = tabari_date(trim(dates.substr(1)));
    else if (dates.front() == '<') to = tabari_date(trim(dates.substr(1)));
    else if (size_t dash = dates.find('-'); dash != std::string_view::npos) {
      from = tabari_date(trim(dates.substr(0, dash)));
      to = tabari_date(trim(dates.substr(dash + 1)));
      if (!from || !to) from = to = std::nullopt;
    }
    if (!from && !to) {
      reason = "malformed date restriction";
      return std::nullopt;
    }
    // TABARI's ">d" means after d and "<d" before d: our ranges are inclusive.
    if (from) dated.dates.from = *from;
    if (to) dated.dates.to = *to;
  }
  return dated;
}

// "SOVIET_OCCUPIED_AFGHANISTAN_" -> "Soviet Occupied Afghanistan" (actors),
// "FOREIGN_MINISTER" -> "foreign minister" (agents). Short vowel-less words and
// words of up to three letters that stand alone stay in capitals (acronyms).
std::string convert_name(std::string_view raw, bool agents, bool& stem) {
  stem = !raw.ends_with("_");
  std::string name;
  for (char c : raw) name += c == '_' ? ' ' : c;
  name = std::string(trim(name));
  if (agents) {
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    return name;
  }
  std::string out;
  size_t start = 0;
  bool single = name.find(' ') == std::string::npos;
  while (start <= name.size()) {
    size_t end = std::min(name.find(' ', start), name.size());
    std::string word = name.substr(start, end - start);
    bool has_vowel = word.find_first_of("AEIOUY") != std::string::npos;
    bool acronym = (single && word.size() <= 3) || (!has_vowel && word.size() <= 4);
    if (!acronym) {
      for (size_t i = 1; i < word.size(); ++i) word[i] = char(std::tolower(static_cast<unsigned char>(word[i])));
      if (word == "Of" || word == "The" || word == "And" || word == "For" || word == "De") {
        if (!out.empty()) word[0] = char(std::tolower(static_cast<unsigned char>(word[0])));
      }
    }
    if (!word.empty()) out += (out.empty() ? "" : " ") + word;
    start = end + 1;
  }
  return out;
}

Kind kind_of(const Entry& entry, bool agents) {
  if (agents) return Kind::kAgent;
  bool dated = std::any_of(entry.codes.begin(), entry.codes.end(), [](const DatedCode& c) { return !c.dates.open(); });
  bool fallback = std::any_of(entry.codes.begin(), entry.codes.end(), [](const DatedCode& c) { return c.dates.open(); });
  bool one_country = std::all_of(entry.codes.begin(), entry.codes.end(), [&](const DatedCode& c) {
    return c.code.compare(0, 3, entry.codes.front().code, 0, 3) == 0;
  });
  // A default code with date restrictions ("HAMFAST GAMGEE [HOB]" then
  // "[HOBGOV 20121109-20130119]"), or roles of one country by date ("[HOB <950601]
  // [HOBGOV 950601-990815]"): coded by date, as people are.
  if (dated && (fallback || one_country)) return Kind::kPerson;
  // A bare country code anywhere else makes a country, even with dated codes
  // ("[USRARM <900823] [ARM >911221]").
  if (std::any_of(entry.codes.begin(), entry.codes.end(), [](const DatedCode& c) { return c.code.size() == 3; }))
    return Kind::kCountry;
  return dated ? Kind::kPerson : Kind::kOrganisation;
}

// Expands "!PERSON!" substitution sets: one name per member.
std::vector<std::string> expand(const std::string& raw, const std::unordered_map<std::string, std::vector<std::string>>& sets) {
  size_t open = raw.find('!');
  size_t close = open == std::string::npos ? open : raw.find('!', open + 1);
  if (close == std::string::npos) return {raw};
  auto set = sets.find(raw.substr(open, close - open + 1));
  if (set == sets.end()) return {raw};
  std::vector<std::string> out;
  for (const std::string& member : set->second)
    for (std::string& rest : expand(raw.substr(close + 1), sets)) out.push_back(raw.substr(0, open) + member + rest);
  return out;
}

}  // namespace

std::vector<Entry> import_tabari(std::istream& in, const std::string& name, bool agents, ImportReport& report) {
  std::vector<Entry> entries;
  std::unordered_map<std::string, std::vector<std::string>> sets;
  std::optional<Entry> current;
  auto finish = [&] {
    if (!current) return;
    if (current->codes.empty()) refuse(report, current->source, "no usable code");
    else {
      current->kind = kind_of(*current, agents);
      report.converted[kind_name(current->kind)]++;
      report.names += current->names.size();
      entries.push_back(std::move(*current));
    }
    current.reset();
  };
  auto add_names = [&](std::string_view raw) {
    std::string text(trim(raw));
    // "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}": braces hold other forms.
    std::vector<std::string> raws;
    if (size_t brace = text.find('{'); brace != std::string::npos) {
      size_t close = text.find('}', brace);
      std::string forms = text.substr(brace + 1, close == std::string::npos ? std::string::npos : close - brace - 1);
      text = std::string(trim(text.substr(0, brace)));
      for (size_t start = 0; start < forms.size();) {
        size_t end = std::min(forms.find(' ', start), forms.size());
        if (end > start) raws.push_back(forms.substr(start, end - start));
        start = end + 1;
      }
    }
    raws.insert(raws.begin(), text);
    for (const std::string& one : raws)
      for (const std::string& expanded : expand(one, sets)) {
        // "ACRONYM_DEFINITION_(ACR)": the parenthesis is another name.
        std::string base = expanded, extra;
        if (size_t paren = base.find('('); paren != std::string::npos) {
          extra = base.substr(paren + 1, base.find(')', paren) - paren - 1);
          base = base.substr(0, paren);
        }
        for (const std::string& raw_name : {base, extra}) {
          if (trim(raw_name).empty()) continue;
          bool stem = false;
          std::string converted = convert_name(trim(raw_name), agents, stem);
          if (stem) ++report.stems;
          if (!converted.empty() && std::find(current->names.begin(), current->names.end(), converted) == current->names.end())
            current->names.push_back(converted);
        }
      }
  };
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string where = fmt::format("{}:{}", name, number);
    std::string_view text = line;
    if (size_t hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
    bool indented = !text.empty() && (text.front() == ' ' || text.front() == '\t');
    text = trim(text);
    if (text.empty()) continue;
    if (agents && text.front() == '!' && text.find('=') != std::string_view::npos) {  // "!PERSON! = MAN, MEN"
      size_t equals = text.find('=');
      std::vector<std::string>& members = sets[std::string(trim(text.substr(0, equals)))];
      std::string_view rest = text.substr(equals + 1);
      for (size_t start = 0; start <= rest.size();) {
        size_t comma = std::min(rest.find(',', start), rest.size());
        if (auto member = trim(rest.substr(start, comma - start)); !member.empty()) members.emplace_back(member);
        start = comma + 1;
      }
      continue;
    }
    // Codes may close this line ("NAME [CODE]") or stand alone under it.
    std::vector<std::string_view> brackets;
    size_t first_bracket = text.find('[');
    for (size_t open = first_bracket; open != std::string_view::npos; open = text.find('[', open + 1)) {
      size_t close = text.find(']', open);
      if (close == std::string_view::npos) {
        refuse(report, where, "unclosed '['");
        break;
      }
      brackets.push_back(text.substr(open, close - open + 1));
    }
    std::string_view head = trim(text.substr(0, first_bracket));
    if (!head.empty() && head.front() == '+') {
      if (!current) refuse(report, where, "synonym before any entry");
      else add_names(head.substr(1));
    } else if (!head.empty() && !indented) {
      finish();
      current = Entry{Kind::kCountry, {}, {}, where};
      add_names(head);
      if (current->names.empty()) {
        refuse(report, where, "empty name");
        current.reset();
      }
    } else if (!head.empty()) {
      refuse(report, where, "indented text that is neither code nor synonym");
    }
    for (std::string_view bracket : brackets) {
      std::string reason;
      if (!current) refuse(report, where, "code before any entry");
      else if (auto code = parse_code(bracket, agents, reason)) current->codes.push_back(std::move(*code));
      else refuse(report, where, reason);
    }
  }
  finish();
  return entries;
}

ImportReport import_petrarch_dir(const std::filesystem::path& petrarch_dir, const std::filesystem::path& out_dir) {
  ImportReport report;
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::directory_iterator(petrarch_dir)) {
    std::string file = item.path().filename().string();
    if (file.ends_with(".actors.txt") || file.find("agents") != std::string::npos) files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error(petrarch_dir.string() + ": no *.actors.txt or *agents*.txt files");
  std::filesystem::create_directories(out_dir);
  for (const auto& file : files) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file.string() + ": cannot open");
    std::string name = file.filename().string();
    bool agents = name.find("agents") != std::string::npos;
    std::vector<Entry> entries = import_tabari(in, name, agents, report);
    std::filesystem::path out_path = out_dir / (file.stem().string() + ".entente.txt");
    std::ofstream out(out_path);
    out << "# Converted by `entente dict import --petrarch` from " << name << " (PETRARCH2/TABARI format).\n"
        << "# The source's licence applies to this file; do not commit it to Entente.\n";
    for (Kind kind : {Kind::kCountry, Kind::kOrganisation, Kind::kPerson, Kind::kAgent}) {
      bool any = false;
      for (const Entry& entry : entries) {
        if (entry.kind != kind) continue;
        if (!any) out << "\n@kind " << kind_name(kind) << "\n";
        any = true;
        out << format_entry(entry) << "  # " << entry.source << "\n";
      }
    }
    if (!out) throw std::runtime_error(out_path.string() + ": cannot write");
  }
  return report;
}

}  // namespace entente::actors
