#include "nlp/parser/oracle.h"

#include <gtest/gtest.h>

#include "core/conllu.h"
#include "nlp/feature_hash.h"
#include "nlp/parser/tree_check.h"
#include "nlp/test_paths.h"

namespace entente::nlp::parser {
namespace {

using testing::is_projective;
using testing::is_tree;

constexpr int kLabels = 4;

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  int below(int n) { return static_cast<int>((state_ = hash_mix(state_, 12345)) % static_cast<uint64_t>(n)); }

 private:
  uint64_t state_;
};

// Attaches the words l..r to `parent` as one or more projective subtrees.
void grow(int l, int r, int parent, std::vector<int>& heads, Random& random) {
  while (l <= r) {
    int end = l + random.below(r - l + 1);
    int root = l + random.below(end - l + 1);
    heads[root] = parent;
    grow(l, root - 1, root, heads, random);
    grow(root + 1, end, root, heads, random);
    l = end + 1;
  }
}

std::vector<int> random_projective_tree(int n, Random& random) {
  std::vector<int> heads(n + 1, -1);
  int root = 1 + random.below(n);
  heads[root] = 0;
  grow(1, root - 1, root, heads, random);
  grow(root + 1, n, root, heads, random);
  return heads;
}

// Any tree, usually non-projective: each word's head is a word placed before
// it in a random order.
std::vector<int> random_tree(int n, Random& random) {
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i + 1;
  for (int i = n - 1; i > 0; --i) std::swap(order[i], order[random.below(i + 1)]);
  std::vector<int> heads(n + 1, -1);
  heads[order[0]] = 0;
  for (int i = 1; i < n; ++i) heads[order[i]] = order[random.below(i)];
  return heads;
}

struct Derivation {
  std::vector<int> heads, labels;
  int total_cost = 0;      // sum of the costs of the moves taken
  bool zero_always = true; // a zero-cost move existed in every state
};

// Runs a derivation that takes a random allowed move with probability
// `mistakes` (percent) and otherwise a random cheapest one.
Derivation derive(const std::vector<int>& heads, const std::vector<int>& labels, int mistakes, Random& random) {
  const int n = static_cast<int>(heads.size()) - 1;
  GoldTree gold{heads, labels};
  State state(n);
  Derivation d;
  while (!state.terminal()) {
    MoveCosts costs = move_costs(state, gold);
    std::vector<int> allowed, cheapest;
    int min_cost = -1;
    for (int c = 0; c < num_classes(kLabels); ++c) {
      int cost = costs.of_class(c);
      if (cost < 0) continue;
      allowed.push_back(c);
      if (min_cost < 0 || cost < min_cost) min_cost = cost, cheapest.clear();
      if (cost == min_cost) cheapest.push_back(c);
    }
    if (min_cost != 0) d.zero_always = false;
    bool mistake = random.below(100) < mistakes;
    const std::vector<int>& pool = mistake ? allowed : cheapest;
    int cls = pool[random.below(static_cast<int>(pool.size()))];
    d.total_cost += costs.of_class(cls);
    state.apply(move_of(cls), label_of(cls));
  }
  d.heads.assign(n + 1, -1);
  d.labels.assign(n + 1, -1);
  for (int w = 1; w <= n; ++w) d.heads[w] = state.head(w), d.labels[w] = state.label(w);
  return d;
}

std::vector<int> random_labels(int n, Random& random) {
  std::vector<int> labels(n + 1, 0);
  for (int w = 1; w <= n; ++w) labels[w] = random.below(kLabels);
  return labels;
}

int errors(const Derivation& d, const std::vector<int>& heads, const std::vector<int>& labels) {
  int wrong = 0;
  for (size_t w = 1; w < heads.size(); ++w) wrong += d.heads[w] != heads[w] || d.labels[w] != labels[w];
  return wrong;
}

TEST(OracleTest, ZeroCostMovesRebuildProjectiveTrees) {
  Random random(1);
  for (int trial = 0; trial < 500; ++trial) {
    int n = 1 + random.below(25);
    auto heads = random_projective_tree(n, random);
    ASSERT_TRUE(is_tree(heads) && is_projective(heads));
    auto labels = random_labels(n, random);
    Derivation d = derive(heads, labels, 0, random);
    EXPECT_TRUE(d.zero_always) << "trial " << trial;
    EXPECT_EQ(d.heads, heads) << "trial " << trial;
    EXPECT_EQ(errors(d, heads, labels), 0) << "trial " << trial;
  }
}

// The dynamic oracle's promise: after any mistakes, the final tree loses
// exactly the arcs the chosen moves were charged for.
TEST(OracleTest, CostsAddUpToTheErrorsAfterMistakes) {
  Random random(2);
  for (int trial = 0; trial < 500; ++trial) {
    int n = 1 + random.below(25);
    auto heads = random_projective_tree(n, random);
    auto labels = random_labels(n, random);
    Derivation d = derive(heads, labels, 30, random);
    EXPECT_TRUE(is_tree(d.heads)) << "trial " << trial;
    EXPECT_EQ(errors(d, heads, labels), d.total_cost) << "trial " << trial;
  }
}

TEST(OracleTest, NonProjectiveTreesStillGiveTrees) {
  Random random(3);
  for (int trial = 0; trial < 300; ++trial) {
    int n = 1 + random.below(30);
    auto heads = random_tree(n, random);
    ASSERT_TRUE(is_tree(heads));
    auto labels = random_labels(n, random);
    Derivation d = derive(heads, labels, trial % 2 ? 20 : 0, random);
    EXPECT_TRUE(is_tree(d.heads)) << "trial " << trial;
    EXPECT_LE(d.total_cost, errors(d, heads, labels)) << "trial " << trial;
  }
}

TEST(OracleTest, RebuildsTheProjectiveTreesOfTheTreebank) {
  auto sentences = nlp::testing::ud_slice("en_ewt-ud-train.conllu", 3000);
  if (sentences.empty()) GTEST_SKIP() << "needs ../shared (absent)";
  Random random(4);
  int projective = 0;
  for (const auto& s : sentences) {
    const int n = static_cast<int>(s.words.size());
    std::vector<int> heads(n + 1, -1), labels(n + 1, 0);
    for (int w = 1; w <= n; ++w) heads[w] = s.words[w - 1].head;
    if (!is_tree(heads)) continue;
    Derivation d = derive(heads, labels, 0, random);
    EXPECT_TRUE(is_tree(d.heads)) << s.sent_id();
    if (!is_projective(heads)) continue;
    ++projective;
    EXPECT_EQ(d.heads, heads) << s.sent_id();
  }
  EXPECT_GT(projective, 2500);
}

}  // namespace
}  // namespace entente::nlp::parser
