#include "nlp/parser/reported_speech.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace entente::nlp::parser {
namespace {

// " Talks failed , " said the envoy .
//   1   2      3   4  5   6    7     8  9
struct Parse {
  std::vector<int32_t> heads{6, 3, 6, 3, 3, 0, 8, 6, 6};
  std::vector<std::string> deprels{"punct", "nsubj", "ccomp", "punct", "punct", "root", "det", "obj", "punct"};
  void relabel() { subjects_after_reported_speech(heads, deprels); }
};

TEST(ReportedSpeechTest, TheObjectAfterAReportingVerbIsItsSubject) {
  Parse p;
  p.relabel();
  EXPECT_EQ(p.deprels[7], "nsubj");
  EXPECT_EQ(p.deprels[2], "ccomp");
  EXPECT_EQ(p.heads, (Parse{}.heads));  // only the relation changes
}

TEST(ReportedSpeechTest, KeepsObjectsOfVerbsWithASubject) {
  Parse p;
  p.deprels[1] = "punct";
  p.heads[1] = 6;  // "he" as a subject of "said" elsewhere
  p.deprels[6] = "nsubj:pass";
  p.heads[6] = 6;
  p.relabel();
  EXPECT_EQ(p.deprels[7], "obj");
}

TEST(ReportedSpeechTest, OnlyWhenTheClauseComesFirst) {
  // "said the envoy that talks failed": the ccomp follows the verb.
  std::vector<int32_t> heads{0, 3, 1, 5, 6, 1};
  std::vector<std::string> deprels{"root", "det", "obj", "mark", "nsubj", "ccomp"};
  subjects_after_reported_speech(heads, deprels);
  EXPECT_EQ(deprels[2], "obj");
  // A parataxis before the verb is not reported speech either.
  Parse p;
  p.deprels[2] = "parataxis";
  p.relabel();
  EXPECT_EQ(p.deprels[7], "obj");
}

TEST(ReportedSpeechTest, EmptyAndRootOnly) {
  std::vector<int32_t> none;
  std::vector<std::string> no_labels;
  subjects_after_reported_speech(none, no_labels);
  std::vector<int32_t> heads{0};
  std::vector<std::string> deprels{"root"};
  subjects_after_reported_speech(heads, deprels);
  EXPECT_EQ(deprels[0], "root");
}

}  // namespace
}  // namespace entente::nlp::parser
