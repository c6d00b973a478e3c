// The two example articles in ../shared/examples: the officials, countries,
// capitals and organisations in them get the right codes for the right dates.
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "actors/recognizer.h"
#include "text/front_end.h"

namespace entente::actors {
namespace {

std::filesystem::path shared_examples() {
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "examples" / "examples.jsonl";
}

class Examples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dictionary_ = Dictionary::load(default_data_dir()).release();
    recognizer_ = new Recognizer(*dictionary_);
  }
  static void TearDownTestSuite() {
    delete recognizer_;
    delete dictionary_;
  }
  void SetUp() override {
    if (!std::filesystem::exists(shared_examples())) GTEST_SKIP() << "needs ../shared (absent)";
    std::ifstream in(shared_examples());
    std::string line;
    while (std::getline(in, line)) {
      auto json = nlohmann::json::parse(line);
      Document doc;
      doc.id = json.at("id");
      doc.date = json.at("date");
      doc.text = json.at("text");
      text::segment(doc);
      recognizer_->recognize(doc);
      docs_.push_back(std::move(doc));
    }
  }
  const Document& doc(const std::string& id_part) const {
    for (const Document& d : docs_)
      if (d.id.find(id_part) != std::string::npos) return d;
    throw std::runtime_error("no example " + id_part);
  }
  // The first mention whose text contains `needle`.
  const ActorMention* find(const Document& d, const std::string& needle) const {
    for (const ActorMention& m : d.mentions)
      if (d.span_text(m.span).find(needle) != std::string_view::npos) return &m;
    return nullptr;
  }
  std::string code_on(const std::string& id_part, const std::string& needle, const std::string& date = "") const {
    const Document& d = doc(id_part);
    const ActorMention* m = find(d, needle);
    return m ? recognizer_->code_on(d, *m, date).code : "(no mention of " + needle + ")";
  }

  static Dictionary* dictionary_;
  static Recognizer* recognizer_;
  std::vector<Document> docs_;
};
Dictionary* Examples::dictionary_ = nullptr;
Recognizer* Examples::recognizer_ = nullptr;

TEST_F(Examples, XiJinpingWithHisTitlesIsOneChineseGovernmentActor) {
  const Document& d = doc("china");
  const ActorMention* xi = find(d, "Xi Jinping");
  ASSERT_NE(xi, nullptr);
  EXPECT_EQ(xi->code, "CHNGOV");
  EXPECT_EQ(d.span_text(xi->span).substr(0, 17), "General Secretary");
  EXPECT_EQ(code_on("china", "Xi Jinping", "2005"), "CHNELI");
}

TEST_F(Examples, HistoricalLeadersAreCodedForTheirOwnTime) {
  EXPECT_EQ(code_on("china", "Ho Chi Minh", "1955"), "VNMGOV");
  EXPECT_EQ(code_on("china", "Zhou Enlai", "1955"), "CHNGOV");
  EXPECT_EQ(code_on("cuba", "Fidel Castro", "1973"), "CUBGOV");
  EXPECT_EQ(code_on("cuba", "Ho Chi Minh", "1965"), "VNMGOV");
  EXPECT_EQ(code_on("cuba", "Mart", ""), "CUB");
}

TEST_F(Examples, CurrentOfficials) {
  EXPECT_EQ(code_on("cuba", "To Lam"), "VNMGOV");
  EXPECT_EQ(code_on("cuba", "Díaz-Canel"), "CUBGOV");
  EXPECT_EQ(code_on("cuba", "Vietnamese Ambassador to Cuba"), "VNMGOV");
  const ActorMention* ambassador = find(doc("cuba"), "Vietnamese Ambassador to Cuba");
  ASSERT_NE(ambassador, nullptr);
  EXPECT_NE(doc("cuba").span_text(ambassador->span).find("Le Quang Long"), std::string_view::npos);
  EXPECT_EQ(code_on("cuba", "Ambassador Le Quang Long"), "VNMGOV");
  EXPECT_EQ(code_on("china", "Su Lim").substr(0, 3), "VNM");
}

TEST_F(Examples, CountriesCapitalsAndOrganisations) {
  EXPECT_EQ(code_on("china", "New China"), "CHN");
  EXPECT_EQ(code_on("cuba", "Democratic Republic of Vietnam"), "VNM");
  EXPECT_EQ(code_on("cuba", "United Nations"), "IGOUNO");
  EXPECT_EQ(code_on("cuba", "Non-Aligned Movement"), "IGONON");
  EXPECT_EQ(code_on("china", "ASEAN"), "IGOSEAASN");
  EXPECT_EQ(code_on("cuba", "Communist Party of Cuba"), "CUBPTY");
  EXPECT_EQ(code_on("cuba", "Vietnam Red Cross"), "VNMNGO");
  EXPECT_EQ(code_on("china", "Vietnamese soldiers"), "VNMMIL");
  for (const Document& d : docs_)
    for (const ActorMention& m : d.mentions) {
      if (d.span_text(m.span) == "Hanoi" || d.span_text(m.span) == "Havana") {
        EXPECT_EQ(m.role, "GOV");
      }
      if (d.span_text(m.span) == "Hanoi") {  // never a place someone is "in"
        EXPECT_NE(d.text.substr(m.span.begin - 3, 3), "in ");
      }
    }
}

TEST_F(Examples, TheTwoCountriesAreTheArticlesDyad) {
  for (const char* id : {"china", "cuba"}) {
    const Document& d = doc(id);
    std::set<std::string> members;
    for (const ActorMention& m : d.mentions)
      if (m.rule == "coref:dyad") members.insert(m.country);
    EXPECT_EQ(members, (std::set<std::string>{"VNM", std::string(id) == "china" ? "CHN" : "CUB"})) << id;
  }
}

}  // namespace
}  // namespace entente::actors
