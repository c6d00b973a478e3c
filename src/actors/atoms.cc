#include "actors/atoms.h"

#include <algorithm>
#include <unordered_set>

namespace entente::actors {

namespace {

bool is_word(const Piece& piece) {
  for (unsigned char c : piece.folded)
    if (std::isalpha(c) || c >= 0x80) return true;
  return false;
}

bool is_separator(const Piece& piece) { return piece.folded == "-" || piece.folded == "/"; }

// Proper-name kinds must start with a capital letter in the text; role nouns need not.
bool case_fits(const Dictionary& dictionary, const std::string& key, const Entry& entry,
               const std::vector<Piece>& pieces, uint32_t first, uint32_t last) {
  if (dictionary.acronym(key)) {
    for (uint32_t p = first; p < last; ++p)
      if (is_word(pieces[p]) && !pieces[p].upper) return false;
    return true;
  }
  if (entry.kind == Kind::kAgent) return true;
  return pieces[first].capitalized;
}

int priority(Kind kind) {
  switch (kind) {
    case Kind::kPerson: return 0;
    case Kind::kOrganisation: return 1;
    case Kind::kCountry: return 2;
    case Kind::kCapital: return 3;
    case Kind::kPlace: return 4;
    case Kind::kAgent: return 5;
    case Kind::kTitle: return 6;
    case Kind::kLanguage: return 7;
    case Kind::kThing: return 8;
  }
  return 9;
}

// The longest dictionary match starting at piece `first`; an atom with last == first if none.
Atom longest_match(const Dictionary& dictionary, const std::vector<Piece>& pieces, uint32_t first) {
  Atom best{first, first, Kind::kPlace, {}};
  if (!is_word(pieces[first]) || !dictionary.may_start(pieces[first].folded)) return best;
  std::string key;
  for (uint32_t last = first + 1; last <= pieces.size(); ++last) {
    key += pieces[last - 1].folded;
    if (key.size() > dictionary.max_key_bytes()) break;
    if (key.size() <= 4 && !dictionary.may_start(key)) break;
    const std::vector<uint32_t>* ids = dictionary.find(key);
    if (!ids || pieces[last - 1].possessive || is_separator(pieces[last - 1])) continue;
    std::vector<uint32_t> fitting;
    for (uint32_t id : *ids)
      if (case_fits(dictionary, key, dictionary.entries()[id], pieces, first, last)) fitting.push_back(id);
    if (fitting.empty()) continue;
    std::stable_sort(fitting.begin(), fitting.end(), [&](uint32_t a, uint32_t b) {
      return priority(dictionary.entries()[a].kind) < priority(dictionary.entries()[b].kind);
    });
    best = {first, last, dictionary.entries()[fitting.front()].kind, std::move(fitting)};
  }
  return best;
}

// Pieces joining the parts of one name at `p` ("of", "of the", "del"), 0 if none.
size_t name_joint(const std::vector<Piece>& pieces, uint32_t p) {
  static const std::unordered_set<std::string> kJoints = {"of", "de", "del", "da", "do", "dos", "van", "von", "bin", "al", "la"};
  if (pieces[p].capitalized || !kJoints.count(pieces[p].folded)) return 0;
  if (pieces[p].folded == "of" && p + 1 < pieces.size() && pieces[p + 1].folded == "the") return 2;
  return 1;
}

}  // namespace

bool is_function_word(const std::string& folded) {
  static const std::unordered_set<std::string> kWords = {
      "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "during", "after", "before",
      "since", "as", "and", "but", "or", "nor", "this", "that", "these", "those", "it", "its", "he", "she",
      "they", "we", "i", "you", "our", "their", "his", "her", "there", "here", "while", "when", "where", "what",
      "which", "who", "whom", "how", "why", "according", "despite", "over", "under", "between", "both", "all",
      "each", "every", "many", "most", "some", "just", "only", "also", "not", "if", "so", "then", "thus",
      "however", "besides", "yet", "than", "into", "onto", "upon", "about", "above", "below", "across", "along",
      "among", "around", "through", "throughout", "toward", "towards", "without", "within", "until", "unless",
      "because", "although", "though", "whether", "such", "no", "yes", "one", "two", "three", "more", "less",
      "other", "another", "further", "meanwhile", "moreover", "furthermore", "today", "yesterday", "tomorrow",
      "latest", "related", "source", "sources", "photo", "read", "see", "please", "be", "is", "are", "was",
      "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do",
      "does", "did", "my", "me", "him", "them", "us", "your", "mr", "mrs", "ms", "dr", "later", "earlier", "now",
      "still", "again", "even", "last", "next", "first", "finally", "instead", "indeed", "currently", "recently",
      // number words open sentences ("Sixty-five years") but never names
      "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety", "dozens",
      "hundreds", "thousands", "millions",
      // dates are capitalised but never actors
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return kWords.count(folded) > 0;
}

std::vector<Atom> find_atoms(const Dictionary& dictionary, const Document& doc, const std::vector<Piece>& pieces) {
  std::vector<Atom> atoms;
  bool tagged = doc.upos.size() == doc.tokens.size();
  uint32_t first_token = pieces.empty() ? 0 : pieces.front().token;
  for (uint32_t p = 0; p < pieces.size();) {
    Atom match = longest_match(dictionary, pieces, p);
    if (match.last > p) {
      p = match.last;
      atoms.push_back(std::move(match));
      continue;
    }
    // An unknown name: capitalised words joined by nothing but hyphens.
    const Piece& piece = pieces[p];
    bool proper = tagged ? doc.upos[piece.token] == "PROPN" : piece.capitalized;
    if (!is_word(piece) || !piece.capitalized || !proper || is_function_word(piece.folded)) {
      ++p;
      continue;
    }
    uint32_t last = p + 1;
    while (last < pieces.size()) {
      if (is_separator(pieces[last]) && last + 1 < pieces.size() && pieces[last + 1].capitalized &&
          pieces[last + 1].token == pieces[last].token) {
        last += 2;
        continue;
      }
      // "Palace of the Revolution", "Pinar del Río": lower-case joints inside a name.
      if (size_t joint = name_joint(pieces, last); joint > 0) {
        uint32_t after = last + uint32_t(joint);
        if (after < pieces.size() && is_word(pieces[after]) && pieces[after].capitalized &&
            !is_function_word(pieces[after].folded) && longest_match(dictionary, pieces, after).last == after) {
          last = after;
          continue;
        }
      }
      const Piece& next = pieces[last];
      if (!is_word(next) || !next.capitalized || is_function_word(next.folded)) break;
      if (longest_match(dictionary, pieces, last).last > last) break;  // a known name starts here
      ++last;
    }
    // A lone capitalised word opening a sentence is often not a name: kept
    // for coreference ("Xi said"), not reported as unknown.
    bool sentence_start = piece.token == first_token && last == p + 1;
    Atom name{p, last, Kind::kPlace, {}};
    name.weak = sentence_start && !(tagged && doc.upos[piece.token] == "PROPN");
    atoms.push_back(std::move(name));
    p = last;
  }
  return atoms;
}

}  // namespace entente::actors
