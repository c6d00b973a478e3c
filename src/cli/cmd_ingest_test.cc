// `entente ingest` and the query commands run as the binary ($ENTENTE_BIN),
// including the crash test: SIGKILL mid-ingest, then integrity and a re-run.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/store.h"

namespace entente::cli {
namespace {

namespace fs = std::filesystem;

class IngestCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("ENTENTE_BIN");
    if (!bin || !fs::exists(bin)) GTEST_SKIP() << "needs the entente binary (ENTENTE_BIN, set by ctest)";
    bin_ = bin;
    dir_ = fs::temp_directory_path() / ("entente_ingest_cmd_test_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "store.db").string();
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  // Writes `count` generated JSON Lines documents; `variant` changes their text.
  std::string corpus(int count, const std::string& name, const std::string& variant = "") {
    std::string path = (dir_ / name).string();
    std::ofstream out(path);
    for (int i = 0; i < count; ++i)
      out << "{\"id\": \"doc-" << i << "\", \"date\": \"2021-03-04\", \"text\": \"Report " << i << variant
          << ". Officials met on Tuesday. They signed an agreement.\"}\n";
    return path;
  }

  int run(const std::string& args) {
    int status = std::system((bin_ + " " + args + " > " + (dir_ / "out.txt").string() + " 2> " +
                              (dir_ / "err.txt").string()).c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string read(const std::string& name) {
    std::ifstream in(dir_ / name);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  std::string bin_, db_;
  fs::path dir_;
};

TEST_F(IngestCommandTest, SameContentSkippedDifferentContentRejectedUnlessReplace) {
  std::string first = corpus(30, "a.jsonl");
  EXPECT_EQ(run("ingest --db " + db_ + " " + first), 0);
  EXPECT_NE(read("err.txt").find("added 30 / unchanged 0 / replaced 0"), std::string::npos) << read("err.txt");
  EXPECT_EQ(run("ingest --db " + db_ + " " + first), 0);
  EXPECT_NE(read("err.txt").find("added 0 / unchanged 30"), std::string::npos);
  std::string changed = corpus(30, "b.jsonl", " (corrected)");
  EXPECT_EQ(run("ingest --db " + db_ + " " + changed), 1);  // 30 rejections
  EXPECT_NE(read("err.txt").find("use --replace"), std::string::npos);
  EXPECT_EQ(run("ingest --replace --db " + db_ + " " + changed), 0);
  EXPECT_NE(read("err.txt").find("replaced 30"), std::string::npos);
  EXPECT_EQ(run("stats --db " + db_), 0);
  EXPECT_NE(read("out.txt").find("documents         30"), std::string::npos) << read("out.txt");
  EXPECT_NE(read("out.txt").find("sentences         90"), std::string::npos) << read("out.txt");
  EXPECT_EQ(run("stats --db " + (dir_ / "absent.db").string()), 2);
}

TEST_F(IngestCommandTest, SigkillMidIngestLeavesWholeBatchesAndRerunCompletes) {
  constexpr int kDocuments = 40000;
  std::string input = corpus(kDocuments, "big.jsonl");
  store::Store::open(db_);  // exists before the child starts, so polling can open it
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    execl(bin_.c_str(), bin_.c_str(), "ingest", "-q", "--batch", "250", "--db", db_.c_str(), input.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int64_t seen = 0;
  for (auto end = std::chrono::steady_clock::now() + std::chrono::seconds(120);
       std::chrono::steady_clock::now() < end && seen < 1000;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    try {
      seen = store::Store::open(db_, true)->stats().documents;
    } catch (const store::StoreError&) {
    }
  }
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it was killed";

  auto check = [&](int64_t& documents) {
    auto store = store::Store::open(db_);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(store->handle(), "PRAGMA integrity_check", -1, &stmt, nullptr);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok");
    sqlite3_finalize(stmt);
    documents = store->stats().documents;
  };
  int64_t documents = 0;
  check(documents);
  EXPECT_GE(documents, 1000);
  EXPECT_LT(documents, kDocuments);
  EXPECT_EQ(documents % 250, 0) << "a partly committed batch is visible";
  std::cerr << "killed with " << documents << " of " << kDocuments << " documents committed\n";

  EXPECT_EQ(run("ingest -q --db " + db_ + " " + input), 0) << read("err.txt");
  check(documents);
  EXPECT_EQ(documents, kDocuments);  // each exactly once: ids are unique in the store
  EXPECT_EQ(store::Store::open(db_, true)->document("doc-39999")->text.substr(0, 12), "Report 39999");
}

TEST_F(IngestCommandTest, QueryCommandsAnswerFromACodedStore) {
  {
    auto store = store::Store::open(db_);
    Document doc;
    doc.id = "d";
    doc.date = "1979-02-20";
    doc.text = "China attacked Vietnam.";
    Event e;
    e.event_id = "e";
    e.date = "1979-02";
    e.date_precision = "month";
    e.source = {"CHN", "CHN", "", "China", {0, 5}};
    e.target = {"VNM", "VNM", "", "Vietnam", {15, 22}};
    e.cameo = "190";
    e.cameo_root = "19";
    e.quad_class = 4;
    e.goldstein = -10;
    e.mentions.push_back({0, {0, 23}, "China attacked Vietnam."});
    doc.events.push_back(e);
    store->save_coded(doc);
  }
  EXPECT_EQ(run("events --db " + db_ + " --dyad vnm,chn --from 1979-02-15 --to 1979-12 --format jsonl"), 0);
  EXPECT_NE(read("out.txt").find("\"event_id\":\"e\""), std::string::npos) << read("out.txt");
  EXPECT_EQ(run("events --db " + db_ + " --actor CHN --to 1978"), 0);
  EXPECT_EQ(read("out.txt").find("190"), std::string::npos);
  EXPECT_EQ(run("events --db " + db_ + " --from 2025-13"), 2);
  EXPECT_NE(read("err.txt").find("--from"), std::string::npos) << read("err.txt");
  EXPECT_EQ(run("dyad CHN VNM --db " + db_ + " --by month --format csv"), 0);
  EXPECT_NE(read("out.txt").find("1979-02,a_to_b,1,0,0,0,1,-10.00"), std::string::npos) << read("out.txt");
  EXPECT_EQ(run("partners VNM --db " + db_ + " --format csv"), 0);
  EXPECT_NE(read("out.txt").find("CHN,1,1,0,-10.00"), std::string::npos) << read("out.txt");
  EXPECT_EQ(run("export --db " + db_ + " --format gdelt"), 0);
  EXPECT_NE(read("out.txt").find("\t19790201\t197902\t1979\t"), std::string::npos) << read("out.txt");
  EXPECT_EQ(run("export --db " + db_ + " --format icews"), 0);
  EXPECT_NE(read("out.txt").find("\tChina\t"), std::string::npos) << read("out.txt");
}

}  // namespace
}  // namespace entente::cli
