// Scores the front end on UD English EWT dev, from raw text, as
// `entente eval-ud --tokenize` does. Needs ../shared beside the repo.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/conllu.h"
#include "core/document.h"
#include "text/front_end.h"

namespace entente::text {
namespace {

std::filesystem::path shared_dir() { return std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared"; }

// Surface token spans (multiword tokens once) in non-space byte coordinates.
std::vector<std::pair<size_t, size_t>> surface_spans(const Document& doc) {
  std::vector<size_t> nonspace_before(doc.text.size() + 1, 0);
  for (size_t i = 0; i < doc.text.size(); ++i)
    nonspace_before[i + 1] = nonspace_before[i] + (doc.text[i] != ' ' && doc.text[i] != '\n');
  std::vector<std::pair<size_t, size_t>> out;
  size_t mwt = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    Span span = doc.tokens[t];
    if (mwt < doc.multiword.size() && doc.multiword[mwt].first == t) {
      span.end = doc.tokens[doc.multiword[mwt].last].end;
      t = doc.multiword[mwt++].last;
    }
    out.emplace_back(nonspace_before[span.begin], nonspace_before[span.end]);
  }
  return out;
}

TEST(EwtDev, TokenF1AtLeast99) {
  auto path = shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared (absent)";
  Document gold = conllu::to_document(conllu::read_file(path.string()), "dev");
  Document system;
  system.text = gold.text;
  segment(system);
  auto g = surface_spans(gold), s = surface_spans(system);
  size_t i = 0, j = 0, common = 0;
  while (i < g.size() && j < s.size()) {
    if (g[i] == s[j]) ++common, ++i, ++j;
    else if (g[i] < s[j]) ++i;
    else ++j;
  }
  double f1 = 2.0 * common / (g.size() + s.size());
  EXPECT_GE(f1, 0.99) << "token F1 " << 100 * f1;
}

}  // namespace
}  // namespace entente::text
