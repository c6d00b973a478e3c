#include "store/export.h"

#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace entente::store {
namespace {

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == separator) fields.emplace_back();
    else fields.back() += c;
  }
  return fields;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

Event sample_event() {
  Event e;
  e.event_id = "ev1";
  e.doc_id = "doc1";
  e.date = "1979-02";
  e.date_precision = "month";
  e.source = {"CHNMIL", "CHN", "MIL", "Chinese troops", {0, 14}};
  e.target = {"VNM", "VNM", "", "Vietnam", {30, 37}};
  e.cameo = "190";
  e.cameo_root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.location = {"Lang Son", "VNM", 21.85, 106.76, true};
  e.mentions.push_back({2, {0, 38}, "Chinese troops crossed, \"attacking\" Vietnam."});
  e.confidence = 0.9;
  return e;
}

Document sample_doc() {
  Document doc;
  doc.id = "doc1";
  doc.date = "1979-02-18";
  doc.url = "https://example.org/a";
  doc.source = "Example Wire";
  return doc;
}

TEST(Export, GdeltHasSixtyOneColumnsInItsOrder) {
  std::ostringstream out;
  EventWriter writer(out, ExportFormat::kGdelt);
  writer.write(sample_event(), sample_doc());
  auto rows = lines(out.str());
  ASSERT_EQ(rows.size(), 1u);  // no header in GDELT files
  auto f = split(rows[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "19790201");  // SQLDATE: first day of the month
  EXPECT_EQ(f[2], "197902");
  EXPECT_EQ(f[3], "1979");
  EXPECT_EQ(f[5], "CHNMIL");
  EXPECT_EQ(f[6], "CHINESE TROOPS");
  EXPECT_EQ(f[7], "CHN");
  EXPECT_EQ(f[12], "MIL");
  EXPECT_EQ(f[15], "VNM");
  EXPECT_EQ(f[25], "1");  // evidence in the lead
  EXPECT_EQ(f[26], "190");
  EXPECT_EQ(f[27], "190");
  EXPECT_EQ(f[28], "19");
  EXPECT_EQ(f[29], "4");
  EXPECT_EQ(f[30], "-10");
  EXPECT_EQ(f[51], "4");
  EXPECT_EQ(f[52], "Lang Son");
  EXPECT_EQ(f[56], "21.85");
  EXPECT_EQ(f[59], "19790218000000");
  EXPECT_EQ(f[60], "https://example.org/a");
}

TEST(Export, IcewsHeaderAndNames) {
  std::ostringstream out;
  ExportNames names;
  names.countries = {{"CHN", "China"}, {"VNM", "Vietnam"}};
  EventWriter writer(out, ExportFormat::kIcews, names);
  writer.write(sample_event(), sample_doc());
  auto rows = lines(out.str());
  ASSERT_EQ(rows.size(), 2u);
  auto header = split(rows[0], '\t');
  auto f = split(rows[1], '\t');
  ASSERT_EQ(header.size(), 20u);
  ASSERT_EQ(f.size(), 20u);
  EXPECT_EQ(header[4], "Source Country");
  EXPECT_EQ(f[1], "1979-02-01");
  EXPECT_EQ(f[2], "Chinese troops");
  EXPECT_EQ(f[4], "China");
  EXPECT_EQ(f[5], "190");  // no CAMEO table given: the code
  EXPECT_EQ(f[10], "Vietnam");
  EXPECT_EQ(f[12], "3");   // 1-based sentence number
  EXPECT_EQ(f[13], "Example Wire");
}

TEST(Export, CsvQuotesAndTsvFlattens) {
  std::ostringstream csv;
  EventWriter(csv, ExportFormat::kCsv).write(sample_event(), sample_doc());
  auto rows = lines(csv.str());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].rfind("event_id,doc_id,date,", 0), 0u);
  EXPECT_NE(rows[1].find("\"Chinese troops crossed, \"\"attacking\"\" Vietnam.\""), std::string::npos);
  std::ostringstream tsv;
  Event e = sample_event();
  e.mentions[0].text = "with\ttab\nand newline";
  EventWriter(tsv, ExportFormat::kTsv).write(e, sample_doc());
  rows = lines(tsv.str());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(split(rows[0], '\t').size(), split(rows[1], '\t').size());
}

TEST(Export, JsonlFollowsTheEventContract) {
  std::ostringstream out;
  EventWriter(out, ExportFormat::kJsonl).write(sample_event(), sample_doc());
  auto json = nlohmann::json::parse(out.str());
  EXPECT_EQ(json["event_id"], "ev1");
  EXPECT_EQ(json["cameo"], "190");
  EXPECT_EQ(json["source"]["code"], "CHNMIL");
}

TEST(Export, CountryNamesFromTheActorData) {
  auto path = std::filesystem::path(ENTENTE_SOURCE_DIR) / "data" / "actors" / "countries.txt";
  auto names = load_country_names(path.string());
  EXPECT_EQ(names.at("VNM"), "Vietnam");
  EXPECT_EQ(names.at("CHN"), "China");
  EXPECT_THROW(load_country_names("/nonexistent/countries.txt"), std::runtime_error);
  EXPECT_THROW(parse_export_format("xml"), std::invalid_argument);
}

}  // namespace
}  // namespace entente::store
