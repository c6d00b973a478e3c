#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "core/conllu.h"
#include "core/document.h"

// The NLP stage in one call: tag (UPOS, XPOS, FEATS), lemmatize and parse
// every sentence of a Document that the front end has already split.
namespace entente::nlp {

class Tagger;
class Lemmatizer;
namespace parser { class Parser; }

// The folder holding tagger.bin, lemmatizer.bin and parser.bin: `flag` when
// non-empty (--models DIR), else $ENTENTE_MODELS when set, else the models/
// folder of the source tree this binary was built from. The folder is not
// checked here; Annotator::load says what is missing.
std::filesystem::path find_models_dir(const std::string& flag);

class Annotator {
 public:
  // Loads the models from `models_dir`. tagger.bin and lemmatizer.bin are
  // required; parser.bin is required only when `require_parser` is true (else
  // a missing parser leaves heads empty, see has_parser()). Throws ModelError
  // naming the file and the fix (`make models`) when a model is missing, old
  // or foreign.
  static std::unique_ptr<Annotator> load(const std::filesystem::path& models_dir, bool require_parser = true);
  ~Annotator();

  // Fills doc.upos/xpos/feats/lemma for every token and, when a parser is
  // loaded, doc.head/deprel, replacing whatever those layers held. Needs
  // doc.sentences and doc.tokens (the front end's output). Thread-safe: the
  // models are read-only after load, so one Annotator serves every thread.
  void annotate(Document& doc) const;

  // The same for one CoNLL-U sentence, from its words' FORMs: fills LEMMA,
  // UPOS, XPOS, FEATS and (with a parser) HEAD and DEPREL, sets DEPS to "_"
  // and keeps ids, forms, comments, multiword lines and MISC. Thread-safe.
  void annotate(conllu::Sentence& sentence) const;

  bool has_parser() const { return parser_ != nullptr; }

 private:
  Annotator();
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
  std::unique_ptr<parser::Parser> parser_;
};

}  // namespace entente::nlp
