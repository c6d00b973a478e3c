#include "store/export.h"

#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

#include "coding/event_json.h"
#include "store/dates.h"
#include "store/schema.h"

namespace entente::store {

namespace {

// RFC 4180: quote a field holding the separator, a quote or a line break.
std::string csv_field(const std::string& value, char separator) {
  if (separator == '\t') {  // TSV has no quoting: tabs and line breaks become spaces
    std::string out = value;
    for (char& c : out)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
  }
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void write_row(std::ostream& out, const std::vector<std::string>& fields, char separator) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out << separator;
    out << csv_field(fields[i], separator);
  }
  out << '\n';
}

std::string number(double value) { return fmt::format("{:g}", value); }

std::string upper(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

// "1979-02-17" -> "19790217"
std::string compact(std::string day) {
  std::erase(day, '-');
  return day;
}

const std::vector<std::string> kCsvColumns = {
    "event_id", "doc_id", "date", "date_precision", "source_code", "source_country", "source_role",
    "source_text", "target_code", "target_country", "target_role", "target_text", "cameo", "cameo_root",
    "quad_class", "goldstein", "plover_event_type", "plover_mode", "location", "location_country",
    "lat", "lon", "confidence", "rule", "flags", "evidence", "evidence_start", "evidence_end"};

const std::vector<std::string> kIcewsColumns = {
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"};

}  // namespace

ExportFormat parse_export_format(const std::string& name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "tsv") return ExportFormat::kTsv;
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "icews") return ExportFormat::kIcews;
  throw std::invalid_argument("unknown export format \"" + name + "\" (jsonl, csv, tsv, gdelt, icews)");
}

std::map<std::string, std::string> load_country_names(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::map<std::string, std::string> names;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#' || line[0] == '@') continue;
    size_t equals = line.rfind(" = ");
    if (equals == std::string::npos) throw std::runtime_error(fmt::format("{}:{}: expected \"names = CODE\"", path, number));
    std::string code = line.substr(equals + 3);
    std::string first = line.substr(0, std::min(line.find(';'), equals));
    names.emplace(code, first);
  }
  return names;
}

EventWriter::EventWriter(std::ostream& out, ExportFormat format, ExportNames names)
    : out_(out), format_(format), names_(std::move(names)) {
  if (format_ == ExportFormat::kCsv) write_row(out_, kCsvColumns, ',');
  if (format_ == ExportFormat::kTsv) write_row(out_, kCsvColumns, '\t');
  if (format_ == ExportFormat::kIcews) write_row(out_, kIcewsColumns, '\t');
}

void EventWriter::write(const Event& event, const Document& document) {
  switch (format_) {
    case ExportFormat::kJsonl: out_ << coding::to_json(event).dump() << '\n'; break;
    case ExportFormat::kCsv: write_csv(event, ','); break;
    case ExportFormat::kTsv: write_csv(event, '\t'); break;
    case ExportFormat::kGdelt: write_gdelt(event, document); break;
    case ExportFormat::kIcews: write_icews(event, document); break;
  }
}

void EventWriter::write_csv(const Event& e, char separator) {
  const Location& loc = e.location;
  std::string flags;
  for (const std::string& flag : e.flags) flags += (flags.empty() ? "" : ";") + flag;
  const EventMention* evidence = e.mentions.empty() ? nullptr : &e.mentions.front();
  write_row(out_,
            {e.event_id, e.doc_id, e.date, e.date_precision, e.source.code, e.source.country,
             e.source.role, e.source.text, e.target.code, e.target.country, e.target.role, e.target.text,
             e.cameo, e.cameo_root, std::to_string(e.quad_class), number(e.goldstein),
             e.plover_event_type, e.plover_mode, loc.name, loc.country,
             loc.has_coordinates ? number(loc.lat) : "", loc.has_coordinates ? number(loc.lon) : "",
             number(e.confidence), e.rule, flags, evidence ? evidence->text : "",
             evidence ? std::to_string(evidence->span.begin) : "",
             evidence ? std::to_string(evidence->span.end) : ""},
            separator);
}

