#include "coding/petrarch_patterns.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>

#include "coding/strings.h"

namespace entente::coding {
namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& a : split(s, ' ', false))
    for (const std::string& b : split(a, '\t', false))
      if (!b.empty() && b != "\r") out.push_back(b);
  return out;
}

// "[032:033]" -> {"032", "033"}; "[---]" -> {"---", ""}.
std::pair<std::string, std::string> codes_of(std::string_view bracket) {
  std::string inside(bracket.substr(1, bracket.find(']') - 1));
  while (!inside.empty() && inside.back() == ' ') inside.pop_back();
  while (!inside.empty() && inside.front() == ' ') inside.erase(inside.begin());
  size_t colon = inside.find(':');
  if (colon == std::string::npos) return {inside, ""};
  return {inside.substr(0, colon), inside.substr(colon + 1)};
}

// PETRARCH's regular plural: +S, Y -> IES, SS -> SSES.
std::string plural(const std::string& w) {
  if (w.size() > 1 && w.back() == 'y') return w.substr(0, w.size() - 1) + "ies";
  if (w.ends_with("ss")) return w + "es";
  return w + "s";
}

// A synset member or pattern word as lowercase words ("GOLDEN_GOBLIN" -> golden goblin).
std::vector<std::string> phrase_words(std::string_view raw) {
  std::string s;
  for (char c : raw) s += c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return words_of(s);
}

// PETRARCH 1.0 annotations: "{ARMS SHIPMENT}" is a noun phrase (consecutive
// words: ARMS_SHIPMENT), "(WITH CONCERN)" a prepositional phrase (its words in
// order: WITH CONCERN).
std::string noun_phrases_joined(std::string_view body) {
  std::string out;
  bool in_noun_phrase = false;
  for (char c : body) {
    if (c == '{') in_noun_phrase = true;
    else if (c == '}') in_noun_phrase = false;
    else if (c == '(' || c == ')') out += ' ';
    else out += in_noun_phrase && c == ' ' ? '_' : c;
  }
  return out;
}

// Raw text of the dictionary, comments removed, one entry per line.
struct Line {
  size_t number;
  std::string text;
};

std::vector<Line> clean_lines(std::istream& in) {
  std::vector<Line> out;
  std::string line;
  bool in_comment = false;
  for (size_t number = 1; std::getline(in, line); ++number) {
    std::string text;
    for (size_t i = 0; i < line.size();) {
      if (in_comment) {
        size_t close = line.find("-->", i);
        if (close == std::string::npos) break;
        in_comment = false;
        i = close + 3;
      } else if (line.compare(i, 4, "<!--") == 0) {
        in_comment = true;
        i += 4;
      } else {
        text += line[i++];
      }
    }
    if (size_t hash = text.find('#'); hash != std::string::npos) text.resize(hash);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
    out.push_back({number, text});
  }
  return out;
}

struct RawPattern {
  std::string text, where;
  size_t block;
};

// What the matcher knows of the sentence: lowercase forms and lemmas, actor
// mention extents, and which tokens after the verb belong to its phrase.
struct SentenceWords {
  const ParseView* parse;
  std::vector<std::string> form, lemma;           // sentence-relative
  std::vector<int> actor_begin, actor_end;        // document tokens, -1 when no actor
  std::vector<bool> in_compound;                  // the actor is coordinated with another ("X and Y")
  std::vector<bool> after_scope;                  // in the verb's phrase, after the verb
};

// Pattern words match the word as written ("EFFORT" is not "efforts", as in
// PETRARCH); synsets list their plurals themselves.
bool word_matches(const SentenceWords& w, size_t i, const std::string& word) { return w.form[i] == word; }

// The verb's phrase: its dependency subtree, less conjoined and loosely
// attached clauses (which carry their own predicates).
void mark_scope(const ParseView& parse, uint32_t t, uint32_t verb, std::vector<bool>& scope) {
  scope[t - parse.begin()] = true;
  for (uint32_t c : parse.children(t)) {
    std::string_view r = parse.rel(c);
    if (t == verb && (r == "conj" || r == "parataxis" || r == "cc")) continue;
    mark_scope(parse, c, verb, scope);
  }
}

