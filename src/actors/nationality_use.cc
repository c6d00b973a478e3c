#include "actors/nationality_use.h"

#include <string>
#include <unordered_set>

#include "actors/atoms.h"

namespace entente::actors {

namespace {

bool tagged(const Document& doc) { return doc.upos.size() == doc.tokens.size(); }
bool parsed(const Document& doc) { return doc.head.size() == doc.tokens.size() && doc.deprel.size() == doc.tokens.size(); }

bool is_alphabetic(const Piece& piece) {
  for (unsigned char c : piece.folded)
    if (!std::isalpha(c) && c < 0x80) return false;
  return !piece.folded.empty();
}

bool is_hyphen(const Piece& piece) { return piece.folded == "-"; }

// The key the unit's words are looked up by (as longest_match builds it).
std::string unit_key(const std::vector<Piece>& pieces, const Unit& unit) {
  std::string key;
  for (uint32_t p = unit.first; p < unit.last; ++p) key += pieces[p].folded;
  return key;
}

// True when the word at `p` is a noun or an adjective (or a hyphen joining
// one), so that the country word before it modifies it ("a Cuban ship",
// "Spanish-speaking") rather than standing alone as a noun.
bool modifier_follows(const Document& doc, const std::vector<Piece>& pieces, uint32_t p) {
  if (p >= pieces.size()) return false;
  if (is_hyphen(pieces[p])) return true;
  if (tagged(doc)) {
    const std::string& upos = doc.upos[pieces[p].token];
    return upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "NUM";
  }
  return is_alphabetic(pieces[p]) && !is_function_word(pieces[p].folded);  // "a Cuban ship", "a Sino Vietnamese body"
}

// A thing the dictionary lists at piece `p`, alone or with the next piece ("New Year").
bool thing_at(const Dictionary& dictionary, const std::vector<Piece>& pieces, uint32_t p) {
  if (p >= pieces.size()) return false;
  if (dictionary.is_thing(pieces[p].folded)) return true;
  return p + 1 < pieces.size() && dictionary.is_thing(pieces[p].folded + pieces[p + 1].folded);
}

// "Vietnamese coffee", "Spanish-language", "Vietnamese agricultural products"
// (adjectives skipped when tagged); with a parse also the noun the word
// modifies further away ("Chinese and Japanese characters").
bool describes_thing(const Dictionary& dictionary, const Document& doc, uint32_t sentence,
                     const std::vector<Piece>& pieces, const Unit& unit) {
  uint32_t p = unit.last;
  if (p < pieces.size() && is_hyphen(pieces[p])) ++p;
  for (int adjectives = 0; adjectives <= 2 && p < pieces.size(); ++adjectives, ++p) {
    if (thing_at(dictionary, pieces, p)) return true;
    if (!tagged(doc) || doc.upos[pieces[p].token] != "ADJ") break;
  }
  if (!parsed(doc)) return false;
  // Up a chain of conjuncts to the modifier, then to the noun it modifies.
  uint32_t token = pieces[unit.last - 1].token;
  uint32_t base = doc.sentences[sentence].token_begin;
  for (size_t hops = 0; hops < 4 && doc.head[token] > 0; ++hops) {
    uint32_t head = base + uint32_t(doc.head[token]) - 1;
    if (head >= doc.tokens.size()) return false;
    const std::string& deprel = doc.deprel[token];
    if (deprel == "amod" || deprel == "compound") {
      std::string lemma = doc.lemma.size() == doc.tokens.size() ? doc.lemma[head] : "";
      return head > token && (dictionary.is_thing(name_key(doc.token_text(head))) ||
                              (!lemma.empty() && dictionary.is_thing(name_key(lemma))));
    }
    if (deprel != "conj") return false;
    token = head;
  }
  return false;
}

// "in Spanish", "into English", "study Chinese", "in Chinese and Vietnamese":
// a language name standing alone after a preposition or verb of language.
bool used_as_language(const Dictionary& dictionary, const Document& doc, const std::vector<Piece>& pieces,
                      const Unit& unit) {
  static const std::unordered_set<std::string> kCues = {
      "in",       "into",     "from",      "speak",      "speaks",     "spoke",    "spoken",    "speaking",
      "learn",    "learns",   "learned",   "learnt",     "learning",   "study",    "studies",   "studied",
      "studying", "teach",    "teaches",   "taught",     "teaching",   "translate", "translates", "translated",
      "translating", "understand", "understands", "understood", "fluent", "master", "mastered"};
  if (!dictionary.is_language(unit_key(pieces, unit)) || modifier_follows(doc, pieces, unit.last)) return false;
  uint32_t p = unit.first;
  while (p >= 2 && (pieces[p - 1].folded == "and" || pieces[p - 1].folded == "or" || pieces[p - 1].folded == ",") &&
         dictionary.is_language(pieces[p - 2].folded))
    p -= 2;
  return p > 0 && kCues.count(pieces[p - 1].folded) > 0;
}

// "Cubans", "Filipinos": a name of the entry that is another of its names
// plus "s", and not the country's own name ("Philippines").
bool plural_demonym(const Dictionary& dictionary, const std::vector<Piece>& pieces, const Unit& unit) {
  std::string key = unit_key(pieces, unit);
  if (key.size() < 4 || key.back() != 's' || unit.sources.empty()) return false;
  const Entry* entry = dictionary.entry_at(unit.sources.front());
  if (!entry || entry->names.empty() || name_key(entry->names.front()) == key) return false;
  std::string singular = key.substr(0, key.size() - 1);
  for (const std::string& name : entry->names)
    if (name_key(name) == singular) return true;
  return false;
}

// "a Cuban", "many Vietnamese", "thousands of Chinese", "Cubans",
// "Vietnamese living abroad": the country's people, not its state.
bool names_people(const Dictionary& dictionary, const Document& doc, const std::vector<Piece>& pieces,
                  const Unit& unit) {
  static const std::unordered_set<std::string> kQuantifiers = {
      "a", "an", "many", "some", "several", "few", "most", "overseas", "ethnic", "fellow", "young", "ordinary"};
  static const std::unordered_set<std::string> kCounts = {"thousands", "millions", "hundreds", "dozens", "tens"};
  if (plural_demonym(dictionary, pieces, unit)) return true;  // a plural noun, whatever follows
  if (modifier_follows(doc, pieces, unit.last)) return false;
  uint32_t p = unit.first;
  if (p > 0 && kQuantifiers.count(pieces[p - 1].folded)) return true;
  if (p > 1 && pieces[p - 1].folded == "of" && kCounts.count(pieces[p - 2].folded)) return true;
  // A nationality word followed by a participle: "Vietnamese living abroad".
  if (unit.last < pieces.size() && doc.xpos.size() == doc.tokens.size() &&
      dictionary.is_language(unit_key(pieces, unit))) {
    const std::string& xpos = doc.xpos[pieces[unit.last].token];
    return xpos == "VBG" || xpos == "VBN";
  }
  return false;
}

}  // namespace

NationalityUse nationality_use(const Dictionary& dictionary, const Document& doc, uint32_t sentence,
                               const std::vector<Piece>& pieces, const Unit& unit) {
  if (unit.country.empty() || !unit.organisation.empty() || unit.capital || unit.first >= unit.last)
    return NationalityUse::kActor;
  if (describes_thing(dictionary, doc, sentence, pieces, unit)) return NationalityUse::kDescription;
  if (used_as_language(dictionary, doc, pieces, unit)) return NationalityUse::kLanguage;
  if (names_people(dictionary, doc, pieces, unit)) return NationalityUse::kPeople;
  return NationalityUse::kActor;
}

}  // namespace entente::actors
