#pragma once
#include <cstdint>
#include <string_view>

// English irregular verbs: which verb forms a word can be, and the verb it is
// a past form of. News reports events with irregular past tenses that web
// text rarely uses ("Gunmen shot two policemen", "The ferry sank", "Rebels
// overran a base", "Thieves stole paintings"); the treebank has too few of
// them for the tagger to learn each, and nothing in "sank" or "overran"
// looks like a verb to its suffix features. The table is a fact of English
// grammar written for Entente (src/nlp/irregular_verbs.cc).
namespace entente::nlp {

// kAlsoNounForm marks past forms that are also everyday nouns ("a bore", "a
// dove", "a slew of", "a wound"), which a tagger should not force to be verbs.
enum VerbFormBit : uint8_t { kBaseForm = 1, kPastTenseForm = 2, kPastParticipleForm = 4, kAlsoNounForm = 8 };

struct IrregularVerbForm {
  uint8_t forms = 0;          // VerbFormBit set: the roles the word can play
  std::string_view past_of;   // the base form when the word is a past tense or participle, else empty
};

// `lower` is the word in lowercase ASCII ("sank"). Returns forms == 0 when
// the word is no form of an irregular verb. "lay" is a base (to lay) and the
// past tense of "lie"; "found" the past of "find".
IrregularVerbForm irregular_verb_form(std::string_view lower);

}  // namespace entente::nlp
