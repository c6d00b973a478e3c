#include "input/reader.h"

#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace entente::input {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente-reader-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    auto path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  Stats read(const std::vector<std::string>& inputs, Options options = {}) {
    docs.clear();
    rejections.clear();
    return read_documents(
        inputs, options, [&](Document&& d) { docs.push_back(std::move(d)); },
        [&](const Rejection& r) { rejections.push_back(r); });
  }

  fs::path dir_;
  std::vector<Document> docs;
  std::vector<Rejection> rejections;
};

TEST_F(ReaderTest, ReadsJsonLinesWithMetadata) {
  auto path = write("a.jsonl",
                    R"({"id":"d1","date":"2024-12-05","title":"T","source":"S","url":"u","lang":"en","text":"Hello."})"
                    "\n\n"
                    R"({"id":7,"date":"2024-12-06T08:00:00Z","text":"World."})"
                    "\n");
  Stats stats = read({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "d1");
  EXPECT_EQ(docs[0].date, "2024-12-05");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].origin, path + ":1");
  EXPECT_EQ(docs[1].id, "7");
  EXPECT_EQ(docs[1].date, "2024-12-06");
  EXPECT_EQ(stats.read, 2u);
  EXPECT_EQ(stats.rejected, 0u);
}

TEST_F(ReaderTest, EveryKindOfBadRecordIsRejectedAndTheBatchGoesOn) {
  std::string bad_utf8 = "{\"id\":\"u\",\"date\":\"2024-01-01\",\"text\":\"bad \xC3\x28 byte\"}";
  std::string big(300, 'x');
  auto path = write("bad.jsonl",
                    "{\"id\":\"ok1\",\"date\":\"2024-01-01\",\"text\":\"Fine.\"}\n"   // 1 good
                    "{\"id\":\"m\",\"date\":\"2024-01-01\",\"text\":\"unclosed\n"     // 2 malformed
                    "{\"id\":\"t\",\"date\":\"2024-01-01\"}\n"                        // 3 no text
                    "{\"id\":\"e\",\"date\":\"2024-01-01\",\"text\":\"   \"}\n"       // 4 empty text
                    "{\"id\":\"d\",\"date\":\"2025-13-45\",\"text\":\"x\"}\n" +       // 5 impossible date
                        bad_utf8 + "\n" +                                             // 6 invalid UTF-8
                        "{\"id\":\"ok1\",\"date\":\"2024-01-01\",\"text\":\"Again.\"}\n"  // 7 duplicate id
                        "{\"id\":\"big\",\"date\":\"2024-01-01\",\"text\":\"" + big + "\"}\n"  // 8 oversized
                        "[1,2]\n"                                                     // 9 not an object
                        "{\"date\":\"2024-01-01\",\"text\":\"no id\"}\n"              // 10 no id
                        "{\"id\":\"ok2\",\"date\":\"2024-02-29\",\"text\":\"Leap day.\"}\n");  // 11 good
  Options options;
  options.max_bytes = 200;
  Stats stats = read({path}, options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].id, "ok2");
  EXPECT_EQ(stats.read, 11u);
  EXPECT_EQ(stats.accepted, 2u);
  EXPECT_EQ(stats.rejected, 9u);
  ASSERT_EQ(rejections.size(), 9u);
  auto has = [&](size_t i, const std::string& where, const std::string& reason) {
    EXPECT_NE(rejections[i].where.find(where), std::string::npos) << rejections[i].where;
    EXPECT_NE(rejections[i].reason.find(reason), std::string::npos) << rejections[i].reason;
  };
  has(0, "bad.jsonl:2", "malformed JSON");
  has(1, "bad.jsonl:3", "missing \"text\"");
  has(2, "bad.jsonl:4", "empty text");
  has(3, "bad.jsonl:5", "impossible date");
  has(4, "bad.jsonl:6", "invalid UTF-8");
  has(5, "bad.jsonl:7", "duplicate id \"ok1\"");
  has(6, "bad.jsonl:8", "exceeds");
  has(7, "bad.jsonl:9", "JSON object");
  has(8, "bad.jsonl:10", "missing \"id\"");
}

TEST_F(ReaderTest, PlainTextTakesIdAndDateFromFileNameOrFlag) {
  auto dated = write("2025-04-14_story.txt", "Body text.\n");
  auto undated = write("notes.txt", "Other text.\n");
  read({dated, undated});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "2025-04-14_story");
  EXPECT_EQ(docs[0].date, "2025-04-14");
  EXPECT_EQ(docs[0].text, "Body text.\n");
  ASSERT_EQ(rejections.size(), 1u);
  EXPECT_NE(rejections[0].reason.find("--date"), std::string::npos);

  Options options;
  options.date = "2020-01-02";
  read({undated}, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].date, "2020-01-02");
}

TEST_F(ReaderTest, HtmlKeepsArticleTextAndDropsChrome) {
  auto path = write("page.html",
                    "<html><head><title>Title here</title><script>var x = 1;</script>"
                    "<meta property=\"article:published_time\" content=\"2023-05-20T09:30:00Z\"></head>"
                    "<body><nav>Home | World</nav><article><h1>Headline</h1><p>First   paragraph.</p>"
                    "<p>Second <b>bold</b> one.</p></article><footer>Copyright</footer></body></html>");
  read({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "Title here");
  EXPECT_EQ(docs[0].date, "2023-05-20");
  EXPECT_EQ(docs[0].text, "Headline\nFirst paragraph.\nSecond bold one.\n");
}

TEST_F(ReaderTest, ReadsGzipAndDirectoriesInNameOrder) {
  auto gz = (dir_ / "in" / "b.jsonl.gz").string();
  fs::create_directories(dir_ / "in");
  gzFile f = gzopen(gz.c_str(), "wb");
  std::string line = "{\"id\":\"z\",\"date\":\"2024-01-01\",\"text\":\"Zipped.\"}\n";
  gzwrite(f, line.data(), static_cast<unsigned>(line.size()));
  gzclose(f);
  write("in/a_2024-01-01.txt", "Plain.");
  read({(dir_ / "in").string()}, Options{"2024-05-05", 1 << 20});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "Plain.");
  EXPECT_EQ(docs[0].date, "2024-05-05");
  EXPECT_EQ(docs[1].id, "z");
}

TEST_F(ReaderTest, MissingInputIsAnInputError) {
  EXPECT_THROW(read({(dir_ / "nope.jsonl").string()}), InputError);
}

}  // namespace
}  // namespace entente::input
