#include "actors/coverage.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "actors/test_dictionary.h"

namespace entente::actors {
namespace {

using test_support::small_dictionary;

// Made-up people: who holds a GOV role depends on the day.
const char* kPeople = R"(
@kind person
Anna Alpha = CUBGOV 2010..2020
Bruno Beta = CUBGOV 2018-01-01..
Carla Gamma = CUBPTY 2015.., CUBGOV 2019..2019-06-30
Dario Delta = VNMGOV 2000..2030, VNMGOVMIL 2001..2002
Elena Epsilon = VNMMIL 2000..
Fidel Undated = CHNGOV
)";

std::filesystem::path write_members(const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("members_" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(path) << text;
  return path;
}

std::vector<Member> members(const Dictionary& dictionary, const std::string& text, std::vector<Problem>& problems) {
  auto path = write_members(text);
  auto read = read_members(path, dictionary, problems);
  std::filesystem::remove(path);
  return read;
}

TEST(Coverage, ReadsMembersAndNamesBadLines) {
  auto dictionary = small_dictionary(kPeople);
  std::vector<Problem> problems;
  auto read = members(*dictionary, "# comment\nCUB\tCuba\nXYZ\tNowhere\nVNM\tViet Nam\nGOV\trole\n", problems);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].code, "CUB");
  EXPECT_EQ(read[1].name, "Viet Nam");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].text().find(":3: 'XYZ' is not an ISO 3166-1"), std::string::npos) << problems[0].text();
  EXPECT_NE(problems[1].text().find(":5: 'GOV'"), std::string::npos) << problems[1].text();
}

TEST(Coverage, CountsPeopleHoldingAGovernmentRoleOnTheDay) {
  auto dictionary = small_dictionary(kPeople);
  std::vector<Problem> problems;
  auto read = members(*dictionary, "CUB\tCuba\nVNM\tViet Nam\nCHN\tChina\nFRA\tFrance\n", problems);
  ASSERT_TRUE(problems.empty());

  auto on = [&](int32_t day) { return gov_coverage(*dictionary, read, day); };
  auto in_2019 = on(20190301);
  ASSERT_EQ(in_2019.size(), 4u);
  EXPECT_EQ(in_2019[0].people, (std::vector<std::string>{"Anna Alpha", "Bruno Beta", "Carla Gamma"}));
  EXPECT_EQ(in_2019[1].people, (std::vector<std::string>{"Dario Delta"}));  // a military role is not GOV
  EXPECT_EQ(in_2019[2].people, (std::vector<std::string>{"Fidel Undated"}));  // undated: every day
  EXPECT_TRUE(in_2019[3].people.empty());

  // Range ends are inclusive; a party role alone is not GOV.
  EXPECT_EQ(on(20190630)[0].people.size(), 3u);
  EXPECT_EQ(on(20190701)[0].people, (std::vector<std::string>{"Anna Alpha", "Bruno Beta"}));
  EXPECT_EQ(on(20210101)[0].people, (std::vector<std::string>{"Bruno Beta"}));
  // Two GOV codes valid on one day count one person once.
  EXPECT_EQ(on(20010601)[1].people, (std::vector<std::string>{"Dario Delta"}));
  EXPECT_TRUE(on(20310101)[1].people.empty());
}

}  // namespace
}  // namespace entente::actors
