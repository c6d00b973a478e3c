#pragma once
// A test fixture that runs the built `entente` binary ($ENTENTE_BIN, set by
// ctest) in a private temporary folder. Tests skip when the binary is absent.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace entente::cli {

class BinaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("ENTENTE_BIN");
    if (!bin || !std::filesystem::exists(bin)) GTEST_SKIP() << "ENTENTE_BIN not built";
    bin_ = bin;
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  // Writes `content` to `name` inside the test's folder.
  std::filesystem::path write(const std::string& name, const std::string& content) {
    std::filesystem::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

  // Runs `entente <args>` (stderr discarded); returns stdout and sets `status`.
  std::string run(const std::string& args, int& status) {
    std::string command = bin_ + " " + args + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    std::string out;
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    status = WEXITSTATUS(pclose(pipe));
    return out;
  }

  std::string bin_;
  std::filesystem::path dir_;
};

}  // namespace entente::cli
