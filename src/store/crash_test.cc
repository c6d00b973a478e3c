// Crash safety: a process ingesting into the store is killed with SIGKILL
// mid-run; the file must pass PRAGMA integrity_check, hold only whole
// batches, and a re-run must leave every document exactly once.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/store.h"

namespace entente::store {
namespace {

namespace fs = std::filesystem;

constexpr int kDocuments = 20000;
constexpr int kBatch = 500;

// Deterministic generated corpus: document i, a few hundred bytes of text.
Document generated(int i) {
  Document doc;
  doc.id = "gen-" + std::to_string(i);
  doc.date = "2020-01-01";
  doc.text = "Generated document " + std::to_string(i) + ". ";
  for (int k = 0; k < 8; ++k) doc.text += "Officials from country " + std::to_string((i + k) % 97) + " met. ";
  Event e;
  e.event_id = doc.id + "-e";
  e.date = "2020-01-0" + std::to_string(1 + i % 9);
  e.source.code = "CHN";
  e.source.country = "CHN";
  e.target.code = "VNM";
  e.target.country = "VNM";
  e.cameo = "042";
  e.cameo_root = "04";
  e.quad_class = 1;
  doc.events.push_back(e);
  return doc;
}

// Ingests the whole corpus in batches, as `entente ingest` does.
void ingest_all(const std::string& path) {
  auto store = Store::open(path);
  for (int start = 0; start < kDocuments; start += kBatch) {
    auto tx = store->begin();
    for (int i = start; i < start + kBatch; ++i) {
      Document doc = generated(i);
      if (store->put_document(doc, false) == PutResult::kAdded) store->save_coded(doc);
    }
    tx.commit();
  }
}

int64_t count(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK);
  int64_t n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  return n;
}

std::string integrity(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
  std::string answer;
  while (sqlite3_step(stmt) == SQLITE_ROW) answer += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  sqlite3_finalize(stmt);
  return answer;
}

TEST(CrashTest, KilledIngestLeavesAConsistentStoreAndRerunCompletesIt) {
  fs::path dir = fs::temp_directory_path() / ("entente_crash_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string path = (dir / "store.db").string();
  Store::open(path);  // created (and migrated) before the child starts

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    try {
      ingest_all(path);
    } catch (...) {
      _exit(3);
    }
    _exit(0);
  }
  // Kill the child once a few batches are committed, well before the end.
  int64_t seen = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    try {
      seen = Store::open(path, true)->stats().documents;
    } catch (const StoreError&) {
      continue;  // busy: the writer is checkpointing
    }
    if (seen >= 3 * kBatch) break;
  }
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child finished before it was killed; enlarge the corpus";

  {
    auto store = Store::open(path);
    EXPECT_EQ(integrity(store->handle()), "ok");
    int64_t documents = count(store->handle(), "SELECT count(*) FROM documents");
    EXPECT_GE(documents, 3 * kBatch);
    EXPECT_LT(documents, kDocuments);
    EXPECT_EQ(documents % kBatch, 0) << "a half-committed batch is visible";
    EXPECT_EQ(count(store->handle(), "SELECT count(*) FROM events"), documents);
  }

  ingest_all(path);  // the re-run skips what was committed
  auto store = Store::open(path);
  EXPECT_EQ(integrity(store->handle()), "ok");
  EXPECT_EQ(count(store->handle(), "SELECT count(*) FROM documents"), kDocuments);
  EXPECT_EQ(count(store->handle(), "SELECT count(DISTINCT doc_id) FROM documents"), kDocuments);
  EXPECT_EQ(count(store->handle(), "SELECT count(*) FROM events"), kDocuments);
  EXPECT_EQ(count(store->handle(), "SELECT count(*) FROM texts"), kDocuments);
  EXPECT_EQ(store->document("gen-1234")->text, generated(1234).text);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace entente::store
