#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The predicate lexicon: which verb (or event noun) in which dependency frame
// is which CAMEO event. Format (data/verbs/README.md), one pattern a line:
//   <code> <lemma>[.n] [~particle] [+noun|noun] [@prep|prep] [mutual] [reverse]  # example
namespace entente::coding {

class PetrarchVerbs;

struct Pattern {
  std::string code;                  // CAMEO event code, "042"
  std::string lemma;                 // head verb (or noun when `nominal`), lowercase
  bool nominal = false;              // "visit.n": the noun names the event ("Xi's visit to Hanoi")
  std::string particle;              // required phrasal particle ("out" in "carry out"), or ""
  std::vector<std::string> objects;  // required object noun lemmas ("talk" in "hold talks"), any of
  std::vector<std::string> preps;    // required prepositional argument, any of; it holds the target
  bool mutual = false;               // both sides act: code both directions
  bool reverse = false;              // the subject is the target, the @prep argument the source
  bool petrarch = false;             // from a PETRARCH verb dictionary: Lexicon::petrarch() decides the code
  std::string where;                 // "file:line" the pattern came from
  std::string example;               // the comment after '#'
  // How much of the frame the pattern pins down; the most specific match wins.
  int specificity() const;
};

class Lexicon {
 public:
  // Loads every *.txt file under `dir` (sorted by name). Throws
  // std::runtime_error "file:line: reason" on a malformed line.
  static Lexicon load(const std::filesystem::path& dir);
  // Imports a PETRARCH2/TABARI verb dictionary (CAMEO.2.0.txt format): every verb
  // it knows replaces our patterns for that word with a trigger flagged
  // `petrarch`, whose code petrarch() decides (coding/petrarch_patterns.h).
  // Returns how many verbs were added. Throws std::runtime_error "file:line: reason".
  size_t import_petrarch(const std::filesystem::path& file);

  // Adds one pattern line (the format above); `where` names it in errors and in events.
  void add_line(std::string_view line, const std::string& where);

  // Patterns whose head lemma is `lemma` (verb or noun patterns), or nullptr.
  const std::vector<Pattern>* verbs(std::string_view lemma) const;
  const std::vector<Pattern>* nouns(std::string_view lemma) const;

  // The imported PETRARCH verb dictionary (its patterns code the verbs it knows), or nullptr.
  const PetrarchVerbs* petrarch() const { return petrarch_.get(); }

  size_t size() const { return size_; }
  // Number of patterns per CAMEO root ("01".."20").
  std::map<std::string, size_t> count_by_root() const;
  // Hex digest of every pattern, for Engine::fingerprint().
  std::string fingerprint() const;

 private:
  std::unordered_map<std::string, std::vector<Pattern>> verbs_, nouns_;
  std::shared_ptr<const PetrarchVerbs> petrarch_;  // the imported PETRARCH dictionary, shared read-only
  size_t size_ = 0;
};

}  // namespace entente::coding
