#pragma once
#include <string>
#include <string_view>

#include "actors/dictionary.h"
#include "core/document.h"

// Recognising actors in a Document and coding them for a date.
namespace entente::actors {

struct CodedActor {
  std::string code, country, role;  // "VNMGOV", "VNM", "GOV"
};

// Splits a CAMEO actor code: "VNMGOVMED" -> country VNM, role GOV;
// "IGOUNO" -> country "IGOUNO", role "IGO"; an agent role alone "GOV" -> role GOV.
CodedActor split_code(const Dictionary& dictionary, std::string_view code);

class Recognizer {
 public:
  // `dictionary` must outlive the Recognizer. Thread-safe after construction.
  explicit Recognizer(const Dictionary& dictionary);

  // Replaces doc.mentions with the actors of every sentence (needs doc.tokens
  // and doc.sentences; uses upos/deprel when filled), coded for doc.date
  // (today's codes when the date is empty), then adds coreference mentions:
  // surnames, "the Chinese leader", conservative subject pronouns, and
  // "the two countries"/"both sides" -> one mention per member of the
  // document's main dyad (same span, rule "coref:dyad").
  void recognize(Document& doc) const;

  // The code of mention `m` valid on `iso_date` (YYYY, YYYY-MM or YYYY-MM-DD;
  // empty = doc.date): people's date-bounded roles are looked up again.
  CodedActor code_on(const Document& doc, const ActorMention& m, std::string_view iso_date) const;

  const Dictionary& dictionary() const { return dictionary_; }

 private:
  const Dictionary& dictionary_;
};

}  // namespace entente::actors
