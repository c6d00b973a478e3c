#include "nlp/parser/oracle.h"

namespace entente::nlp::parser {
namespace {

// Gold dependents of `word` still in the buffer: they can only get their
// head from the stack top (RIGHT) or the buffer front (LEFT), so popping
// `word` loses them all.
int dependents_in_buffer(const State& state, const GoldTree& gold, int word) {
  int lost = 0;
  for (int i = 0;; ++i) {
    int b = state.buffer(i);
    if (b < 0) break;
    if (gold.heads[b] == word) ++lost;
  }
  return lost;
}

bool in_buffer(const State& state, int word) { return state.buffer(0) >= 0 && word >= state.buffer(0); }

int shift_cost(const State& state, const GoldTree& gold) {
  int b = state.buffer(0);
  int s0 = state.stack(0);
  int lost = 0;
  // Once b is on the stack, nothing under it can become its dependent, and
  // it can take a head from the stack only from the item right under it (s0).
  for (int i = 0; i < state.stack_depth(); ++i) {
    int s = state.stack(i);
    if (s != 0 && gold.heads[s] == b) ++lost;
    if (s != s0 && gold.heads[b] == s) ++lost;
  }
  return lost;
}

}  // namespace

int MoveCosts::of_class(int cls) const {
  switch (move_of(cls)) {
    case Move::kShift: return shift;
    case Move::kLeft: return left < 0 ? -1 : left + (left_label >= 0 && label_of(cls) != left_label);
    case Move::kRight: return right < 0 ? -1 : right + (right_label >= 0 && label_of(cls) != right_label);
  }
  return -1;
}

MoveCosts move_costs(const State& state, const GoldTree& gold) {
  MoveCosts costs;
  if (state.can_shift()) costs.shift = shift_cost(state, gold);
  if (!state.can_left() && !state.can_right()) return costs;
  const int s0 = state.stack(0), s1 = state.stack(1), b = state.buffer(0);
  const int head = gold.heads[s0];
  const int lost_dependents = dependents_in_buffer(state, gold, s0);
  if (state.can_left()) {
    // s0 could still take s1 or any buffer word as its head, but now gets b.
    costs.left = lost_dependents;
    if (head == b) {
      costs.left_label = gold.labels[s0];
    } else {
      costs.left += head == s1 || in_buffer(state, head);
    }
  }
  if (state.can_right()) {
    costs.right = lost_dependents;
    if (head == s1) {
      costs.right_label = gold.labels[s0];
    } else {
      costs.right += in_buffer(state, head);
    }
  }
  return costs;
}

}  // namespace entente::nlp::parser
