#pragma once
#include <string>
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
// capitalised words outside every mention. With a parse, only those heading a
// subject, object, possessor, apposition or conjunct; without, all of them.
std::vector<UnknownName> unknown_names(const Dictionary& dictionary, const Document& doc);

}  // namespace entente::actors
