#pragma once
#include <vector>

// Checks shared by the parser tests.
namespace entente::nlp::parser::testing {

// True when heads[1..n] (heads[0] ignored) form a tree: every head in 0..n,
// exactly one word attached to the root 0, and no cycles.
inline bool is_tree(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  int roots = 0;
  for (int w = 1; w <= n; ++w) {
    if (heads[w] < 0 || heads[w] > n || heads[w] == w) return false;
    roots += heads[w] == 0;
  }
  if (n > 0 && roots != 1) return false;
  for (int w = 1; w <= n; ++w) {
    int at = w;
    for (int steps = 0; at != 0; ++steps) {
      if (steps > n) return false;  // walked more than n arcs: a cycle
      at = heads[at];
    }
  }
  return true;
}

// True when no two arcs of the tree cross (the root counts as word 0).
inline bool is_projective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int a = 1; a <= n; ++a)
    for (int b = 1; b <= n; ++b) {
      int al = std::min(a, heads[a]), ar = std::max(a, heads[a]);
      int bl = std::min(b, heads[b]), br = std::max(b, heads[b]);
      if (al < bl && bl < ar && ar < br) return false;
    }
  return true;
}

}  // namespace entente::nlp::parser::testing
