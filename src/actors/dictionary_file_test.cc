#include "actors/dictionary_file.h"

#include <sstream>

#include <gtest/gtest.h>

#include "actors/fold.h"

namespace entente::actors {
namespace {

std::vector<Entry> parse(const std::string& text, std::vector<Problem>& problems) {
  std::istringstream in(text);
  return parse_dictionary(in, "d.txt", problems);
}

TEST(DictionaryFile, ParsesNamesCodesAndRanges) {
  std::vector<Problem> problems;
  auto entries = parse("# header\n@kind person\nTô Lâm; To Lam = VNMCOP 2016-04-09..2024-05-21, VNMGOV 2024-05-22..  # note\n",
                       problems);
  ASSERT_TRUE(problems.empty()) << problems.front().text();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].kind, Kind::kPerson);
  EXPECT_EQ(entries[0].names, (std::vector<std::string>{"Tô Lâm", "To Lam"}));
  ASSERT_EQ(entries[0].codes.size(), 2u);
  EXPECT_EQ(entries[0].codes[1].code, "VNMGOV");
  EXPECT_EQ(entries[0].codes[1].dates.from, 20240522);
  EXPECT_EQ(entries[0].source, "d.txt:3");
  EXPECT_EQ(format_entry(entries[0]), "Tô Lâm; To Lam = VNMCOP 2016-04-09..2024-05-21, VNMGOV 2024-05-22..");
}

TEST(DictionaryFile, ReportsMalformedLinesWithFileAndLine) {
  std::vector<Problem> problems;
  auto entries = parse("Orphan = CHN\n@kind wizard\n@kind person\nX = chngov\nY = CHNGOV 2020-13..\nZ\n", problems);
  EXPECT_TRUE(entries.empty());
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].where, "d.txt:1");
  EXPECT_NE(problems[1].reason.find("unknown kind"), std::string::npos);
  EXPECT_NE(problems[2].reason.find("malformed code"), std::string::npos);
  EXPECT_NE(problems[3].reason.find("date range"), std::string::npos);
  EXPECT_NE(problems[4].reason.find("without a code"), std::string::npos);
}

TEST(DictionaryFile, CodeInPicksTheRangeOfTheDate) {
  std::vector<Problem> problems;
  Entry entry = parse("@kind person\nA = VNMCOP 2016..2024-05-21, VNMGOV 2024-05-22..\n", problems).front();
  EXPECT_EQ(code_in(entry, *parse_period("2020"))->code, "VNMCOP");
  EXPECT_EQ(code_in(entry, *parse_period("2025-01-01"))->code, "VNMGOV");
  EXPECT_EQ(code_in(entry, *parse_period("2024"))->code, "VNMGOV");  // most of 2024 was after May 22
  EXPECT_EQ(code_in(entry, *parse_period("2010")), nullptr);
}

TEST(Fold, RemovesCaseAndDiacritics) {
  EXPECT_EQ(fold("Tô Lâm"), "to lam");
  EXPECT_EQ(fold("Đà Nẵng"), "da nang");
  EXPECT_EQ(fold("Díaz-Canel Bermúdez"), "diaz-canel bermudez");
  EXPECT_EQ(fold("People\u2019s"), "people's");
  EXPECT_EQ(fold("Cote d\u02bcIvoire, O`Neill, People\u2032s"), "cote d'ivoire, o'neill, people's");
  EXPECT_EQ(fold("ASEAN"), "asean");
}

}  // namespace
}  // namespace entente::actors
