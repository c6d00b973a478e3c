#pragma once
// Test helper: one Coder loaded from the repository's data/ for a whole test
// suite, and short views of the events it codes.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "coding/coder.h"

namespace entente::coding::testing {

class CoderFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    CoderFiles files;
    files.data_root = std::filesystem::path(ENTENTE_SOURCE_DIR) / "data";
    coder_ = Coder::load(files).release();
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }

  // "SRC>TGT CODE" for each event of `doc` (already coded).
  static std::vector<std::string> dyads(const Document& doc) {
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.source.code + ">" + e.target.code + " " + e.cameo);
    return out;
  }
  // The first event from `source` to `target`, or nullptr.
  static const Event* find(const Document& doc, const std::string& source, const std::string& target) {
    for (const Event& e : doc.events)
      if (e.source.code == source && e.target.code == target) return &e;
    return nullptr;
  }
  static inline Coder* coder_ = nullptr;
};

}  // namespace entente::coding::testing
