#include "actors/unknown_names.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "actors/atoms.h"
#include "actors/pieces.h"

namespace entente::actors {

namespace {

// Subjects, objects, passive agents and possessors: where an actor stands.
bool actor_relation(std::string_view deprel) {
  static constexpr std::array<std::string_view, 6> kRelations = {"nsubj", "nsubj:pass", "obj",
                                                                 "iobj",  "obl:agent",  "nmod:poss"};
  return std::find(kRelations.begin(), kRelations.end(), deprel) != kRelations.end();
}

bool inside_mention(const Document& doc, Span span) {
  return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const ActorMention& m) {
    return m.span.begin < span.end && span.begin < m.span.end;
  });
}

// The document index of `token`'s head, or -1 for the root.
int64_t head_of(const Document& doc, uint32_t sentence, uint32_t token) {
  if (doc.head[token] <= 0) return -1;
  return int64_t(doc.sentences[sentence].token_begin) + doc.head[token] - 1;
}

// True when a token of [first, last] whose head lies outside the phrase (its
// head within the sentence's parse) stands in an actor position.
bool phrase_in_actor_position(const Document& doc, uint32_t sentence, uint32_t first, uint32_t last) {
  for (uint32_t t = first; t <= last; ++t) {
    int64_t head = head_of(doc, sentence, t);
    bool phrase_head = head < int64_t(first) || head > int64_t(last);
    if (phrase_head && in_actor_position(doc, sentence, t)) return true;
  }
  return false;
}

std::string one_line(std::string_view text) {
  std::string line(text);
  std::replace(line.begin(), line.end(), '\n', ' ');
  std::replace(line.begin(), line.end(), '\t', ' ');
  return line;
}

}  // namespace

bool in_actor_position(const Document& doc, uint32_t sentence, uint32_t token) {
  // A conjunct or apposition stands where its first conjunct stands; the
  // bound guards against a malformed parse with a cycle.
  for (size_t hops = 0; hops <= doc.sentences[sentence].size(); ++hops) {
    const std::string& deprel = doc.deprel[token];
    if (actor_relation(deprel)) return true;
    if (deprel != "conj" && deprel != "appos") return false;
    int64_t head = head_of(doc, sentence, token);
    if (head < 0 || size_t(head) >= doc.tokens.size()) return false;
    token = uint32_t(head);
  }
  return false;
}

std::vector<UnknownName> unknown_names(const Dictionary& dictionary, const Document& doc) {
  std::vector<UnknownName> names;
  bool parsed = doc.deprel.size() == doc.tokens.size() && doc.head.size() == doc.tokens.size();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<Piece> pieces = sentence_pieces(doc, s);
    for (const Atom& atom : find_atoms(dictionary, doc, pieces)) {
      if (!atom.unknown() || atom.weak) continue;
      Span span{pieces[atom.first].span.begin, pieces[atom.last - 1].span.end};
      if (inside_mention(doc, span)) continue;
      if (parsed && !phrase_in_actor_position(doc, s, pieces[atom.first].token, pieces[atom.last - 1].token)) continue;
      names.push_back({std::string(doc.span_text(span)), s, span});
    }
  }
  return names;
}

void UnknownNameTally::add(const Dictionary& dictionary, const Document& doc) {
  for (const UnknownName& name : unknown_names(dictionary, doc)) {
    auto [it, added] = seen_.try_emplace(name.text);
    if (added) {
      it->second.order = seen_.size();
      it->second.sample = one_line(doc.span_text(doc.sentences[name.sentence].span));
    }
    ++it->second.count;
  }
}

std::vector<UnknownNameTally::Row> UnknownNameTally::ranked() const {
  std::vector<std::pair<std::string, Seen>> sorted(seen_.begin(), seen_.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second.count != b.second.count ? a.second.count > b.second.count : a.second.order < b.second.order;
  });
  std::vector<Row> rows;
  rows.reserve(sorted.size());
  for (auto& [name, seen] : sorted) rows.push_back({name, seen.count, std::move(seen.sample)});
  return rows;
}

}  // namespace entente::actors
