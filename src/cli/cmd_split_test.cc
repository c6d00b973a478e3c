// `entente split` and `entente eval-ud --tokenize` through the real binary:
// the CoNLL-U split output is a contract used by external evaluation.
#include <gtest/gtest.h>

#include "cli/binary_test_fixture.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;

using SplitCommand = entente::cli::BinaryTest;

const char* kArticle = "Talks in Geneva\nMr. Okafor didn't attend. \"We will,\" he said on Jan. 5.\n";

TEST_F(SplitCommand, ConlluHasDocumentSentencesAndOriginalForms) {
  fs::path file = write("2024-01-05_talks.txt", kArticle);
  int status = -1;
  std::string out = run("split --format conllu " + file.string(), status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("# newdoc id = 2024-01-05_talks\n"), std::string::npos) << out;
  EXPECT_NE(out.find("# sent_id = 2024-01-05_talks-1\n# text = Talks in Geneva\n"), std::string::npos) << out;
  EXPECT_NE(out.find("# text = Mr. Okafor didn't attend.\n"), std::string::npos) << out;
  EXPECT_NE(out.find("# text = \"We will,\" he said on Jan. 5.\n"), std::string::npos) << out;
  EXPECT_NE(out.find("3-4\tdidn't\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tattend\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"), std::string::npos) << out;
  EXPECT_NE(out.find("1\tMr.\t"), std::string::npos) << out;
}

TEST_F(SplitCommand, JsonlOffsetsPointIntoTheText) {
  fs::path file = write("talks.txt", kArticle);
  int status = -1;
  std::istringstream lines(run("split --date 2024-01-05 --format jsonl " + file.string(), status));
  EXPECT_EQ(status, 0);
  std::string text = kArticle, line;
  int sentences = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["doc_id"], "talks");
    EXPECT_EQ(j["index"], sentences++);
    size_t start = j["start"], end = j["end"];
    EXPECT_EQ(text.substr(start, end - start), j["text"].get<std::string>());
    for (const auto& t : j["tokens"]) {
      size_t ts = t["start"], te = t["end"];
      EXPECT_EQ(text.substr(ts, te - ts), t["text"].get<std::string>());
    }
  }
  EXPECT_EQ(sentences, 3);
}

TEST_F(SplitCommand, TextFormatOneSentenceALine) {
  fs::path file = write("talks.txt", kArticle);
  int status = -1;
  EXPECT_EQ(run("split --date 2024-01-05 --format text " + file.string(), status),
            "Talks in Geneva\nMr. Okafor didn't attend.\n\"We will,\" he said on Jan. 5.\n");
}

TEST_F(SplitCommand, EvalUdTokenizeScoresAHandMadeFile) {
  fs::path gold = write("gold.conllu",
                        "# text = He left.\n"
                        "1\tHe\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "2\tleft\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                        "3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
                        "# text = We didn't.\n"
                        "1\tWe\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                        "2\tdid\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  int status = -1;
  std::string out = run("eval-ud --tokenize " + gold.string(), status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("Tokens     |    100.00 |    100.00 |    100.00 |"), std::string::npos) << out;
  EXPECT_NE(out.find("Sentences  |    100.00 |"), std::string::npos) << out;
  EXPECT_NE(out.find("Words      |    100.00 |"), std::string::npos) << out;
}

TEST_F(SplitCommand, EvalUdNeedsASystemFile) {
  fs::path gold = write("gold.conllu", "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  int status = -1;
  run("eval-ud " + gold.string(), status);
  EXPECT_EQ(status, 2);
}

}  // namespace
