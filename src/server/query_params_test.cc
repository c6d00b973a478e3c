#include "server/query_params.h"

#include <gtest/gtest.h>

namespace entente::server {
namespace {

// The parameter a ParamError names, or "" when `fn` does not throw.
template <typename Fn>
std::string failing_parameter(Fn fn) {
  try {
    fn();
  } catch (const ParamError& e) {
    return e.parameter;
  }
  return "";
}

TEST(QueryParams, LimitDefaultsAndBounds) {
  EXPECT_EQ(parse_limit({}, 100, 1000), 100);
  EXPECT_EQ(parse_limit({{"limit", "1000"}}, 100, 1000), 1000);
  EXPECT_EQ(parse_limit({{"limit", "7"}}, 100, 1000), 7);
  for (const char* bad : {"abc", "0", "1001", "-5", "+5", "1e3", "99999999999999", "12 ", "0x10"})
    EXPECT_EQ(failing_parameter([&] { parse_limit({{"limit", bad}}, 100, 1000); }), "limit") << bad;
}

TEST(QueryParams, RepeatedEmptyAndInvalidUtf8Rejected) {
  EXPECT_EQ(failing_parameter([] { single({{"actor", "CHN"}, {"actor", "VNM"}}, "actor"); }), "actor");
  EXPECT_EQ(failing_parameter([] { single({{"actor", ""}}, "actor"); }), "actor");
  EXPECT_EQ(failing_parameter([] { single({{"q", "\xff\xfe"}}, "q"); }), "q");
  EXPECT_FALSE(single({}, "actor").has_value());
}

TEST(QueryParams, UnknownParameterNamed) {
  EXPECT_EQ(failing_parameter([] { reject_unknown({{"acter", "CHN"}}, {"actor", "limit"}); }), "acter");
  EXPECT_EQ(failing_parameter([] { reject_unknown({{"actor", "CHN"}}, {"actor", "limit"}); }), "");
}

TEST(QueryParams, ActorCodes) {
  EXPECT_EQ(parse_actor_code("actor", "chn"), "CHN");
  EXPECT_EQ(parse_actor_code("actor", "CHNGOV"), "CHNGOV");
  for (const char* bad : {"", "CH", "CHNG", "CHN'; DROP TABLE events; --", "CH N", "ÉTA",
                          "CHNGOVMILBUSLEGOPP"})
    EXPECT_EQ(failing_parameter([&] { parse_actor_code("actor", bad); }), "actor") << bad;
}

TEST(QueryParams, Dyad) {
  EXPECT_EQ(parse_dyad("CHN,vnm"), std::make_pair(std::string("CHN"), std::string("VNM")));
  for (const char* bad : {"CHN", "CHN,", ",VNM", "CHN,VNM,CUB", "CHN;VNM"})
    EXPECT_EQ(failing_parameter([&] { parse_dyad(bad); }), "dyad") << bad;
}

TEST(QueryParams, DatesAndOrder) {
  EXPECT_EQ(parse_date("from", "1950"), "1950");
  EXPECT_EQ(parse_date("to", "2025-12"), "2025-12");
  EXPECT_EQ(parse_date("to", "2024-02-29"), "2024-02-29");
  for (const char* bad : {"195", "1950-13", "2023-02-29", "1950/01", "19500", "2025-1", "abcd"})
    EXPECT_EQ(failing_parameter([&] { parse_date("from", bad); }), "from") << bad;
  EXPECT_EQ(failing_parameter([] { check_date_order("1950", "2025-12"); }), "");
  EXPECT_EQ(failing_parameter([] { check_date_order("2025-12", "2025"); }), "");
  EXPECT_EQ(failing_parameter([] { check_date_order("2025-06-01", "2025-05"); }), "from");
  EXPECT_EQ(failing_parameter([] { check_date_order("2026", "2025-12-31"); }), "from");
}

TEST(QueryParams, RootQuadPeriod) {
  EXPECT_EQ(parse_cameo_root("4"), "04");
  EXPECT_EQ(parse_cameo_root("20"), "20");
  EXPECT_EQ(parse_quad("3"), 3);
  EXPECT_EQ(parse_period("month"), "month");
  for (const char* bad : {"0", "21", "99", "042", "x"})
    EXPECT_EQ(failing_parameter([&] { parse_cameo_root(bad); }), "root") << bad;
  for (const char* bad : {"0", "5", "12", "one"})
    EXPECT_EQ(failing_parameter([&] { parse_quad(bad); }), "quad") << bad;
  EXPECT_EQ(failing_parameter([] { parse_period("week"); }), "by");
}

TEST(QueryParams, SearchTextAndDocumentIds) {
  EXPECT_EQ(parse_search_text("Viet"), "Viet");
  EXPECT_EQ(failing_parameter([] { parse_search_text(std::string(101, 'a')); }), "q");
  EXPECT_EQ(failing_parameter([] { parse_search_text("a\nb"); }), "q");
  EXPECT_EQ(parse_document_id("cn-vn-2025"), "cn-vn-2025");
  for (const char* bad : {"", ".", "..", "../etc/passwd", "a/b", "a\x01", "\xc3\x28"})
    EXPECT_EQ(failing_parameter([&] { parse_document_id(bad); }), "id") << bad;
}

}  // namespace
}  // namespace entente::server
