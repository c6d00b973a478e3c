#include "server/ingestor.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <future>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/test_support.h"

namespace entente::server {
namespace {

using nlohmann::json;
using namespace entente::server::testing;

const std::string kToken = "test-token-0123456789abcdef";
const std::string kText = "China hosted Vietnam. Vietnam thanked Cuba for aid.";

// Codes a document the way the tests need: two events, so a document stored
// with fewer would show a half-written save.
void two_event_coder(Document& doc) {
  doc.sentences = {{{0, 21}, 0, 4}, {{22, 51}, 4, 10}};
  doc.events = {make_event(doc.id, 1, "CHN", "VNM", doc.date, "042", 1, 1.9, {0, 21}),
                make_event(doc.id, 2, "VNM", "CUB", doc.date, "051", 1, 3.4, {22, 51})};
}

std::string jsonl_body(int first, int count) {
  std::string body;
  for (int i = first; i < first + count; ++i)
    body += json{{"id", "post-" + std::to_string(i)}, {"date", "2024-05-01"}, {"text", kText}}.dump() + "\n";
  return body;
}

store::Stats stats_of(const std::string& db) { return store::Store::open(db, true)->stats(); }

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("ingest");
    db_ = (dir_ / "store.db").string();
    fill_store(db_, 3);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string db_;
};

TEST_F(IngestTest, MissingOrWrongTokenAnswers401AndStoresNothing) {
  Ingestor ingestor(db_, two_event_coder);
  RunningServer server(db_, &ingestor, kToken);
  auto client = server.client();
  std::string body = jsonl_body(0, 2);

  auto missing = client->Post("/api/documents", body, "application/x-ndjson");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 401);
  auto wrong = client->Post("/api/documents", {{"Authorization", "Bearer " + kToken + "x"}}, body,
                            "application/x-ndjson");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  auto basic = client->Post("/api/documents", {{"Authorization", "Basic " + kToken}}, body, "application/x-ndjson");
  ASSERT_TRUE(basic);
  EXPECT_EQ(basic->status, 401);
  EXPECT_EQ(stats_of(db_).documents, 3);

  auto good = client->Post("/api/documents", {{"Authorization", "Bearer " + kToken}}, body, "application/x-ndjson");
  ASSERT_TRUE(good);
  EXPECT_EQ(good->status, 200) << good->body;
  EXPECT_EQ(json::parse(good->body)["stored"], 2);
  EXPECT_EQ(stats_of(db_).documents, 5);
  EXPECT_EQ(stats_of(db_).events, 10);

  // Readers see the new document at once.
  auto doc = client->Get("/api/documents/post-1");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 200);
  EXPECT_EQ(json::parse(doc->body)["events"].size(), 2u);
}

TEST_F(IngestTest, OneBadRecordRejectsTheWholeBody) {
  Ingestor ingestor(db_, two_event_coder);
  for (const std::string& bad : {std::string("{not json}\n"), std::string("{\"id\":\"x\"}\n"),
                                 std::string("{\"id\":\"y\",\"date\":\"2024-02-31\",\"text\":\"t\"}\n"),
                                 std::string("{\"id\":\"z\",\"date\":\"2024-01-01\",\"text\":\"\xff\"}\n"),
                                 std::string("[1,2]\n")}) {
    Reply reply = ingestor.ingest(jsonl_body(0, 2) + bad);
    EXPECT_EQ(reply.status, 400) << bad;
    ASSERT_EQ(reply.body["rejected"].size(), 1u) << reply.body.dump();
    EXPECT_EQ(reply.body["rejected"][0]["where"].get<std::string>().rfind("line 3", 0), 0u);
  }
  EXPECT_EQ(ingestor.ingest("").status, 400);
  EXPECT_EQ(ingestor.ingest("\n\n").status, 400);
  EXPECT_EQ(stats_of(db_).documents, 3);
}

TEST_F(IngestTest, ReingestingReplacesInsteadOfDuplicating) {
  Ingestor ingestor(db_, two_event_coder);
  EXPECT_EQ(ingestor.ingest(jsonl_body(0, 4)).status, 200);
  EXPECT_EQ(ingestor.ingest(jsonl_body(2, 4)).status, 200);
  EXPECT_EQ(stats_of(db_).documents, 3 + 6);
  EXPECT_EQ(stats_of(db_).events, 2 * (3 + 6));
}

// The server process is killed with SIGKILL in the middle of a long ingest;
// the store must open cleanly afterwards, hold only whole documents, and a
// restarted server must finish the job with every document exactly once.
TEST_F(IngestTest, SigkillDuringIngestLeavesTheStoreIntact) {
  constexpr int kPosted = 300;
  int port_pipe[2];
  ASSERT_EQ(pipe(port_pipe), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {  // the server process: slow coding so the kill lands mid-ingest
    close(port_pipe[0]);
    Ingestor ingestor(db_, [](Document& doc) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      two_event_coder(doc);
    });
    StorePool pool(db_, std::chrono::milliseconds(0));
    Api api(pool);
    ServerOptions options;
    options.port = 0;
    options.threads = 4;
    options.ingest_token = kToken;
    HttpServer server(options, api, &ingestor);
    int port = server.bind();
    if (write(port_pipe[1], &port, sizeof port) != sizeof port) _exit(3);
    server.run();
    _exit(0);
  }
  close(port_pipe[1]);
  int port = 0;
  ASSERT_EQ(read(port_pipe[0], &port, sizeof port), ssize_t(sizeof port));
  close(port_pipe[0]);

  std::string body = jsonl_body(0, kPosted);
  auto post = std::async(std::launch::async, [&] {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(std::chrono::seconds(60));
    return client.Post("/api/documents", {{"Authorization", "Bearer " + kToken}}, body, "application/x-ndjson");
  });
  // Wait until part of the body is stored, then kill.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (stats_of(db_).documents < 3 + 20 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  auto answer = post.get();
  EXPECT_TRUE(!answer || answer->status != 200);  // the connection died with the server

  {
    auto store = store::Store::open(db_);  // read-write: recovers the WAL
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(store->handle(), "PRAGMA integrity_check", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok");
    sqlite3_finalize(stmt);
    store::Stats stats = store->stats();
    EXPECT_GE(stats.documents, 3 + 20);
    EXPECT_LT(stats.documents, 3 + kPosted);
    EXPECT_EQ(stats.events, 2 * stats.documents);  // whole documents only
  }

  Ingestor ingestor(db_, two_event_coder);
  RunningServer restarted(db_, &ingestor, kToken);
  auto retry = restarted.client()->Post("/api/documents", {{"Authorization", "Bearer " + kToken}}, body,
                                        "application/x-ndjson");
  ASSERT_TRUE(retry);
  EXPECT_EQ(retry->status, 200) << retry->body;
  store::Stats stats = stats_of(db_);
  EXPECT_EQ(stats.documents, 3 + kPosted);
  EXPECT_EQ(stats.events, 2 * (3 + kPosted));
}

}  // namespace
}  // namespace entente::server
