#pragma once
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coding/parse_view.h"

// A PETRARCH2/TABARI verb dictionary read with its own semantics: synsets
// (&NAME), verb blocks ("--- VERB [code] ---" + synonyms with {irregular
// forms} and their own [code]), and surface patterns around the verb:
//   - &NEG EVER * OVER EFFORTS [905]     words before and after the verb '*'
//   - * TIES WITH + [064]                '+' target, '$' source, '%' compound actor
//   - IN_* [075]                         '_' joins: no word in between
//   - * ^ WITH + [043]                   '^' skips words
//   [032:033]                            the source's code : the target's code back
//   [---]                                no event
//   - * {ARMS SHIPMENT} (TO) [072]       PETRARCH 1.0: a noun phrase, a prepositional phrase
// Space-separated elements may have other words between them; synset phrases
// and '_'-joined words must be consecutive. Pattern words match the word as
// written; synset members also match their regular plurals.
namespace entente::coding {

struct PetrarchElement {
  enum class Kind { kPhrase, kTarget, kSource, kCompound, kSkip };
  Kind kind = Kind::kPhrase;
  std::vector<std::vector<std::string>> phrases;  // kPhrase: lowercase word sequences, any of
  bool adjacent = false;  // no word between it and the element (or verb) before it in matching order
};

struct PetrarchPattern {
  std::vector<PetrarchElement> before;  // matched leftwards from the verb: nearest first
  std::vector<PetrarchElement> after;   // matched rightwards from the verb
  std::string code, reverse_code;       // reverse_code: the target's event back ("" = none)
  std::string where;                    // "file:line"
};

// One verb of a block: "BREAK_DOWN" is lemma "break" with particles {"down"}.
struct PetrarchVerb {
  std::vector<std::string> particles;  // words that must follow the verb
  std::string code, reverse_code;      // the verb's own code, or the block's
  std::string where;
  size_t block = 0;
};

// The coding of one verb occurrence.
struct PetrarchCode {
  std::string code;          // "" when the token is no PETRARCH verb; "---" = no event
  std::string reverse_code;  // the target's coded event back at the source, or ""
  std::string where;         // the pattern (or verb line) that decided
  int source = -1, target = -1;  // tokens matched by '$' and '+', or -1
  bool compound = false;         // a '%' matched before the verb: the actors of that phrase act on each other
  // Fallbacks when the parse names no actor, as PETRARCH reads the surface:
  // the nearest actor before the verb, and the first actor in its phrase after it (tokens, or -1).
  int nearest_source = -1, nearest_target = -1;
};

class PetrarchVerbs {
 public:
  // Throws std::runtime_error "file:line: reason" on an unreadable file or a malformed block header.
  static PetrarchVerbs load(const std::filesystem::path& file);
  // The same from a stream; `name` names it in errors and rules.
  static PetrarchVerbs parse(std::istream& in, const std::string& name);

  // Every word a verb may be looked up by (lemmas and listed irregular forms), lowercase.
  std::vector<std::string> verb_words() const;
  size_t pattern_count() const;

  // Codes the verb at token `verb`: its entry is found by word form, then by
  // lemma; the pattern matching the most words wins (file order breaks ties),
  // else the verb's own code. '+', '$' and '%' match actor mentions of the
  // sentence (parse.doc().mentions).
  PetrarchCode code(const ParseView& parse, uint32_t verb) const;

  // The pattern or verb line named by `where`, for its reverse code; nullptr when unknown.
  const std::string* reverse_code_of(std::string_view where) const;

 private:
  std::vector<std::vector<PetrarchPattern>> blocks_;                       // patterns per block
  std::vector<std::pair<std::string, std::string>> block_codes_;           // per block: code, reverse code
  std::unordered_map<std::string, std::vector<PetrarchVerb>> verbs_;  // first word -> entries
  std::unordered_map<std::string, std::string> reverse_codes_;        // where -> reverse code
};

}  // namespace entente::coding
