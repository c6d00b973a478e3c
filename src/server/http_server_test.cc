#include "server/http_server.h"

#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/test_support.h"

namespace entente::server {
namespace {

using nlohmann::json;
using namespace entente::server::testing;

constexpr int kDocuments = 40;  // 80 events

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("http");
    db_ = (dir_ / "store.db").string();
    fill_store(db_, kDocuments);
    server_ = std::make_unique<RunningServer>(db_);
    client_ = server_->client();
  }
  void TearDown() override {
    client_.reset();
    server_.reset();
    fs::remove_all(dir_);
  }
  // GET `path`; checks the status and that the body is JSON; returns it.
  json get(const std::string& path, int status = 200) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, status) << path << " -> " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type").rfind("application/json", 0), 0u) << path;
    return json::parse(res->body, nullptr, /*allow_exceptions=*/false);
  }
  // A 400 naming `parameter`.
  void expect_bad(const std::string& path, const std::string& parameter) {
    json body = get(path, 400);
    EXPECT_TRUE(body.contains("error")) << path;
    EXPECT_EQ(body.value("parameter", ""), parameter) << path << " -> " << body.dump();
  }
  fs::path dir_;
  std::string db_;
  std::unique_ptr<RunningServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpServerTest, HealthCountsTheStore) {
  json body = get("/healthz");
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["documents"], kDocuments);
  EXPECT_EQ(body["events"], 2 * kDocuments);
}

TEST_F(HttpServerTest, EventsDefaultLimitAndCursorPaginationCoverEveryEventOnce) {
  json first = get("/api/events");
  EXPECT_EQ(first["limit"], 100);
  EXPECT_EQ(first["events"].size(), size_t(2 * kDocuments));
  EXPECT_TRUE(first["next_cursor"].is_null());

  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  do {
    json page = get("/api/events?limit=7" + (cursor.empty() ? "" : "&cursor=" + httplib::detail::encode_query_param(cursor)));
    for (const auto& event : page["events"]) EXPECT_TRUE(seen.insert(event["event_id"]).second);
    cursor = page["next_cursor"].is_null() ? "" : page["next_cursor"].get<std::string>();
    ASSERT_LT(++pages, 50);
  } while (!cursor.empty());
  EXPECT_EQ(seen.size(), size_t(2 * kDocuments));
  EXPECT_EQ(pages, (2 * kDocuments + 6) / 7);
}

TEST_F(HttpServerTest, EventFiltersNarrowTheAnswer) {
  for (const auto& event : get("/api/events?root=11&limit=1000")["events"]) EXPECT_EQ(event["cameo_root"], "11");
  for (const auto& event : get("/api/events?quad=3")["events"]) EXPECT_EQ(event["quad_class"], 3);
  json dyad = get("/api/events?dyad=VNM,CUB&limit=1000");
  ASSERT_FALSE(dyad["events"].empty());
  for (const auto& e : dyad["events"]) {
    std::set<std::string> sides = {e["source"]["country"], e["target"]["country"]};
    EXPECT_EQ(sides, (std::set<std::string>{"VNM", "CUB"}));
  }
  json decade = get("/api/events?actor=chn&from=1960&to=1969-12");
  ASSERT_FALSE(decade["events"].empty());
  for (const auto& e : decade["events"]) {
    std::string date = e["date"];
    EXPECT_TRUE(date >= "1960" && date < "1970") << date;
  }
  // Every event carries the coder's JSON contract, with evidence offsets.
  const json& e = dyad["events"][0];
  for (const char* field : {"event_id", "doc_id", "date", "source", "target", "cameo", "quad_class", "goldstein", "mentions"})
    EXPECT_TRUE(e.contains(field)) << field;
  EXPECT_TRUE(e["mentions"][0].contains("start"));
}

TEST_F(HttpServerTest, DyadCountsAgreeWithEvents) {
  json dyad = get("/api/dyad?a=CHN&b=VNM&by=year");
  EXPECT_EQ(dyad["by"], "year");
  int64_t total = 0, a_to_b = 0, b_to_a = 0;
  std::string previous;
  for (const auto& p : dyad["periods"]) {
    EXPECT_GT(p["period"].get<std::string>(), previous);
    previous = p["period"];
    int64_t quads = 0;
    for (int q = 1; q <= 4; ++q) quads += p["quad"][std::to_string(q)].get<int64_t>();
    EXPECT_EQ(quads, p["count"].get<int64_t>());
    EXPECT_EQ(p["a_to_b"]["count"].get<int64_t>() + p["b_to_a"]["count"].get<int64_t>(), p["count"].get<int64_t>());
    EXPECT_TRUE(p["goldstein"].is_number());
    total += p["count"].get<int64_t>();
    a_to_b += p["a_to_b"]["count"].get<int64_t>();
    b_to_a += p["b_to_a"]["count"].get<int64_t>();
  }
  EXPECT_EQ(total, dyad["total"]["count"].get<int64_t>());
  EXPECT_EQ(size_t(total), get("/api/events?dyad=CHN,VNM&limit=1000")["events"].size());
  EXPECT_EQ(a_to_b, kDocuments);  // every document has China -> Vietnam
  EXPECT_GT(b_to_a, 0);
  EXPECT_EQ(dyad["periods"].front()["period"], "1950");
  EXPECT_EQ(get("/api/dyad?a=CHN&b=VNM&by=month")["by"], "month");
}

