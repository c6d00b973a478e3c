#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"

// A read-only view of one parsed sentence: children lists and small queries
// the coder asks of the dependency tree. Indices are document token indices.
namespace entente::coding {

class ParseView {
 public:
  // `doc` must outlive the view and have head/deprel/lemma/upos filled for
  // sentence `s` (heads 1-based within the sentence, 0 = root). Tokens with an
  // out-of-range head are treated as roots.
  ParseView(const Document& doc, uint32_t s);

  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }
  // The head token of `t`, or -1 for a root.
  int head(uint32_t t) const { return heads_[t - begin_]; }
  const std::vector<uint32_t>& children(uint32_t t) const { return children_[t - begin_]; }
  // deprel without its subtype: "obl:tmod" -> "obl".
  std::string_view rel(uint32_t t) const;
  std::string_view full_rel(uint32_t t) const { return doc_.deprel[t]; }
  std::string_view lemma(uint32_t t) const { return doc_.lemma[t]; }
  std::string_view upos(uint32_t t) const { return doc_.upos[t]; }
  // The lowercased lemma of the "case" child of `t` ("to" in "to Hanoi"), or "".
  std::string_view case_of(uint32_t t) const;
  // True when `t` has a child with relation `rel` (subtype ignored) whose lemma is one of `lemmas` (empty = any).
  bool has_child(uint32_t t, std::string_view rel, std::initializer_list<std::string_view> lemmas = {}) const;
  // The first child of `t` whose relation (subtype ignored) is `rel`, or -1.
  int child(uint32_t t, std::string_view rel) const;
  // True when `ancestor` dominates `t` (or equals it).
  bool dominates(uint32_t ancestor, uint32_t t) const;
  // The nearest clause head above or at `t`: a VERB, or a token whose relation is root.
  uint32_t clause_of(uint32_t t) const;
  const Document& doc() const { return doc_; }

 private:
  const Document& doc_;
  uint32_t begin_, end_;
  std::vector<int> heads_;
  std::vector<std::vector<uint32_t>> children_;
};

}  // namespace entente::coding