// True when t hangs from `verb` through a subordinate adverbial clause ("after
// X was seen", "until Y yielded"): one with a subordinator or its own subject.
bool in_adverbial_clause(const ParseView& parse, uint32_t t, uint32_t verb) {
  for (int x = static_cast<int>(t); x >= 0 && static_cast<uint32_t>(x) != verb; x = parse.head(x))
    if (parse.rel(x) == "advcl" && (parse.has_child(x, "mark") || parse.has_child(x, "nsubj"))) return true;
  return false;
}

class Matcher {
 public:
  Matcher(const SentenceWords& w, int first_after, int last_before) : w_(w), first_after_(first_after), last_before_(last_before) {}

  // Matches `p`; on success fills the score (words matched) and the slots.
  bool match(const PetrarchPattern& p, int& score, PetrarchCode& slots) {
    score_ = 0;
    slots_ = PetrarchCode{};
    if (!before(p.before, 0, last_before_)) return false;
    int before_score = score_;
    PetrarchCode before_slots = slots_;
    score_ = 0;
    slots_ = before_slots;
    if (!after(p.after, 0, first_after_)) return false;
    score = before_score + score_;
    slots = slots_;
    return true;
  }

 private:
  int size() const { return static_cast<int>(w_.form.size()); }

  // A '%' compound before the verb acts (on its own members); after it, it is acted on.
  void take_actor(PetrarchElement::Kind kind, int token, bool after_verb) {
    if (kind == PetrarchElement::Kind::kTarget) slots_.target = token;
    if (kind == PetrarchElement::Kind::kSource) slots_.source = token;
    // Before the verb the subject slot already holds the whole compound.
    if (kind == PetrarchElement::Kind::kCompound) {
      if (after_verb) slots_.target = token;
      slots_.compound = !after_verb;
    }
  }

  // Elements after the verb, from sentence-relative position `pos` on.
  bool after(const std::vector<PetrarchElement>& elements, size_t k, int pos) {
    if (k == elements.size()) return true;
    const PetrarchElement& e = elements[k];
    const int last_start = e.adjacent ? pos : size() - 1;
    for (int s = pos; s <= last_start && s < size(); ++s) {
      if (!w_.after_scope[s]) continue;
      const int saved_score = score_;
      const PetrarchCode saved = slots_;
      for (int end : consume_forward(e, s)) {
        if (after(elements, k + 1, end)) return true;
        score_ = saved_score;
        slots_ = saved;
      }
    }
    return false;
  }

  // Where element `e` can end when it starts at `s` (several for synsets); updates score and slots.
  std::vector<int> consume_forward(const PetrarchElement& e, int s) {
    std::vector<int> ends;
    const uint32_t base = w_.parse->begin();
    switch (e.kind) {
      case PetrarchElement::Kind::kPhrase:
        for (const auto& phrase : e.phrases) {
          const int n = static_cast<int>(phrase.size());
          if (s + n > size()) continue;
          bool ok = true;
          for (int i = 0; i < n && ok; ++i) ok = w_.after_scope[s + i] && word_matches(w_, s + i, phrase[i]);
          if (ok) ends.push_back(s + n), score_ += n;
          if (ok) return ends;
        }
        return ends;
      case PetrarchElement::Kind::kSkip:
        return {s + 1};
      default:
        if (w_.actor_end[s] < 0) return {};
        if (e.kind == PetrarchElement::Kind::kCompound && !w_.in_compound[s]) return {};
        take_actor(e.kind, static_cast<int>(base) + s, true);
        ++score_;
        return {w_.actor_end[s] - static_cast<int>(base)};
    }
  }

  // Elements before the verb, nearest first, ending at position `pos` or earlier.
  bool before(const std::vector<PetrarchElement>& elements, size_t k, int pos) {
    if (k == elements.size()) return true;
    const PetrarchElement& e = elements[k];
    const int first_end = e.adjacent ? pos : 0;
    for (int s = pos; s >= first_end && s >= 0; --s) {
      const int saved_score = score_;
      const PetrarchCode saved = slots_;
      for (int next : consume_backward(e, s)) {
        if (before(elements, k + 1, next)) return true;
        score_ = saved_score;
        slots_ = saved;
      }
    }
    return false;
  }

