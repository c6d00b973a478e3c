#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "coding/cameo_table.h"
#include "coding/gazetteer.h"
#include "coding/lexicon.h"
#include "coding/quantities.h"
#include "core/document.h"

// The event coder: reads a Document with sentences, tokens, NLP layers and
// actor mentions, and fills doc.events (CAMEO/PLOVER, dates, places,
// quantities), deduplicated with stable ids.
namespace entente::coding {

// The code, country and role of actor mention `m` valid on `iso_date` (the
// actors stage's Recognizer::code_on). When unset the mention's own fields are used.
struct ActorCode {
  std::string code, country, role;
};
using ActorCoder = std::function<ActorCode(const Document&, const ActorMention&, std::string_view iso_date)>;

// What explain prints: one line per decision, with the sentence it concerns.
struct TraceLine {
  uint32_t sentence = 0;
  std::string text;
};
using Trace = std::vector<TraceLine>;

struct CoderFiles {
  std::filesystem::path data_root;  // holds verbs/, cameo/cameo_codes.tsv, places/places.tsv
  std::string petrarch_verbs;       // optional PETRARCH verb dictionary to import
  std::filesystem::path iso_4217 = "/usr/share/iso-codes/json/iso_4217.json";
};

class Coder {
 public:
  // Loads the lexicon, CAMEO table, gazetteer and currencies. Throws
  // std::runtime_error naming the file and the reason.
  static std::unique_ptr<Coder> load(const CoderFiles& files);
  Coder(Lexicon lexicon, CameoTable cameo, Gazetteer gazetteer, Currencies currencies);

  // Replaces doc.events. Sentences without a parse (empty head layer) yield
  // nothing. `trace`, when given, receives the reasoning for explain.
  // Thread-safe: the coder is read-only.
  void code(Document& doc, const ActorCoder& code_on = {}, Trace* trace = nullptr) const;

  const Lexicon& lexicon() const { return lexicon_; }
  const CameoTable& cameo() const { return cameo_; }
  std::string fingerprint() const;

 private:
  Lexicon lexicon_;
  CameoTable cameo_;
  Gazetteer gazetteer_;
  Currencies currencies_;
};

// The intent code (03x) for an event stated as future or intended ("will
// visit" -> 036); codes without an intent counterpart are returned unchanged.
std::string intent_code(std::string_view code);

}  // namespace entente::coding
