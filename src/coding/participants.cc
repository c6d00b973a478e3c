#include "coding/participants.h"

#include <algorithm>

namespace entente::coding {

ParticipantFinder::ParticipantFinder(const Document& doc, uint32_t s, const ParseView& parse,
                                     const std::vector<PlaceMention>& places)
    : doc_(doc), parse_(parse), places_(places), begin_(parse.begin()) {
  by_token_.assign(parse.end() - parse.begin(), {});
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const ActorMention& mention = doc.mentions[m];
    // "---EDU" (students of no known country) cannot be one side of a dyad.
    if (mention.sentence != s || mention.code.empty() || mention.code.starts_with("---")) continue;
    for (uint32_t t = std::max(mention.token_begin, parse.begin()); t < std::min(mention.token_end, parse.end()); ++t)
      by_token_[t - begin_].push_back(static_cast<int>(m));
  }
}

bool ParticipantFinder::covered(uint32_t t) const { return !by_token_[t - begin_].empty(); }

std::vector<Participant> ParticipantFinder::direct(uint32_t node) const {
  std::vector<Participant> out;
  for (int m : by_token_[node - begin_]) {
    const ActorMention& mention = doc_.mentions[m];
    out.push_back({m, mention.code, mention.country, mention.role, std::string(doc_.span_text(mention.span)),
                   mention.span, mention.token_begin, mention.certainty});
  }
  if (!out.empty()) return out;
  for (const PlaceMention& p : places_) {
    if (node >= p.token_begin && node < p.token_end) {
      Span span{doc_.tokens[p.token_begin].begin, doc_.tokens[p.token_end - 1].end};
      out.push_back({-1, p.place->country, p.place->country, "", std::string(doc_.span_text(span)), span,
                     p.token_begin, 0.8});
    }
  }
  return out;
}

// Searches the phrase under `node` for an actor, nearest relations first: a
// title's apposition ("the President, Xi Jinping"), name parts, compounds and
// adjectives ("Chinese companies"), possessors ("China's system"), then "of"
// modifiers ("President of Vietnam"). Clauses inside the phrase are not entered.
std::vector<Participant> ParticipantFinder::inside(uint32_t node, int depth) const {
  if (auto d = direct(node); !d.empty()) return d;
  if (depth == 0) return {};
  static constexpr std::string_view kNear[] = {"appos", "flat", "compound", "amod", "nmod:poss", "nmod:of", "nmod"};
  for (std::string_view wanted : kNear) {
    for (uint32_t c : parse_.children(node)) {
      std::string_view full = parse_.full_rel(c);
      bool match = wanted == "nmod:of" ? (parse_.rel(c) == "nmod" && parse_.case_of(c) == "of")
                   : wanted == "nmod" ? (full == "nmod" && parse_.case_of(c) != "of" && parse_.case_of(c) != "in")
                                      : full == wanted || (wanted == "flat" && parse_.rel(c) == "flat");
      if (!match) continue;
      if (wanted == "nmod") continue;  // other modifiers ("aid to Vietnam") are arguments, not the head
      if (auto found = inside(c, depth - 1); !found.empty()) return found;
    }
  }
  return {};
}

std::vector<Participant> ParticipantFinder::of(uint32_t node) const {
  std::vector<Participant> out = inside(node, 2);
  // Coordination: "China and Vietnam", "Y and Z".
  for (uint32_t c : parse_.children(node)) {
    if (parse_.rel(c) != "conj") continue;
    for (Participant& p : of(c)) out.push_back(std::move(p));
  }
  // One participant per distinct code (two mentions of one actor are one side).
  std::vector<Participant> unique;
  for (Participant& p : out)
    if (std::none_of(unique.begin(), unique.end(), [&](const Participant& u) { return u.code == p.code; }))
      unique.push_back(std::move(p));
  return unique;
}

}  // namespace entente::coding