  std::vector<int> consume_backward(const PetrarchElement& e, int s) {
    const uint32_t base = w_.parse->begin();
    switch (e.kind) {
      case PetrarchElement::Kind::kPhrase:
        for (const auto& phrase : e.phrases) {
          const int n = static_cast<int>(phrase.size());
          if (s - n + 1 < 0) continue;
          bool ok = true;
          for (int i = 0; i < n && ok; ++i) ok = word_matches(w_, s - n + 1 + i, phrase[i]);
          if (ok) {
            score_ += n;
            return {s - n};
          }
        }
        return {};
      case PetrarchElement::Kind::kSkip:
        return {s - 1};
      default:
        if (w_.actor_begin[s] < 0) return {};
        if (e.kind == PetrarchElement::Kind::kCompound && !w_.in_compound[s]) return {};
        take_actor(e.kind, w_.actor_begin[s], false);
        ++score_;
        return {w_.actor_begin[s] - static_cast<int>(base) - 1};
    }
  }

  const SentenceWords& w_;
  int first_after_, last_before_;
  int score_ = 0;
  PetrarchCode slots_;
};

}  // namespace

PetrarchVerbs PetrarchVerbs::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open PETRARCH verb dictionary");
  return parse(in, file.filename().string());
}

PetrarchVerbs PetrarchVerbs::parse(std::istream& in, const std::string& name) {
  PetrarchVerbs out;
  // Synsets: label -> member phrases as written (members may name other synsets).
  std::map<std::string, std::vector<std::string>> raw_synsets;
  std::map<std::string, bool> synset_plurals;
  std::vector<RawPattern> raw_patterns;
  std::string synset;       // the synset whose members follow, or ""
  bool in_block = false;    // verb synonyms may follow
  for (const Line& line : clean_lines(in)) {
    const std::string where = name + ":" + std::to_string(line.number);
    std::vector<std::string> w = words_of(line.text);
    if (w.empty()) {
      synset.clear();
      continue;
    }
    const std::string& first = w[0];
    if (first[0] == '&') {
      synset = first;
      bool plurals = !synset.ends_with("_");
      if (!plurals) synset.pop_back();
      synset_plurals[synset] = plurals;
      raw_synsets[synset];
      continue;
    }
    if (first[0] == '+' && !synset.empty()) {
      raw_synsets[synset].push_back(line.text.substr(line.text.find('+') + 1));
      continue;
    }
    synset.clear();
    if (first == "---") {  // "--- NAME [code] ---"
      if (w.size() < 3) throw std::runtime_error(where + ": block header needs '--- NAME [code] ---'");
      std::pair<std::string, std::string> codes{"---", ""};
      for (size_t i = 2; i < w.size(); ++i)
        if (w[i][0] == '[') {
          codes = codes_of(line.text.substr(line.text.find('[')));
          break;
        }
      out.blocks_.emplace_back();
      out.block_codes_.push_back(codes);
      in_block = true;
      continue;
    }
    if (!in_block) continue;
    if (first == "-") {
      raw_patterns.push_back({line.text.substr(line.text.find('-') + 1), where, out.blocks_.size() - 1});
      continue;
    }
    // A verb synonym: "[+]VERB[_PARTICLE] {IRREGULAR FORMS} [code]".
    std::string head = first[0] == '+' ? first.substr(1) : first;
    if (head.empty() || !std::isalpha(static_cast<unsigned char>(head[0])) ||
        head.find_first_of("+&$%^*") != std::string::npos)
      continue;  // test junk such as "KLM_NOP_+RST"
    std::pair<std::string, std::string> codes = out.block_codes_.back();
    if (size_t open = line.text.find('['); open != std::string::npos) codes = codes_of(line.text.substr(open));
    std::vector<std::string> forms{head};
    if (size_t open = line.text.find('{'); open != std::string::npos) {
      size_t close = line.text.find('}', open);
      for (std::string f : words_of(line.text.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1)))
        forms.push_back(f[0] == '+' ? f.substr(1) : f);
    }
    for (const std::string& form : forms) {
      std::vector<std::string> words = phrase_words(form);
      if (words.empty()) continue;
      PetrarchVerb verb{std::vector<std::string>(words.begin() + 1, words.end()), codes.first, codes.second, where,
                        out.blocks_.size() - 1};
      out.verbs_[words[0]].push_back(std::move(verb));
    }
    if (!codes.second.empty()) out.reverse_codes_[where] = codes.second;
  }

  // Expand synsets (members may be other synsets) into word sequences, with plurals.
  std::map<std::string, std::vector<std::vector<std::string>>> synsets;
  std::function<const std::vector<std::vector<std::string>>&(const std::string&, int)> expand =
      [&](const std::string& label, int depth) -> const std::vector<std::vector<std::string>>& {
    auto done = synsets.find(label);
    if (done != synsets.end()) return done->second;
    std::vector<std::vector<std::string>> phrases;
    auto raw = raw_synsets.find(label);
    if (raw != raw_synsets.end() && depth < 8) {
      for (const std::string& member : raw->second) {
        std::string m(member);
        while (!m.empty() && m.back() == ' ') m.pop_back();
        if (!m.empty() && m[0] == '&') {
          for (const auto& p : expand(m, depth + 1)) phrases.push_back(p);
          continue;
        }
        const bool plurals = synset_plurals[label] && !m.ends_with("_");
        std::vector<std::string> words = phrase_words(m);
        if (words.empty()) continue;
        phrases.push_back(words);
        if (plurals) {
          words.back() = plural(words.back());
          phrases.push_back(words);
        }
      }
    }
    // Longest first, so that "austrian gold florin" is preferred over "austrian".
    std::stable_sort(phrases.begin(), phrases.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return synsets[label] = std::move(phrases);
  };

  for (const RawPattern& raw : raw_patterns) {
    size_t open = raw.text.find('[');
    if (open == std::string::npos) continue;  // a pattern without a code codes nothing
    std::string body = noun_phrases_joined(raw.text.substr(0, open));
    if (body.find('|') != std::string::npos) continue;  // disjunctions: PETRARCH skips them too
    PetrarchPattern p;
    std::tie(p.code, p.reverse_code) = codes_of(raw.text.substr(open));
    p.where = raw.where;
    // Items in order, each with whether '_' joins it to the next one.
    struct Item {
      std::string text;
      bool joined;
    };
    std::vector<Item> items;
    for (const std::string& chunk : words_of(body)) {
      std::vector<std::string> parts = split(chunk, '_', false);
      for (size_t i = 0; i < parts.size(); ++i) items.push_back({parts[i], i + 1 < parts.size()});
    }
    size_t star = items.size();
    for (size_t i = 0; i < items.size(); ++i)
      if (items[i].text == "*") star = i;
    if (star == items.size()) star = 0, items.insert(items.begin(), {"*", false});  // no '*': the verb comes first
    bool usable = true;
    auto element = [&](const Item& item) {
      PetrarchElement e;
      const std::string& t = item.text;
      if (t == "+") e.kind = PetrarchElement::Kind::kTarget;
      else if (t == "$") e.kind = PetrarchElement::Kind::kSource;
      else if (t == "%") e.kind = PetrarchElement::Kind::kCompound;
      else if (t == "^") e.kind = PetrarchElement::Kind::kSkip;
      else if (t[0] == '&') {
        std::string label = t.ends_with("_") ? t.substr(0, t.size() - 1) : t;
        if (!raw_synsets.count(label)) usable = false;  // undefined synset: PETRARCH ignores the pattern
        else e.phrases = expand(label, 0);
        if (e.phrases.empty()) usable = false;
      } else {
        std::vector<std::string> words = phrase_words(t);
        if (words.empty()) usable = false;
        else e.phrases.push_back(words);
      }
      return e;
    };
    for (size_t i = star; i-- > 0;) {
      PetrarchElement e = element(items[i]);
      e.adjacent = items[i].joined;
      p.before.push_back(std::move(e));
    }
    for (size_t i = star + 1; i < items.size(); ++i) {
      PetrarchElement e = element(items[i]);
      e.adjacent = items[i - 1].joined;
      p.after.push_back(std::move(e));
    }
    if (!usable) continue;
    if (!p.reverse_code.empty()) out.reverse_codes_[p.where] = p.reverse_code;
    out.blocks_[raw.block].push_back(std::move(p));
  }
  return out;
}

