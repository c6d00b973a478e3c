#pragma once
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "core/document.h"

// Reading and writing CoNLL-U (https://universaldependencies.org/format.html).
namespace entente::conllu {

struct Word {
  std::string id;  // "3" for a word, "3-4" for a multiword-token range line
  std::string form, lemma = "_", upos = "_", xpos = "_", feats = "_";
  int head = -1;   // -1 when the column is "_"
  std::string deprel = "_", deps = "_", misc = "_";
  bool space_after() const;  // false when MISC has SpaceAfter=No
};

struct Sentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<Word> words;            // integer ids only, in order
  std::vector<Word> multiword;        // range lines ("3-4"), in order
  std::string comment(std::string_view key) const;  // value of "# key = value", or ""
  std::string text() const { return comment("text"); }
  std::string sent_id() const { return comment("sent_id"); }
};

// Streams sentences from CoNLL-U text. Empty nodes ("3.1") are skipped.
class Reader {
 public:
  Reader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}
  // False at end of input; throws std::runtime_error "name:line: reason" on malformed input.
  bool next(Sentence& sentence);

 private:
  std::istream& in_;
  std::string name_;
  size_t line_number_ = 0;
};

// Every sentence of a file; throws std::runtime_error when unreadable or malformed.
std::vector<Sentence> read_file(const std::string& path);

void write(std::ostream& out, const Sentence& sentence);

// A Document whose text is rebuilt from the forms (multiword tokens' surface
// forms where present) and SpaceAfter, with tokens, sentences, multiword and
// the gold layers (lemma, upos, xpos, feats, head, deprel) filled from `sentences`.
Document to_document(const std::vector<Sentence>& sentences, std::string id);

// Writes `doc` as CoNLL-U: "# newdoc id", per sentence "# sent_id = <id>-<n>"
// and "# text = " (original characters), one line per word with its original
// characters as FORM, range lines for multiword tokens, SpaceAfter=No, and
// whichever NLP layers are filled ("_" otherwise).
void write_document(std::ostream& out, const Document& doc);

}  // namespace entente::conllu
