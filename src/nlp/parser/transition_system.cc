#include "nlp/parser/transition_system.h"

#include <cassert>

namespace entente::nlp::parser {

void State::reset(int n) {
  n_ = n;
  next_ = 1;
  stack_.assign(1, 0);
  head_.assign(n + 1, -1);
  label_.assign(n + 1, -1);
  left_.assign(2 * (n + 1), -1);
  right_.assign(2 * (n + 1), -1);
  left_count_.assign(n + 1, 0);
  right_count_.assign(n + 1, 0);
  left_labels_.assign(n + 1, 0);
  right_labels_.assign(n + 1, 0);
}

bool State::can(Move move) const {
  switch (move) {
    case Move::kShift: return can_shift();
    case Move::kLeft: return can_left();
    case Move::kRight: return can_right();
  }
  return false;
}

void State::apply(Move move, int label) {
  assert(can(move));
  switch (move) {
    case Move::kShift:
      stack_.push_back(next_++);
      break;
    case Move::kLeft: {
      int dependent = stack_.back();
      stack_.pop_back();
      attach(next_, dependent, label);
      break;
    }
    case Move::kRight: {
      int dependent = stack_.back();
      stack_.pop_back();
      attach(stack_.back(), dependent, label);
      break;
    }
  }
}

void State::attach(int head, int dependent, int label) {
  head_[dependent] = head;
  label_[dependent] = label;
  uint64_t bit = uint64_t{1} << (static_cast<unsigned>(label) % 64);
  // Arc-hybrid adds a head's left dependents right to left and its right
  // dependents left to right, so the newest one is always the outermost.
  if (dependent < head) {
    left_[2 * head + 1] = left_[2 * head];
    left_[2 * head] = dependent;
    ++left_count_[head];
    left_labels_[head] |= bit;
  } else {
    right_[2 * head + 1] = right_[2 * head];
    right_[2 * head] = dependent;
    ++right_count_[head];
    right_labels_[head] |= bit;
  }
}

}  // namespace entente::nlp::parser
