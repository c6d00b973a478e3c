#pragma once
#include <string>
#include <vector>

#include "coding/lexicon.h"
#include "coding/parse_view.h"

// Matching a predicate's dependency frame against the lexicon, and finding
// the nodes that fill its roles (who acts, on whom).
namespace entente::coding {

struct FrameMatch {
  const Pattern* pattern = nullptr;
  uint32_t predicate = 0;  // the verb (or event noun)
  int object = -1;         // the object noun the pattern named ("talks"), or -1
  int prep_arg = -1;       // the @prep argument the pattern named, or -1
};

// The lowercased lemma of token t (the form when no lemma is filled).
std::string lemma_key(const ParseView& parse, uint32_t t);

// The most specific pattern of `candidates` whose frame `predicate` fills, or
// a match with pattern == nullptr. `why_not` collects, per rejected pattern,
// the reason ("verbs/meet.txt:4 needs object talk|talks").
FrameMatch match_frame(const ParseView& parse, uint32_t predicate, const std::vector<Pattern>& candidates,
                       std::vector<std::string>* why_not);

// A node that may name a role, and whether it was borrowed from another clause.
struct Slot {
  uint32_t node = 0;
  bool inherited = false;
};

// Nodes that may name who acts, best first. For a verb: its subject; for a
// passive, the "by" agent; for a subjectless clause (conjoined verb,
// "to"-infinitive, participle, relative clause), the subject of the clause it
// hangs from. For an event noun: the subject of a copular predicate noun ("X
// is the largest investor"), its possessor, "by" modifier, adjective or
// compound, "of" then "from" modifier ("aid from X to Y"), then the subject of
// the clause it is an argument of.
std::vector<Slot> agent_slots(const ParseView& parse, uint32_t predicate, bool nominal);

// Nodes that may name the target, best first: the pattern's @prep argument,
// the object and indirect object, prepositional arguments (to, with, against,
// ...) of the predicate and of its object noun, and for a passive its subject.
std::vector<Slot> target_slots(const ParseView& parse, const FrameMatch& match);

// True when the predicate is passive (nsubj:pass or aux:pass child).
bool is_passive(const ParseView& parse, uint32_t predicate);

// Modality of a predicate's clause.
struct Modality {
  bool negated = false;      // "did not visit", "no agreement was signed"
  bool future = false;       // "will visit", "plans to visit", "agreed to sign"
  bool conditional = false;  // "if X attacks"
  bool reported = false;     // "X said Y attacked Z": ccomp of a speech verb
  int reporter = -1;         // the speech verb's subject node, for the record
};
Modality modality_of(const ParseView& parse, const FrameMatch& match);

}  // namespace entente::coding
