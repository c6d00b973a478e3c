#pragma once
#include <cstdint>
#include <span>
#include <vector>

// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the artificial root at the bottom of the stack. Words are
// numbered 1..n; 0 is the root.
//   SHIFT      moves the buffer front onto the stack;
//   LEFT(l)    makes the stack top a dependent of the buffer front, pops it;
//   RIGHT(l)   makes the stack top a dependent of the word below it, pops it.
// RIGHT onto the root is allowed only once the buffer is empty, so every
// complete derivation builds a tree with exactly one root.
namespace entente::nlp::parser {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

// Moves and labels share one class space for the classifier:
// 0 = SHIFT, 1 + 2*label = LEFT(label), 2 + 2*label = RIGHT(label).
inline int num_classes(int num_labels) { return 1 + 2 * num_labels; }
inline int class_of(Move move, int label) {
  return move == Move::kShift ? 0 : (move == Move::kLeft ? 1 : 2) + 2 * label;
}
inline Move move_of(int cls) { return cls == 0 ? Move::kShift : (cls % 2 == 1 ? Move::kLeft : Move::kRight); }
inline int label_of(int cls) { return cls == 0 ? -1 : (cls - 1) / 2; }

// A parser configuration plus the partial tree built so far, with the
// per-word summaries (outermost children, valency, child labels) that the
// features read.
class State {
 public:
  // Starts the derivation for a sentence of `n` words: stack = [root], buffer = 1..n.
  explicit State(int n) { reset(n); }
  void reset(int n);

  int size() const { return n_; }
  // The i-th stack item from the top (0 = top), or -1 past the bottom. May be 0 (the root).
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int stack_depth() const { return static_cast<int>(stack_.size()); }
  // The i-th buffer word (0 = front), or -1 past the end.
  int buffer(int i) const { return next_ + i <= n_ ? next_ + i : -1; }

  bool can_shift() const { return next_ <= n_; }
  bool can_left() const { return stack_.size() >= 2 && next_ <= n_; }
  bool can_right() const { return stack_.size() >= 3 || (stack_.size() == 2 && next_ > n_); }
  bool can(Move move) const;
  bool terminal() const { return next_ > n_ && stack_.size() == 1; }

  // Applies `move`; `label` is ignored for SHIFT. The move must be allowed (can(move)).
  void apply(Move move, int label);

  // Partial tree of word w (1..n; the root too for the child summaries).
  int head(int w) const { return head_[w]; }    // -1 while unattached
  int label(int w) const { return label_[w]; }  // -1 while unattached
  // k-th outermost left (right) dependent of w, k = 0 or 1; -1 when none.
  int leftmost(int w, int k) const { return left_[2 * w + k]; }
  int rightmost(int w, int k) const { return right_[2 * w + k]; }
  int left_count(int w) const { return left_count_[w]; }
  int right_count(int w) const { return right_count_[w]; }
  // Bit (label % 64) set for each label among w's left (right) dependents.
  uint64_t left_labels(int w) const { return left_labels_[w]; }
  uint64_t right_labels(int w) const { return right_labels_[w]; }

 private:
  void attach(int head, int dependent, int label);

  int n_ = 0;
  int next_ = 1;  // buffer front
  std::vector<int> stack_;
  std::vector<int> head_, label_, left_, right_;
  std::vector<uint16_t> left_count_, right_count_;
  std::vector<uint64_t> left_labels_, right_labels_;
};

// The highest-scoring class whose move is allowed in `state` (ties go to the
// lower class); `scores` holds one score per class. At least one move is
// allowed in every non-terminal state.
template <typename Score>
int best_allowed(const State& state, std::span<const Score> scores) {
  const int classes = static_cast<int>(scores.size());
  int best = state.can_shift() ? 0 : -1;
  // LEFT classes are the odd ones, RIGHT the even ones from 2.
  for (int first : {1, 2}) {
    if (!(first == 1 ? state.can_left() : state.can_right())) continue;
    for (int c = first; c < classes; c += 2)
      if (best < 0 || scores[c] > scores[best] || (scores[c] == scores[best] && c < best)) best = c;
  }
  return best;
}

// The highest-scoring LEFT class (ties go to the lower class).
template <typename Score>
int best_left(std::span<const Score> scores) {
  int best = 1;
  for (int c = 3; c < static_cast<int>(scores.size()); c += 2)
    if (scores[c] > scores[best]) best = c;
  return best;
}

}  // namespace entente::nlp::parser
