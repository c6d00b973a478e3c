#include "actors/coreference.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "actors/atoms.h"

namespace entente::actors {

void DocMemory::remember_person(const Document& doc, int index, const std::vector<Piece>& name, bool known) {
  const ActorMention& mention = doc.mentions[index];
  by_code[mention.code] = index;
  current_people.push_back(index);
  if (!known) {
    std::string key;
    for (const Piece& piece : name) key += piece.folded;
    names[key] = index;
    return;
  }
  // "Xi" after "Xi Jinping", "Castro" after "Fidel Castro": a known person's
  // first or last word, when it is a capitalised non-function word.
  std::vector<const Piece*> words;
  for (const Piece& piece : name)
    if (piece.capitalized && !is_function_word(piece.folded)) words.push_back(&piece);
  if (words.size() < 2) return;
  surnames[words.front()->folded] = index;
  surnames[words.back()->folded] = index;
}

void DocMemory::next_sentence() {
  previous_people = std::move(current_people);
  current_people.clear();
}

std::vector<DyadPhrase> find_dyad_phrases(const std::vector<Piece>& pieces, uint32_t sentence) {
  static const std::unordered_map<std::string, std::string> kGroups = {
      {"countries", ""}, {"nations", ""}, {"states", ""}, {"sides", ""}, {"peoples", "CVL"},
      {"parties", "PTY"}, {"governments", "GOV"}, {"leaders", "GOV"}};
  std::vector<DyadPhrase> phrases;
  for (size_t p = 0; p + 1 < pieces.size(); ++p) {
    size_t noun = 0;
    if (pieces[p].folded == "both") noun = p + 1;
    else if (pieces[p].folded == "the" && p + 2 < pieces.size() && pieces[p + 1].folded == "two") noun = p + 2;
    if (noun == 0) continue;
    // Up to two adjectives between: "the two brotherly nations", "both long-standing partners".
    auto group = kGroups.find(pieces[noun].folded);
    for (size_t skipped = 0; group == kGroups.end() && skipped < 4 && noun + 1 < pieces.size(); ++skipped) {
      const Piece& word = pieces[noun];
      bool adjective = word.folded == "-" || (!word.capitalized && !word.upper && !is_function_word(word.folded) &&
                                              std::all_of(word.folded.begin(), word.folded.end(), [](unsigned char c) {
                                                return std::isalpha(c) || c >= 0x80;
                                              }));
      if (!adjective) break;
      group = kGroups.find(pieces[++noun].folded);
    }
    if (group == kGroups.end()) continue;
    phrases.push_back({sentence, pieces[p].token, pieces[noun].token + 1,
                       {pieces[p].span.begin, pieces[noun].span.end}, group->second});
  }
  return phrases;
}

int pronoun_antecedent(const Document& doc, const Piece& piece, bool sentence_start, const DocMemory& memory) {
  if (piece.folded != "he" && piece.folded != "she") return -1;
  bool parsed = doc.deprel.size() == doc.tokens.size();
  bool subject = parsed ? doc.deprel[piece.token].starts_with("nsubj") : sentence_start;
  if (!subject) return -1;
  // Conservative: exactly one person (by code) in the previous sentence.
  std::unordered_set<std::string> codes;
  for (int index : memory.previous_people) codes.insert(doc.mentions[index].code);
  if (codes.size() != 1) return -1;
  return memory.previous_people.back();
}

void resolve_dyads(const Dictionary& dictionary, const std::vector<DyadPhrase>& phrases, Document& doc) {
  if (!phrases.empty()) {
    // The main dyad: the two countries mentioned most (first mention breaks ties).
    std::unordered_map<std::string, std::pair<int, int>> counts;  // country -> (count, first mention)
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const ActorMention& m = doc.mentions[i];
      if (m.rule.starts_with("coref:") || !dictionary.is_country(m.country)) continue;
      const Part* part = dictionary.codes().find(m.country);
      if (!part || *part == Part::kRegion) continue;
      auto [it, added] = counts.emplace(m.country, std::make_pair(0, int(i)));
      ++it->second.first;
    }
    std::vector<std::pair<std::string, std::pair<int, int>>> ranked(counts.begin(), counts.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
    });
    if (ranked.size() >= 2) {
      for (const DyadPhrase& phrase : phrases)
        for (size_t member = 0; member < 2; ++member) {
          ActorMention m;
          m.sentence = phrase.sentence;
          m.token_begin = phrase.token_begin;
          m.token_end = phrase.token_end;
          m.span = phrase.span;
          m.country = ranked[member].first;
          m.role = phrase.role;
          m.code = m.country + m.role;
          m.rule = "coref:dyad";
          m.antecedent = ranked[member].second.second;
          m.certainty = 0.8;
          doc.mentions.push_back(std::move(m));
        }
    }
  }
  // Sort by position; antecedents follow their mentions to their new places.
  std::vector<size_t> order(doc.mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const ActorMention &x = doc.mentions[a], &y = doc.mentions[b];
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
  });
  std::vector<int> new_index(order.size());
  for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = int(i);
  std::vector<ActorMention> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) {
    sorted.push_back(std::move(doc.mentions[i]));
    if (sorted.back().antecedent >= 0) sorted.back().antecedent = new_index[sorted.back().antecedent];
  }
  doc.mentions = std::move(sorted);
}

}  // namespace entente::actors
