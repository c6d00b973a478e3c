#include "nlp/model_file.h"

#include <unistd.h>

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

namespace entente::nlp {
namespace {

std::filesystem::path temp_file(const char* name) {
  return std::filesystem::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
}

TEST(ModelFileTest, RoundTripsHeaderAndBody) {
  auto path = temp_file("model-roundtrip");
  {
    ModelWriter w(path, "tagger", "epochs=5 seed=1");
    w.pod<uint32_t>(42);
    w.array(std::vector<float>{1.5f, -2.0f});
    w.strings({"NOUN", "VERB"});
    w.finish();
  }
  ModelReader r(path, "tagger");
  EXPECT_EQ(r.config(), "epochs=5 seed=1");
  EXPECT_EQ(r.pod<uint32_t>(), 42u);
  EXPECT_EQ(r.array<float>(), (std::vector<float>{1.5f, -2.0f}));
  EXPECT_EQ(r.strings(), (std::vector<std::string>{"NOUN", "VERB"}));
  std::filesystem::remove(path);
}

TEST(ModelFileTest, RoundTripsHashMapsInKeyOrder) {
  auto a = temp_file("model-map-a"), b = temp_file("model-map-b");
  std::unordered_map<uint64_t, uint16_t> map{{7, 1}, {3, 2}, {99, 3}}, reordered;
  for (uint64_t key : {99, 3, 7}) reordered.emplace(key, map.at(key));
  for (auto [path, values] : {std::pair{a, &map}, std::pair{b, &reordered}}) {
    ModelWriter w(path, "tagger", "");
    w.map(*values);
    w.finish();
  }
  ModelReader r(a, "tagger");
  EXPECT_EQ(r.map<uint16_t>(), map);
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(fa), {}), std::string(std::istreambuf_iterator<char>(fb), {}));
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST(ModelFileTest, RejectsWrongKindForeignAndTruncatedFiles) {
  auto path = temp_file("model-kind");
  {
    ModelWriter w(path, "parser", "");
    w.finish();
  }
  EXPECT_THROW(ModelReader(path, "tagger"), ModelError);
  {
    std::ofstream out(path, std::ios::binary);
    out << "not a model";
  }
  try {
    ModelReader r(path, "tagger");
    FAIL();
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("not an Entente model"), std::string::npos);
  }
  EXPECT_THROW(ModelReader(temp_file("missing-model"), "tagger"), ModelError);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace entente::nlp