// GDELT 2.0 event table: 61 tab-separated columns, no header.
void EventWriter::write_gdelt(const Event& e, const Document& document) {
  auto days = days_of(e.date, e.date_precision);
  std::string day = days ? compact(days->first) : "";
  std::string fraction;
  if (days) {  // GDELT's own formula: YEAR + (MONTH * 30 + DAY) / 365
    int year = std::stoi(day.substr(0, 4)), month = std::stoi(day.substr(4, 2)), d = std::stoi(day.substr(6, 2));
    fraction = fmt::format("{:.4f}", year + (month * 30 + d) / 365.0);
  }
  auto actor = [](const EventActor& a) {
    return std::vector<std::string>{a.code, upper(a.text), a.country, "", "", "", "", a.role, "", ""};
  };
  const std::vector<std::string> no_geo = {"0", "", "", "", "", "", "", ""};
  const Location& loc = e.location;
  // Geo type 1 = country, 4 = a place with coordinates (GDELT's world city); 0 = none.
  std::string geo_type = loc.name.empty() && loc.country.empty() ? "0" : loc.has_coordinates ? "4" : "1";
  auto publication = days_of(document.date);
  uint64_t id = static_cast<uint64_t>(text_hash(e.event_id)) & ((uint64_t{1} << 53) - 1);

  std::vector<std::string> row = {std::to_string(id), day, day.substr(0, std::min<size_t>(6, day.size())),
                                  day.substr(0, std::min<size_t>(4, day.size())), fraction};
  for (auto& field : actor(e.source)) row.push_back(field);
  for (auto& field : actor(e.target)) row.push_back(field);
  bool in_lead = !e.mentions.empty() && e.mentions.front().sentence < 3;
  row.insert(row.end(), {in_lead ? "1" : "0", e.cameo, e.cameo.substr(0, 3), e.cameo_root,
                         std::to_string(e.quad_class), number(e.goldstein),
                         std::to_string(std::max<size_t>(1, e.mentions.size())), "1", "1", ""});
  row.insert(row.end(), no_geo.begin(), no_geo.end());  // Actor1Geo
  row.insert(row.end(), no_geo.begin(), no_geo.end());  // Actor2Geo
  row.insert(row.end(), {geo_type, loc.name, loc.country, "", "",
                         loc.has_coordinates ? number(loc.lat) : "",
                         loc.has_coordinates ? number(loc.lon) : "", ""});
  row.push_back(publication ? compact(publication->first) + "000000" : "");
  row.push_back(document.url.empty() ? document.id : document.url);
  write_row(out_, row, '\t');
}

void EventWriter::write_icews(const Event& e, const Document& document) {
  auto country = [&](const std::string& code) {
    auto it = names_.countries.find(code);
    return it == names_.countries.end() ? code : it->second;
  };
  std::string event_text = e.cameo;
  if (names_.cameo)
    if (const coding::CameoCode* code = names_.cameo->find(e.cameo)) event_text = code->name;
  auto days = days_of(e.date, e.date_precision);
  const Location& loc = e.location;
  write_row(out_,
            {e.event_id, days ? days->first : e.date, e.source.text.empty() ? e.source.code : e.source.text,
             e.source.role, country(e.source.country), event_text, e.cameo, number(e.goldstein),
             e.target.text.empty() ? e.target.code : e.target.text, e.target.role,
             country(e.target.country), e.doc_id,
             e.mentions.empty() ? "" : std::to_string(e.mentions.front().sentence + 1), document.source,
             loc.name, "", "", country(loc.country), loc.has_coordinates ? number(loc.lat) : "",
             loc.has_coordinates ? number(loc.lon) : ""},
            '\t');
}

}  // namespace entente::store
