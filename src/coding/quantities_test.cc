#include "coding/quantities.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "coding/test_document.h"

namespace entente::coding {
namespace {

class QuantitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (std::filesystem::exists("/usr/share/iso-codes/json/iso_4217.json"))
      currencies_ = new Currencies(Currencies::load());
  }
  void SetUp() override {
    if (!currencies_) GTEST_SKIP() << "needs iso-codes";
  }
  std::vector<QuantityMention> in(const std::string& text, const std::vector<std::string>& upos = {}) {
    Document doc;
    testing::Rows rows;
    std::istringstream words(text);
    size_t i = 0;
    for (std::string w; words >> w; ++i)
      rows.push_back(w + " " + w + " " + (i < upos.size() ? upos[i] : std::string("X")) + " 0 dep");
    testing::add_sentence(doc, rows);
    return find_quantities(doc, 0, *currencies_);
  }
  static Currencies* currencies_;
};
Currencies* QuantitiesTest::currencies_ = nullptr;

TEST_F(QuantitiesTest, MoneyInTheWaysNewsWritesIt) {
  auto a = in("a loan of US$3.5 billion was agreed");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_DOUBLE_EQ(a[0].quantity.value, 3.5e9);
  EXPECT_EQ(a[0].quantity.unit, "USD");
  EXPECT_EQ(a[0].quantity.text, "US$3.5 billion");
  auto b = in("worth 8 billion USD in total");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_DOUBLE_EQ(b[0].quantity.value, 8e9);
  EXPECT_EQ(b[0].quantity.unit, "USD");
  auto c = in("trade reached 205.2 billion US dollars in 2024");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_DOUBLE_EQ(c[0].quantity.value, 205.2e9);
  EXPECT_EQ(c[0].quantity.unit, "USD");
  EXPECT_EQ(c[0].quantity.text, "205.2 billion US dollars");
  auto d = in("a grant of VND 1 trillion for schools");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_DOUBLE_EQ(d[0].quantity.value, 1e12);
  EXPECT_EQ(d[0].quantity.unit, "VND");
  auto e = in("aid of 40 million euros");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].quantity.unit, "EUR");
}

TEST_F(QuantitiesTest, CountsAndPercentages) {
  auto docs = in("they signed 45 cooperation documents", {"PRON", "VERB", "NUM", "NOUN", "NOUN"});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_DOUBLE_EQ(docs[0].quantity.value, 45);
  EXPECT_EQ(docs[0].quantity.unit, "documents");
  EXPECT_EQ(docs[0].quantity.text, "45 cooperation documents");
  auto rice = in("sent 5,000 tonnes of rice", {"VERB", "NUM", "NOUN", "ADP", "NOUN"});
  ASSERT_EQ(rice.size(), 1u);
  EXPECT_DOUBLE_EQ(rice[0].quantity.value, 5000);
  EXPECT_EQ(rice[0].quantity.unit, "tonnes");
  auto pct = in("exports rose 160 % this year");
  ASSERT_EQ(pct.size(), 1u);
  EXPECT_DOUBLE_EQ(pct[0].quantity.value, 160);
  EXPECT_EQ(pct[0].quantity.unit, "percent");
}

TEST_F(QuantitiesTest, DurationsAreNotCounts) {
  EXPECT_TRUE(in("for 12 years in the city", {"ADP", "NUM", "NOUN", "ADP", "DET", "NOUN"}).empty());
}

}  // namespace
}  // namespace entente::coding
