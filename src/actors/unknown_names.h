#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "core/document.h"

namespace entente::actors {

// A proper-name phrase no dictionary knows, where an actor could stand.
struct UnknownName {
  std::string text;      // as written
  uint32_t sentence = 0;
  Span span;
};

// The unknown names of a recognised document (doc.mentions filled): runs of
// capitalised words outside every mention. With a parse (doc.head/deprel
// filled), only names in an actor position (see in_actor_position); without
// one, every such run.
std::vector<UnknownName> unknown_names(const Dictionary& dictionary, const Document& doc);

// True when token `token` (document index) of sentence `sentence` is where an
// actor stands: nsubj, nsubj:pass, obj, iobj, obl:agent or nmod:poss, or a
// conj/appos whose chain of heads reaches one of those. Needs the parse.
bool in_actor_position(const Document& doc, uint32_t sentence, uint32_t token);

// Counts unknown names over many documents, keeping the first sentence each
// was seen in. Not thread-safe: one tally per thread, or add() under a lock.
class UnknownNameTally {
 public:
  struct Row {
    std::string name;
    size_t count = 0;
    std::string sample;  // the first sentence it was seen in, on one line
  };
  // Counts every unknown name of `doc` (doc.mentions filled).
  void add(const Dictionary& dictionary, const Document& doc);
  // Most frequent first; ties in the order first seen.
  std::vector<Row> ranked() const;

 private:
  struct Seen {
    size_t count = 0, order = 0;
    std::string sample;
  };
  std::unordered_map<std::string, Seen> seen_;
};

}  // namespace entente::actors
