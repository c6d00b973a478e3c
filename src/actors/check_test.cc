#include "actors/check.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "actors/dictionary.h"

namespace entente::actors {
namespace {

std::vector<Problem> check(const std::string& text) {
  Sources sources;
  sources.codes.add("VNM", Part::kCountry, "");
  sources.codes.add("CHN", Part::kCountry, "");
  sources.codes.add("GOV", Part::kRole, "");
  sources.codes.add("COP", Part::kRole, "");
  std::istringstream in(text);
  std::vector<Problem> problems;
  sources.entries = parse_dictionary(in, "t.txt", problems);
  EXPECT_TRUE(problems.empty());
  return check_sources(sources);
}

TEST(Check, CleanDictionaryHasNoProblems) {
  EXPECT_TRUE(check("@kind person\nA = VNMCOP 2016..2024-05-22, VNMGOV 2024-05-22..\n@kind agent\npolice = COP\n").empty());
}

TEST(Check, ReportsUnknownCodesWithFileAndLine) {
  auto problems = check("@kind country\nAtlantis = ATL\n@kind agent\nwizard = WIZ\n");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].where, "t.txt:2");
  EXPECT_NE(problems[0].reason.find("unknown part 'ATL'"), std::string::npos);
  EXPECT_EQ(problems[1].where, "t.txt:4");
}

TEST(Check, ReportsInvertedAndOverlappingRanges) {
  auto problems = check("@kind person\nA = VNMGOV 2020..2010\nB = VNMCOP 2010..2020, VNMGOV 2015..\n");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].reason.find("inverted"), std::string::npos);
  EXPECT_EQ(problems[1].where, "t.txt:3");
  EXPECT_NE(problems[1].reason.find("overlaps"), std::string::npos);
}

TEST(Check, ReportsOneNameWithConflictingCodes) {
  auto problems = check("@kind country\nHanoi = VNM\n@kind capital\nHa Noi; Hanoi = CHNGOV\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].where, "t.txt:4");
  EXPECT_NE(problems[0].reason.find("t.txt:2"), std::string::npos);
}

TEST(Check, ACodePartMustNotShadowAnIsoCountry) {
  if (!std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-1.json")) GTEST_SKIP() << "needs Debian's iso-codes";
  auto dir = std::filesystem::temp_directory_path() / ("codes_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "codes.tsv") << "NAM\tregion\tNorth America\nNMR\tregion\tNorth America\n";
  std::vector<Problem> problems;
  read_sources(dir, {}, problems);
  std::filesystem::remove_all(dir);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].text().substr(0, 43), "codes.tsv: 'NAM' is the ISO 3166-1 code of ") << problems[0].text();
}

}  // namespace
}  // namespace entente::actors