TEST_F(HttpServerTest, PartnersActorsAndDocuments) {
  json partners = get("/api/partners?actor=VNM");
  std::set<std::string> names;
  for (const auto& p : partners["partners"]) names.insert(p["actor"]);
  EXPECT_EQ(names, (std::set<std::string>{"CHN", "CUB"}));

  json actors = get("/api/actors?q=CU");
  ASSERT_FALSE(actors["actors"].empty());
  EXPECT_EQ(actors["actors"][0]["country"], "CUB");
  EXPECT_FALSE(get("/api/actors")["actors"].empty());

  json doc = get("/api/documents/doc-3");
  EXPECT_EQ(doc["id"], "doc-3");
  std::string text = doc["text"];
  ASSERT_EQ(doc["events"].size(), 2u);
  for (const auto& e : doc["events"]) {
    const json& m = e["mentions"][0];
    EXPECT_LE(m["end"].get<size_t>(), text.size());
    EXPECT_LT(m["start"].get<size_t>(), m["end"].get<size_t>());
  }
  EXPECT_EQ(text.substr(doc["events"][0]["target"]["start"], 7), "Vietnam");
  get("/api/documents/no-such-doc", 404);
}

TEST_F(HttpServerTest, BadParametersAnswer400NamingTheParameter) {
  expect_bad("/api/events?limit=abc", "limit");
  expect_bad("/api/events?limit=0", "limit");
  expect_bad("/api/events?limit=1001", "limit");
  expect_bad("/api/events?limit=999999999999999999999", "limit");
  expect_bad("/api/events?root=99", "root");
  expect_bad("/api/events?quad=5", "quad");
  expect_bad("/api/events?from=2020&to=1990", "from");
  expect_bad("/api/events?from=2023-02-30", "from");
  expect_bad("/api/events?actor=CHN%27%20OR%201%3D1--", "actor");
  expect_bad("/api/events?dyad=CHN", "dyad");
  expect_bad("/api/events?cursor=not-a-cursor", "cursor");
  expect_bad("/api/events?acter=CHN", "acter");
  expect_bad("/api/events?actor=CHN&actor=VNM", "actor");
  expect_bad("/api/events?actor=%FF%FE", "actor");
  expect_bad("/api/dyad?a=CHN", "b");
  expect_bad("/api/dyad?a=CHN&b=CHN", "b");
  expect_bad("/api/dyad?a=CHN&b=VNM&by=week", "by");
  expect_bad("/api/partners", "actor");
  expect_bad("/api/actors?q=%00", "q");
  expect_bad("/api/actors?q=%C3%28", "q");
}

TEST_F(HttpServerTest, HostileRequestsGet4xxAndChangeNothing) {
  std::string before = file_bytes(db_);
  json health = get("/healthz");

  get("/api/documents/..%2F..%2Fetc%2Fpasswd", 400);
  get("/api/documents/..", 400);
  get("/api/documents/%FF%FE", 400);
  get("/api/events?actor=VNM%3BDROP%20TABLE%20events", 400);
  get("/api/actors?q=%27%3B%20DELETE%20FROM%20events%3B%20--", 200);  // plain text search, harmless
  for (const char* path : {"/api/documents/../", "/../../etc/passwd", "/api/nothing", "/api/documents"}) {
    auto res = client_->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << path;
    EXPECT_LT(res->status, 500) << path;
  }
  auto post = client_->Post("/api/documents", "{\"id\":\"x\",\"text\":\"t\"}\n", "application/x-ndjson");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 403);  // read-only server

  auto big = client_->Post("/api/documents", std::string(2u << 20, 'x'), "application/x-ndjson");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);

  auto long_uri = client_->Get(("/api/actors?q=" + std::string(20000, 'a')).c_str());
  if (long_uri) {  // 414, or the connection is closed
    EXPECT_GE(long_uri->status, 400);
  }

  EXPECT_EQ(get("/healthz"), health);
  EXPECT_EQ(file_bytes(db_), before);
}

TEST_F(HttpServerTest, CachedAnswersFollowCommitsByOtherConnections) {
  int64_t before = get("/api/dyad?a=CHN&b=VNM")["total"]["count"];
  EXPECT_EQ(get("/api/dyad?a=CHN&b=VNM")["total"]["count"], before);  // served from the cache
  store::Store::open(db_)->save_coded(corpus_document(kDocuments));  // another writer commits
  EXPECT_EQ(get("/api/dyad?a=CHN&b=VNM")["total"]["count"], before + 1);
  EXPECT_EQ(get("/healthz")["documents"], kDocuments + 1);
}

TEST_F(HttpServerTest, UnknownPathIsJson404) {
  json body = get("/api/unknown", 404);
  EXPECT_EQ(body["error"].get<std::string>().find("no such path"), 0u);
}

}  // namespace
}  // namespace entente::server
