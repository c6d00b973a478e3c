#include "coding/parse_view.h"

namespace entente::coding {

ParseView::ParseView(const Document& doc, uint32_t s)
    : doc_(doc), begin_(doc.sentences[s].token_begin), end_(doc.sentences[s].token_end) {
  const uint32_t n = end_ - begin_;
  heads_.assign(n, -1);
  children_.assign(n, {});
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t t = begin_ + i;
    const int h = t < doc.head.size() ? doc.head[t] : 0;
    if (h >= 1 && static_cast<uint32_t>(h) <= n && static_cast<uint32_t>(h - 1) != i) {
      heads_[i] = static_cast<int>(begin_) + h - 1;
      children_[h - 1].push_back(t);
    }
  }
  // A malformed parse may contain a cycle; cut it so every walk up terminates.
  for (uint32_t i = 0; i < n; ++i) {
    int t = static_cast<int>(begin_ + i);
    for (uint32_t steps = 0; t >= 0; ++steps) {
      if (steps > n) {
        heads_[i] = -1;
        break;
      }
      t = heads_[t - begin_];
    }
  }
}

std::string_view ParseView::rel(uint32_t t) const {
  std::string_view r = doc_.deprel[t];
  return r.substr(0, r.find(':'));
}

std::string_view ParseView::case_of(uint32_t t) const {
  for (uint32_t c : children(t)) {
    std::string_view r = rel(c);
    if (r == "case" || (r == "mark" && upos(c) == "ADP")) return lemma(c);
  }
  return {};
}

bool ParseView::has_child(uint32_t t, std::string_view r, std::initializer_list<std::string_view> lemmas) const {
  for (uint32_t c : children(t)) {
    if (rel(c) != r) continue;
    if (lemmas.size() == 0) return true;
    for (std::string_view l : lemmas)
      if (lemma(c) == l) return true;
  }
  return false;
}

int ParseView::child(uint32_t t, std::string_view r) const {
  for (uint32_t c : children(t))
    if (rel(c) == r) return static_cast<int>(c);
  return -1;
}

bool ParseView::dominates(uint32_t ancestor, uint32_t t) const {
  for (int x = static_cast<int>(t); x >= 0; x = head(x))
    if (static_cast<uint32_t>(x) == ancestor) return true;
  return false;
}

uint32_t ParseView::clause_of(uint32_t t) const {
  int x = static_cast<int>(t);
  while (x >= 0) {
    if (upos(x) == "VERB" || head(x) < 0) return static_cast<uint32_t>(x);
    x = head(x);
  }
  return t;
}

}  // namespace entente::coding
