#pragma once
#include <span>

#include "nlp/parser/transition_system.h"

// The dynamic oracle for arc-hybrid (Goldberg and Nivre 2013): the cost of a
// move is the number of gold arcs that were still reachable before it and
// are not after it (a wrong label on the gold arc counts as one). Following
// any zero-cost move from any state leads to the best tree still reachable;
// from the initial state on a projective tree, that is the gold tree.
namespace entente::nlp::parser {

// The gold tree of one sentence; index 0 is the root (its entries unused).
struct GoldTree {
  std::span<const int> heads;   // heads[w] for w in 1..n
  std::span<const int> labels;  // labels[w] for w in 1..n
};

// The costs of the three moves in one state, computed once for all labels.
struct MoveCosts {
  int shift = -1, left = -1, right = -1;  // -1 when the move is not allowed
  // The label that LEFT (RIGHT) must carry to cost no more than above: the
  // gold label when it builds a gold arc, else -1 (any label will do).
  int left_label = -1, right_label = -1;
  // Cost of a classifier class (see transition_system.h); -1 when not allowed.
  int of_class(int cls) const;
};

MoveCosts move_costs(const State& state, const GoldTree& gold);

}  // namespace entente::nlp::parser