std::vector<std::string> PetrarchVerbs::verb_words() const {
  std::vector<std::string> out;
  for (const auto& [word, entries] : verbs_) out.push_back(word);
  std::sort(out.begin(), out.end());
  return out;
}

size_t PetrarchVerbs::pattern_count() const {
  size_t n = 0;
  for (const auto& b : blocks_) n += b.size();
  return n;
}

const std::string* PetrarchVerbs::reverse_code_of(std::string_view where) const {
  auto it = reverse_codes_.find(std::string(where));
  return it == reverse_codes_.end() ? nullptr : &it->second;
}

PetrarchCode PetrarchVerbs::code(const ParseView& parse, uint32_t verb) const {
  const Document& doc = parse.doc();
  const uint32_t begin = parse.begin(), n = parse.end() - parse.begin();
  SentenceWords w;
  w.parse = &parse;
  for (uint32_t t = begin; t < parse.end(); ++t) {
    w.form.push_back(ascii_lower(doc.token_text(t)));
    w.lemma.push_back(ascii_lower(parse.lemma(t)));
  }
  // The entry: by form, then by lemma; the one whose particles follow, most particles first.
  const PetrarchVerb* entry = nullptr;
  const uint32_t v = verb - begin;
  for (const std::string* key : {&w.form[v], &w.lemma[v]}) {
    auto it = verbs_.find(*key);
    if (it == verbs_.end()) continue;
    for (const PetrarchVerb& candidate : it->second) {
      bool follows = true;
      for (size_t i = 0; follows && i < candidate.particles.size(); ++i)
        follows = v + 1 + i < n && w.form[v + 1 + i] == candidate.particles[i];
      if (follows && (!entry || candidate.particles.size() > entry->particles.size())) entry = &candidate;
    }
    if (entry) break;
  }
  if (!entry) return {};
  w.actor_begin.assign(n, -1);
  w.actor_end.assign(n, -1);
  for (const ActorMention& m : doc.mentions) {
    if (m.token_begin < begin || m.token_end > parse.end() || m.token_begin >= m.token_end) continue;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      w.actor_begin[t - begin] = static_cast<int>(m.token_begin);
      w.actor_end[t - begin] = static_cast<int>(m.token_end);
    }
  }
  // A compound: an actor joined by "conj" to another actor, either way.
  w.in_compound.assign(n, false);
  for (uint32_t t = begin; t < parse.end(); ++t) {
    const int h = parse.head(t);
    if (parse.rel(t) != "conj" || h < 0 || w.actor_begin[t - begin] < 0 || w.actor_begin[h - begin] < 0 ||
        w.actor_begin[t - begin] == w.actor_begin[h - begin])
      continue;
    for (int a : {w.actor_begin[t - begin], w.actor_begin[h - begin]})
      for (int x = a; x < w.actor_end[a - begin]; ++x) w.in_compound[x - begin] = true;
  }
  w.after_scope.assign(n, false);
  mark_scope(parse, verb, verb, w.after_scope);
  const int verb_end = static_cast<int>(v + entry->particles.size());
  for (int i = 0; i <= verb_end; ++i) w.after_scope[i] = false;

  Matcher matcher(w, verb_end + 1, static_cast<int>(v) - 1);
  const PetrarchPattern* best = nullptr;
  int best_score = -1;
  PetrarchCode best_slots;
  for (const PetrarchPattern& p : blocks_[entry->block]) {
    int score = 0;
    PetrarchCode slots;
    if (matcher.match(p, score, slots) && score > best_score) best = &p, best_score = score, best_slots = slots;
  }
  PetrarchCode out = best ? best_slots : PetrarchCode{};
  for (int t = static_cast<int>(v) - 1; t >= 0 && out.nearest_source < 0; --t)
    if (w.actor_begin[t] >= 0) out.nearest_source = w.actor_begin[t];
  // The target fallback stays out of adverbial clauses ("after X was seen") and
  // away from a compound, whose members act on each other.
  for (int t = verb_end + 1; t < static_cast<int>(n) && out.nearest_target < 0 && !out.compound; ++t)
    if (w.after_scope[t] && w.actor_begin[t] >= 0 && !in_adverbial_clause(parse, begin + t, verb))
      out.nearest_target = static_cast<int>(begin) + t;
  out.code = best ? best->code : entry->code;
  out.reverse_code = best ? best->reverse_code : entry->reverse_code;
  out.where = best ? best->where : entry->where;
  return out;
}

}  // namespace entente::coding
