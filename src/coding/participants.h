#pragma once
#include <string>
#include <vector>

#include "coding/gazetteer.h"
#include "coding/parse_view.h"
#include "core/document.h"

// Who an argument of a predicate is: the actor mentions (or, failing those,
// a gazetteer place standing for its country) behind a dependency node.
namespace entente::coding {

struct Participant {
  int mention = -1;  // index into doc.mentions; -1 for a place standing in for its country
  std::string code, country, role, text;
  Span span;
  uint32_t token = 0;  // first token, to order and to tell participants apart
  double certainty = 1.0;
};

class ParticipantFinder {
 public:
  // Indexes the mentions of sentence `s`. `places` are the gazetteer matches of
  // that sentence; all arguments must outlive the finder.
  ParticipantFinder(const Document& doc, uint32_t s, const ParseView& parse, const std::vector<PlaceMention>& places);

  // The participants a phrase headed by `node` names: mentions covering the node,
  // else the nearest ones inside the phrase (apposition, flat name, compound,
  // possessor, then "of" modifiers), plus those of coordinated phrases ("China
  // and Vietnam" -> two). Empty when the phrase names no actor.
  std::vector<Participant> of(uint32_t node) const;

  // True when some mention covers token `t`.
  bool covered(uint32_t t) const;

 private:
  std::vector<Participant> direct(uint32_t node) const;
  std::vector<Participant> inside(uint32_t node, int depth) const;

  const Document& doc_;
  const ParseView& parse_;
  const std::vector<PlaceMention>& places_;
  uint32_t begin_;
  std::vector<std::vector<int>> by_token_;  // sentence-relative token -> mentions covering it
};

}  // namespace entente::coding
