#pragma once
#include <string>

#include "core/span.h"

namespace entente {

// One recognised actor in the text: the layer the actors stage adds.
struct ActorMention {
  uint32_t sentence = 0;     // index into Document::sentences
  uint32_t token_begin = 0;  // token range [token_begin, token_end) in the document
  uint32_t token_end = 0;
  Span span;                 // bytes in the original text
  std::string code;          // CAMEO actor code valid on the resolved date, e.g. "CHNGOV"
  std::string country;       // ISO 3166-1 alpha-3 (or IGO code), e.g. "CHN"
  std::string role;          // "GOV", "MIL", ... empty for a bare country
  std::string rule;          // dictionary file:line or coreference rule that decided
  int antecedent = -1;       // for coreference: index of the mention it points to
  double certainty = 1.0;    // 0..1, how sure recognition is
};

}  // namespace entente
