// `entente serve` as a process: it prints where it listens, answers, and
// stops cleanly (exit 0) on SIGTERM and SIGINT.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <regex>

#include <gtest/gtest.h>
#include <httplib.h>

#include "server/test_support.h"

namespace entente::server {
namespace {

using namespace entente::server::testing;

struct ServeProcess {
  pid_t pid = -1;
  int port = 0;
};

// Starts ENTENTE_BIN serve on a free port and reads the port from its first line.
ServeProcess start_serve(const std::string& binary, const std::string& db) {
  int out[2];
  if (pipe(out) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    execl(binary.c_str(), binary.c_str(), "serve", "--db", db.c_str(), "--port", "0", "--static",
          "/nonexistent", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  std::smatch match;
  std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)/");
  ServeProcess process{pid, 0};
  if (std::regex_search(line, match, listening)) process.port = std::stoi(match[1]);
  return process;
}

TEST(ServeCommand, AnswersThenStopsCleanlyOnSigtermAndSigint) {
  const char* binary = std::getenv("ENTENTE_BIN");
  if (!binary || access(binary, X_OK) != 0) GTEST_SKIP() << "needs the entente binary (ENTENTE_BIN)";
  fs::path dir = fresh_dir("serve");
  std::string db = (dir / "store.db").string();
  fill_store(db, 5);
  for (int signal : {SIGTERM, SIGINT}) {
    ServeProcess serve = start_serve(binary, db);
    ASSERT_GT(serve.pid, 0);
    ASSERT_GT(serve.port, 0) << "no 'listening on' line";
    httplib::Client client("127.0.0.1", serve.port);
    auto health = client.Get("/healthz");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    kill(serve.pid, signal);
    int status = 0;
    ASSERT_EQ(waitpid(serve.pid, &status, 0), serve.pid);
    EXPECT_TRUE(WIFEXITED(status)) << "killed by the signal instead of stopping";
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }
  // A store that does not exist is refused with exit status 2, not created.
  ServeProcess missing = start_serve(binary, (dir / "absent.db").string());
  int status = 0;
  waitpid(missing.pid, &status, 0);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_FALSE(fs::exists(dir / "absent.db"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace entente::server
