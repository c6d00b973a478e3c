#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "actors/pieces.h"
#include "core/document.h"

// Light coreference inside one document. Each resolved mention records its
// antecedent (an index into doc.mentions) and the rule "coref:<kind>".
namespace entente::actors {

// What earlier sentences said, for resolving later ones.
struct DocMemory {
  std::unordered_map<std::string, int> surnames;  // folded first/last word of a known person -> mention
  std::unordered_map<std::string, int> names;     // name_key of a titled unknown name -> mention
  std::unordered_map<std::string, int> by_code;   // code -> latest person mention with it
  std::vector<int> previous_people;               // person mentions of the previous sentence
  std::vector<int> current_people;                // ... of the sentence being read
  // Remembers person mention `index`, named by `name` pieces (for surnames)
  // or, for an unknown name, by its key.
  void remember_person(const Document& doc, int index, const std::vector<Piece>& name, bool known);
  void next_sentence();
};

// A "the two countries" / "both sides" phrase waiting for the main dyad.
struct DyadPhrase {
  uint32_t sentence = 0, token_begin = 0, token_end = 0;
  Span span;
  std::string role;  // "" for countries, "PTY" for parties, "GOV" for governments
};

// The dyad phrases among a sentence's pieces.
std::vector<DyadPhrase> find_dyad_phrases(const std::vector<Piece>& pieces, uint32_t sentence);

// A subject "he"/"she" resolved to the previous sentence's only person, or -1.
int pronoun_antecedent(const Document& doc, const Piece& piece, bool sentence_start, const DocMemory& memory);

// Adds one mention per member of the document's main dyad (its two most
// mentioned countries) for each phrase, then sorts doc.mentions by position,
// keeping antecedents pointing at the same mentions.
void resolve_dyads(const Dictionary& dictionary, const std::vector<DyadPhrase>& phrases, Document& doc);

}  // namespace entente::actors
