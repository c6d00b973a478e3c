#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The predicate lexicon: which verb (or event noun) in which dependency frame
// is which CAMEO event. Format (data/verbs/README.md), one pattern a line:
//   <code> <lemma>[.n] [~particle] [+noun|noun] [@prep|prep] [mutual] [reverse]  # example
namespace entente::coding {

struct Pattern {
  std::string code;                  // CAMEO event code, "042"
  std::string lemma;                 // head verb (or noun when `nominal`), lowercase
  bool nominal = false;              // "visit.n": the noun names the event ("Xi's visit to Hanoi")
  std::string particle;              // required phrasal particle ("out" in "carry out"), or ""
  std::vector<std::string> objects;  // required object noun lemmas ("talk" in "hold talks"), any of
  std::vector<std::string> preps;    // required prepositional argument, any of; it holds the target
  bool mutual = false;               // both sides act: code both directions
  bool reverse = false;              // the subject is the target, the @prep argument the source
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
  // Adds the patterns of a PETRARCH CAMEO verb dictionary (they win ties with ours) (CAMEO.2.0.txt
  // format): each verb block's synonyms with its default code, and the simple
  // object/preposition patterns; patterns it cannot express are skipped.
  // Returns how many patterns were added. Throws std::runtime_error when unreadable.
  size_t import_petrarch(const std::filesystem::path& file);

  // Adds one pattern line (the format above); `where` names it in errors and in events.
  void add_line(std::string_view line, const std::string& where);

  // Patterns whose head lemma is `lemma` (verb or noun patterns), or nullptr.
  const std::vector<Pattern>* verbs(std::string_view lemma) const;
  const std::vector<Pattern>* nouns(std::string_view lemma) const;

  size_t size() const { return size_; }
  // Number of patterns per CAMEO root ("01".."20").
  std::map<std::string, size_t> count_by_root() const;
  // Hex digest of every pattern, for Engine::fingerprint().
  std::string fingerprint() const;

 private:
  std::unordered_map<std::string, std::vector<Pattern>> verbs_, nouns_;
  size_t size_ = 0;
};

}  // namespace entente::coding
