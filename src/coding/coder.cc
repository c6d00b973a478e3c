#include "coding/coder.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "coding/dates.h"
#include "coding/event_merge.h"
#include "coding/frame.h"
#include "coding/parse_view.h"
#include "coding/participants.h"
#include "coding/petrarch_pairs.h"
#include "coding/stable_hash.h"

namespace entente::coding {
namespace {

// Everything known about one sentence while its predicates are coded.
struct SentenceContext {
  uint32_t index = 0;
  const ParseView* parse = nullptr;
  const ParticipantFinder* participants = nullptr;
  std::vector<DateMention> dates;
  std::vector<QuantityMention> quantities;
  std::vector<PlaceMention> places;
  std::vector<bool> is_predicate;  // sentence-relative: a matched predicate token
  DateValue paragraph_date;        // last stated date earlier in the same paragraph
};

// The token of [b, e) whose head lies outside the range: the phrase's head.
uint32_t phrase_head(const ParseView& parse, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t) {
    int h = parse.head(t);
    if (h < 0 || static_cast<uint32_t>(h) < b || static_cast<uint32_t>(h) >= e) return t;
  }
  return b;
}

// The nearest predicate above token t (exclusive): a verb or a matched event noun.
int owner_of(const SentenceContext& sc, uint32_t t) {
  const ParseView& parse = *sc.parse;
  for (int x = parse.head(t); x >= 0; x = parse.head(x))
    if (parse.upos(x) == "VERB" || sc.is_predicate[x - parse.begin()]) return x;
  return -1;
}

// The first verb above (or at) t.
int clause_verb(const ParseView& parse, uint32_t t) {
  for (int x = static_cast<int>(t); x >= 0; x = parse.head(x))
    if (parse.upos(x) == "VERB") return x;
  return -1;
}

// Relations through which a non-finite verb belongs to the clause above it.
bool in_clause_chain(std::string_view rel) {
  return rel == "advcl" || rel == "xcomp" || rel == "conj" || rel == "acl";
}

int precision_rank(std::string_view p) {
  return p == "day" ? 3 : p == "month" ? 2 : p == "year" ? 1 : 0;
}

bool past_tense(const ParseView& parse, uint32_t v) {
  const Document& doc = parse.doc();
  // "..., with China providing aid": a participle or infinitive takes the tense
  // of the finite clause it hangs from.
  for (int steps = 0; steps < 3 && v < doc.xpos.size() && (doc.xpos[v] == "VBG" || doc.xpos[v] == "VB"); ++steps) {
    int h = parse.head(v);
    if (h < 0 || parse.upos(h) != "VERB" || !in_clause_chain(parse.rel(v))) return false;
    v = static_cast<uint32_t>(h);
  }
  if (v >= doc.feats.size() || doc.feats[v].find("Tense=Past") == std::string::npos) return false;
  // "has maintained" (perfect) is about the present.
  for (uint32_t c : parse.children(v))
    if (parse.rel(c) == "aux" && lemma_key(parse, c) == "have") return false;
  return true;
}

// N when `p` is the event of an "Nth anniversary of ..." phrase, else 0.
int anniversary_years(const ParseView& parse, uint32_t p) {
  int x = static_cast<int>(p);
  for (int steps = 0; steps < 3 && x >= 0; ++steps) {
    const int h = parse.head(x);
    if (h < 0) return 0;
    if (lemma_key(parse, h) == "anniversary" && parse.rel(x) == "nmod") {
      for (uint32_t c : parse.children(h)) {
        std::string_view w = parse.doc().token_text(c);
        size_t digits = 0;
        while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
        if (digits > 0 && digits <= 3 && (parse.rel(c) == "amod" || parse.rel(c) == "nummod"))
          return std::stoi(std::string(w.substr(0, digits)));
      }
      return 0;
    }
    x = h;
  }
  return 0;
}

struct ResolvedDate {
  DateValue value;
  std::string source;
  std::string evidence;  // the date's words, for explain
};

// The date of the event at predicate p: a date in its own clause, else in a
// clause above it, else the sentence's only date, else (for past-tense
// narration) the paragraph's last stated year, else the publication date.
ResolvedDate resolve_date(const SentenceContext& sc, const Document& doc, uint32_t p) {
  const ParseView& parse = *sc.parse;
  auto best_of = [&](auto accept) -> const DateMention* {
    const DateMention* best = nullptr;
    for (const DateMention& d : sc.dates) {
      if (!accept(d)) continue;
      if (!best || precision_rank(d.value.precision) >= precision_rank(best->value.precision)) best = &d;
    }
    return best;
  };
  auto owner = [&](const DateMention& d) { return owner_of(sc, phrase_head(parse, d.token_begin, d.token_end)); };
  const DateMention* found = best_of([&](const DateMention& d) { return owner(d) == static_cast<int>(p); });
  if (!found) {
    // "the 75th anniversary of the establishment of relations": N years before publication.
    int years = anniversary_years(parse, p);
    if (years > 0 && doc.date.size() >= 4) {
      std::string year = std::to_string(std::stoi(doc.date.substr(0, 4)) - years);
      return {{year, "year"}, "publication", std::to_string(years) + "th anniversary"};
    }
  }
  for (int up = parse.head(p); !found && up >= 0; up = parse.head(up))
    found = best_of([&](const DateMention& d) { return owner(d) == up; });
  if (!found && sc.dates.size() == 1) found = &sc.dates[0];
  if (found) {
    std::string words(doc.span_text({doc.tokens[found->token_begin].begin, doc.tokens[found->token_end - 1].end}));
    return {found->value, found->source, words};
  }
  int verb = clause_verb(parse, p);
  if (!sc.paragraph_date.empty() && verb >= 0 && past_tense(parse, verb)) {
    std::string p2 = precision_rank(sc.paragraph_date.precision) >= 1 ? "year" : sc.paragraph_date.precision;
    return {{truncate_date(sc.paragraph_date.iso, p2), p2}, "context", "past-tense narration after " + sc.paragraph_date.iso};
  }
  if (doc.date.size() >= 10) return {{doc.date.substr(0, 10), "day"}, "publication", "publication date"};
  return {{}, "", "no date"};
}

// A date stated right after token `end` (allowing an opening parenthesis or comma), or nullptr.
const DateMention* date_after(const SentenceContext& sc, uint32_t end) {
  const Document& doc = sc.parse->doc();
  for (const DateMention& d : sc.dates) {
    if (d.source != "text" || d.token_begin < end || d.token_begin > end + 1) continue;
    if (d.token_begin == end + 1) {
      std::string_view between = doc.token_text(end);
      if (between != "(" && between != ",") continue;
    }
    return &d;
  }
  return nullptr;
}

// "visits by A (9/2024) and B (9/2025)": actors listed one after another, each
// with its own date, belong to one enumeration however the parser attached
// them. Appends to `sources` the actors that follow a dated source that way.
void extend_dated_enumeration(const SentenceContext& sc, std::vector<Participant>& sources) {
  const Document& doc = sc.parse->doc();
  const uint32_t end = sc.parse->end();
  for (size_t i = 0; i < sources.size(); ++i) {
    if (sources[i].mention < 0) continue;
    const DateMention* date = date_after(sc, doc.mentions[sources[i].mention].token_end);
    if (!date) continue;
    // Only closing brackets, commas and "and" may separate the items.
    uint32_t t = date->token_end;
    while (t < end && !sc.participants->covered(t) &&
           (doc.token_text(t) == ")" || doc.token_text(t) == "," || sc.parse->upos(t) == "CCONJ"))
      ++t;
    if (t >= end || !sc.participants->covered(t)) continue;
    for (Participant& next : sc.participants->of(t)) {
      if (next.mention < 0 || !date_after(sc, doc.mentions[next.mention].token_end)) continue;
      if (std::any_of(sources.begin(), sources.end(), [&](const Participant& x) { return x.mention == next.mention; }))
        continue;
      sources.push_back(std::move(next));
    }
  }
}

// Verbs the word-order fallback may look past from predicate p: a participle
// used as an adjective ("the newly liberated province"), one joined to p by
// "and" or a comma ("X shared and provided food"), and a purpose infinitive of
// helping after it ("provided food to help Y").
bool crossable_verb(const ParseView& parse, uint32_t t, uint32_t p) {
  if (parse.rel(t) == "amod") return true;
  if (t < p) {
    for (uint32_t x = t + 1; x < p; ++x)
      if (parse.upos(x) != "CCONJ" && parse.doc().token_text(x) != ",") return false;
    return true;
  }
  const std::string key = lemma_key(parse, t);
  return t > parse.begin() && parse.doc().token_text(t - 1) == "to" && parse.upos(t - 1) == "PART" &&
         (key == "help" || key == "assist" || key == "support");
}

// True when token t lies in a gazetteer place of the sentence.
bool in_place(const SentenceContext& sc, uint32_t t) {
  return std::any_of(sc.places.begin(), sc.places.end(),
                     [&](const PlaceMention& p) { return t >= p.token_begin && t < p.token_end; });
}

Location resolve_location(const SentenceContext& sc, uint32_t p, const std::string& fallback_country) {
  const ParseView& parse = *sc.parse;
  const PlaceMention* found = nullptr;
  int verb = clause_verb(parse, p);
  for (const PlaceMention& pm : sc.places) {
    uint32_t head = phrase_head(parse, pm.token_begin, pm.token_end);
    int o = owner_of(sc, head);
    if (o == static_cast<int>(p) || (verb >= 0 && o == verb)) {
      std::string_view c = parse.case_of(head);
      if (c == "in" || c == "at" || c == "to" || c == "into" || parse.rel(head) == "obj") {
        found = &pm;
        break;
      }
    }
  }
  Location loc;
  if (found) {
    loc.name = found->place->name;
    loc.country = found->place->country;
    loc.lat = found->place->lat;
    loc.lon = found->place->lon;
    loc.has_coordinates = true;
  } else {
    loc.country = fallback_country;
  }
  return loc;
}

std::vector<Quantity> resolve_quantities(const SentenceContext& sc, uint32_t p) {
  const ParseView& parse = *sc.parse;
  std::vector<Quantity> out;
  int verb = clause_verb(parse, p);
  for (const QuantityMention& q : sc.quantities) {
    int o = owner_of(sc, phrase_head(parse, q.token_begin, q.token_end));
    if (o == static_cast<int>(p) || (verb >= 0 && o == verb && verb != static_cast<int>(p) &&
                                     parse.dominates(static_cast<uint32_t>(verb), p)))
      out.push_back(q.quantity);
  }
  return out;
}

// The document's two most-mentioned countries when both recur: the dyad a
// bilateral article is about ("the two countries").
std::pair<std::string, std::string> main_dyad(const Document& doc) {
  std::map<std::string, int> counts;
  for (const ActorMention& m : doc.mentions)
    if (m.country.size() == 3 && !m.country.starts_with("---") && !m.country.starts_with("IGO")) ++counts[m.country];
  std::pair<std::string, int> first, second;
  for (const auto& [country, n] : counts) {
    if (n > first.second) second = first, first = {country, n};
    else if (n > second.second) second = {country, n};
  }
  if (second.second < 2) return {};
  return {first.first, second.first};
}

// The age of the relationship an anniversary piece celebrates ("65 years of
// partnership", "Over 65 years, X-Y relations have ..."), or 0 when unstated.
int relationship_age(const Document& doc) {
  if (doc.lemma.size() != doc.tokens.size()) return 0;
  for (uint32_t t = 0; t + 1 < doc.tokens.size(); ++t) {
    std::string_view w = doc.token_text(t);
    if (w.empty() || w.size() > 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    if (doc.lemma[t + 1] != "year") continue;
    for (uint32_t k = t + 2; k < std::min<size_t>(t + 7, doc.tokens.size()); ++k) {
      const std::string& l = doc.lemma[k];
      if (l == "relation" || l == "relationship" || l == "partnership" || l == "friendship" || l == "tie")
        return std::stoi(std::string(w));
    }
  }
  return 0;
}

// True when the matched object names diplomatic relations ("establish
// relations", "diplomatic ties"), not other ones ("cooperative relations").
bool names_relations(const ParseView& parse, const FrameMatch& m) {
  if (m.object < 0) return false;
  const uint32_t object = static_cast<uint32_t>(m.object);
  std::string key = lemma_key(parse, object);
  if (key != "relation" && key != "relations" && key != "tie" && key != "ties") return false;
  for (uint32_t c : parse.children(object))
    if (parse.rel(c) == "amod" && lemma_key(parse, c) != "diplomatic") return false;
  return true;
}

std::string describe(const std::vector<Participant>& ps) {
  std::string out;
  for (const Participant& p : ps) out += (out.empty() ? "" : ", ") + p.code + " (" + p.text + ")";
  return out.empty() ? "none" : out;
}

}  // namespace

std::string intent_code(std::string_view code) {
  if (code.size() < 2) return std::string(code);
  std::string_view root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return code.size() >= 3 && code[2] == '1' ? "0311" : code.size() >= 3 && code[2] == '2' ? "0312" : "031";
  if (root == "07") {
    if (code.size() >= 3 && code[2] == '1') return "0331";
    if (code.size() >= 3 && code[2] == '2') return "0332";
    if (code.size() >= 3 && code[2] == '3') return "0333";
    return "033";
  }
  if (root == "08") return "035";
  return std::string(code);
}

std::unique_ptr<Coder> Coder::load(const CoderFiles& files) {
  Lexicon lexicon = Lexicon::load(files.data_root / "verbs");
  if (!files.petrarch_verbs.empty()) lexicon.import_petrarch(files.petrarch_verbs);
  return std::make_unique<Coder>(std::move(lexicon), CameoTable::load(files.data_root / "cameo" / "cameo_codes.tsv"),
                                 Gazetteer::load(files.data_root / "places" / "places.tsv"),
                                 Currencies::load(files.iso_4217));
}

Coder::Coder(Lexicon lexicon, CameoTable cameo, Gazetteer gazetteer, Currencies currencies)
    : lexicon_(std::move(lexicon)), cameo_(std::move(cameo)), gazetteer_(std::move(gazetteer)),
      currencies_(std::move(currencies)) {}

std::string Coder::fingerprint() const {
  return hex64(fnv1a(lexicon_.fingerprint() + std::to_string(cameo_.size()) + std::to_string(gazetteer_.size())));
}

void Coder::code(Document& doc, const ActorCoder& code_on, Trace* trace) const {
  std::vector<Event> raw;
  auto note = [&](uint32_t s, std::string text) {
    if (trace) trace->push_back({s, std::move(text)});
  };
  DateValue context;         // last stated date in the document, for "that year"
  DateValue paragraph_date;  // last stated date in the current paragraph
  const auto [dyad_a, dyad_b] = main_dyad(doc);
  const int relations_age = relationship_age(doc);
  const bool parsed = doc.head.size() == doc.tokens.size() && doc.deprel.size() == doc.tokens.size() &&
                      doc.lemma.size() == doc.tokens.size() && doc.upos.size() == doc.tokens.size();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (s > 0) {
      uint32_t gap_begin = doc.sentences[s - 1].span.end;
      if (std::string_view(doc.text).substr(gap_begin, sentence.span.begin - gap_begin).find('\n') != std::string_view::npos)
        paragraph_date = {};
    }
    if (!parsed || sentence.size() == 0) {
      note(s, "no parse: nothing to code");
      continue;
    }
    ParseView parse(doc, s);
    SentenceContext sc;
    sc.index = s;
    sc.parse = &parse;
    sc.places = gazetteer_.find(doc, s);
    ParticipantFinder participants(doc, s, parse, sc.places);
    sc.participants = &participants;
    sc.dates = find_dates(doc, s, doc.date, context);
    sc.quantities = find_quantities(doc, s, currencies_);
    sc.paragraph_date = paragraph_date;
    sc.is_predicate.assign(sentence.size(), false);

    // Frames: verbs first, so that a light verb's object noun ("hold talks")
    // is not coded again as an event noun.
    std::vector<FrameMatch> matches;
    std::unordered_set<uint32_t> consumed;
    for (int pass = 0; pass < 2; ++pass) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const bool nominal = pass == 1;
        std::string_view upos = parse.upos(t);
        if (nominal ? (upos != "NOUN" || consumed.count(t)) : (upos != "VERB")) continue;
        const std::string key = lemma_key(parse, t);
        const std::vector<Pattern>* candidates = nominal ? lexicon_.nouns(key) : lexicon_.verbs(key);
        if (!candidates) continue;
        std::vector<std::string> why_not;
        FrameMatch m = match_frame(parse, t, *candidates, trace ? &why_not : nullptr);
        if (!m.pattern) {
          note(s, "'" + std::string(doc.token_text(t)) + "': no pattern fits the frame: " +
                      (why_not.empty() ? std::string("-") : why_not.front()) +
                      (why_not.size() > 1 ? " (and " + std::to_string(why_not.size() - 1) + " more)" : ""));
          continue;
        }
        if (m.object >= 0) consumed.insert(static_cast<uint32_t>(m.object));
        sc.is_predicate[t - sentence.token_begin] = true;
        matches.push_back(m);
      }
    }

    for (const FrameMatch& m : matches) {
      const Pattern& pattern = *m.pattern;
      const uint32_t p = m.predicate;
      std::string head = "'" + std::string(doc.token_text(p)) + "' " + pattern.where + " [" + pattern.code + "]";
      Modality mod = modality_of(parse, m);
      // A PETRARCH dictionary codes its verbs from its own patterns, negation and intent included.
      const PetrarchCode petrarch = pattern.petrarch ? lexicon_.petrarch()->code(parse, p) : PetrarchCode{};
      if (pattern.petrarch && (petrarch.code.empty() || petrarch.code == "---")) {
        note(s, head + ": PETRARCH null code (" + petrarch.where + ")");
        continue;
      }
      if (pattern.petrarch) mod.negated = mod.conditional = mod.future = false;
      if (mod.negated) {
        note(s, head + ": negated, no event");
        continue;
      }
      if (mod.conditional) {
        note(s, head + ": conditional, no event");
        continue;
      }
      // Who acts and on whom: the first slot that names an actor wins.
      std::vector<Participant> sources, targets;
      bool inherited = false;
      std::vector<Slot> agent = agent_slots(parse, p, pattern.nominal);
      std::vector<Slot> target = target_slots(parse, m);
      if (pattern.nominal && parse.full_rel(p) == "compound" && parse.head(p) >= 0) {
        // "the trade volume between X and Y": the modifiers hang on the compound's head.
        FrameMatch outer = m;
        outer.predicate = static_cast<uint32_t>(parse.head(p));
        for (Slot sl : agent_slots(parse, outer.predicate, true)) agent.push_back(sl);
        for (Slot sl : target_slots(parse, outer)) target.push_back(sl);
      }
      if (pattern.reverse) std::swap(agent, target);
      if (petrarch.source >= 0) agent.insert(agent.begin(), Slot{static_cast<uint32_t>(petrarch.source)});
      if (petrarch.target >= 0) target.insert(target.begin(), Slot{static_cast<uint32_t>(petrarch.target)});
      if (petrarch.nearest_source >= 0) agent.push_back(Slot{static_cast<uint32_t>(petrarch.nearest_source)});
      if (petrarch.nearest_target >= 0) target.push_back(Slot{static_cast<uint32_t>(petrarch.nearest_target)});
      for (Slot sl : agent) {
        if (pattern.nominal && (static_cast<int>(sl.node) == m.object || static_cast<int>(sl.node) == m.prep_arg))
          continue;
        sources = participants.of(sl.node);
        if (!sources.empty()) {
          inherited = sl.inherited;
          break;
        }
      }
      extend_dated_enumeration(sc, sources);
      for (Slot sl : target) {
        std::vector<Participant> found = participants.of(sl.node);
        std::erase_if(found, [&](const Participant& t) {
          return std::any_of(sources.begin(), sources.end(), [&](const Participant& x) { return x.code == t.code; });
        });
        if (!found.empty()) {
          targets = std::move(found);
          inherited = inherited || sl.inherited;
          break;
        }
      }
      // A parse that lost the subject or object: fall back to the nearest actor
      // on that side of the verb within its clause (no other verb in between).
      bool linear = false;
      if (!pattern.nominal && (sources.empty() || targets.empty())) {
        auto nearest = [&](int from, int step) -> std::vector<Participant> {
          for (int t = from; t >= static_cast<int>(sentence.token_begin) && t < static_cast<int>(sentence.token_end);
               t += step) {
            if ((parse.upos(t) == "VERB" && !crossable_verb(parse, static_cast<uint32_t>(t), p)) ||
                parse.doc().token_text(t) == ";")
              break;
            // A place stands for its country ("visiting Quang Tri"); actors first.
            if (participants.covered(t) || (step > 0 && in_place(sc, t))) return participants.of(t);
          }
          return {};
        };
        if (sources.empty() && !pattern.reverse) {
          sources = nearest(static_cast<int>(p) - 1, -1);
          linear = !sources.empty();
          std::erase_if(targets, [&](const Participant& t) {
            return std::any_of(sources.begin(), sources.end(), [&](const Participant& x) { return x.code == t.code; });
          });
        }
        if (targets.empty() && !sources.empty()) {
          std::vector<Participant> found = nearest(static_cast<int>(p) + 1, +1);
          std::erase_if(found, [&](const Participant& t) {
            return std::any_of(sources.begin(), sources.end(), [&](const Participant& x) { return x.code == t.code; });
          });
          if (!found.empty()) targets = std::move(found), linear = true;
        }
      }
      // Pairs: each source with each target; mutual patterns both ways; a
      // mutual predicate with only "X and Y" (as subject or "between") pairs them.
      std::vector<std::pair<const Participant*, const Participant*>> pairs;
      const std::vector<Participant>* group = nullptr;
      if (!sources.empty() && !targets.empty()) {
        for (const Participant& a : sources)
          for (const Participant& b : targets) {
            pairs.push_back({&a, &b});
            if (pattern.mutual) pairs.push_back({&b, &a});
          }
      } else if ((pattern.mutual || petrarch.compound) && sources.size() >= 2) {
        group = &sources;
      } else if (pattern.mutual && sources.empty() && targets.size() >= 2) {
        group = &targets;
      }
      if (group)
        for (const Participant& a : *group)
          for (const Participant& b : *group)
            if (&a != &b) pairs.push_back({&a, &b});
      // "State visits by the two presidents": in an article about one dyad, a
      // visit without a named host is a visit to the other side.
      bool implied = false;
      std::vector<Participant> implied_targets;
      if (pairs.empty() && pattern.nominal && pattern.code.starts_with("04") && !sources.empty() && targets.empty() &&
          !dyad_a.empty()) {
        for (const Participant& a : sources) {
          const std::string& other = a.country == dyad_a ? dyad_b : a.country == dyad_b ? dyad_a : std::string();
          if (!other.empty()) implied_targets.push_back({-1, other, other, "", "", {}, 0, 0.6});
        }
        for (size_t i = 0; i < implied_targets.size(); ++i) {
          for (const Participant& a : sources)
            if (a.country != implied_targets[i].country) {
              pairs.push_back({&a, &implied_targets[i]});
              break;
            }
        }
        implied = !pairs.empty();
      }
      if (pairs.empty()) {
        note(s, head + ": rejected, source " + describe(sources) + ", target " + describe(targets) +
                    (pattern.mutual ? "" : " (needs both)"));
        continue;
      }
      ResolvedDate date = resolve_date(sc, doc, p);
      // "65 years of partnership" dates the undated establishment of the main dyad's relations.
      if (date.source == "publication" && relations_age > 0 && pattern.code.starts_with("05") &&
          names_relations(parse, m) && doc.date.size() >= 4 &&
          std::all_of(pairs.begin(), pairs.end(), [&](auto pair) {
            return (pair.first->country == dyad_a || pair.first->country == dyad_b) &&
                   (pair.second->country == dyad_a || pair.second->country == dyad_b);
          })) {
        std::string year = std::to_string(std::stoi(doc.date.substr(0, 4)) - relations_age);
        date = {{year, "year"}, "context", std::to_string(relations_age) + " years of relations"};
      }
      std::string code = pattern.petrarch ? petrarch.code : pattern.code;
      std::vector<std::string> flags;
      if (mod.future) {
        code = intent_code(code);
        flags.push_back("future");
      }
      if (mod.reported) flags.push_back("reported");
      if (inherited) flags.push_back("inherited_role");
      if (implied) flags.push_back("implied_target");
      if (linear) flags.push_back("word_order");
      const CameoCode* cameo = cameo_.find(code);
      static const CameoCode kOutsideCameo{};  // PETRARCH dictionaries have codes of their own ("1717")
      if (!cameo && pattern.petrarch) cameo = &kOutsideCameo;
      if (!cameo) {
        note(s, head + ": CAMEO code " + code + " is not in the code table");
        continue;
      }
      std::vector<Quantity> quantities = resolve_quantities(sc, p);
      for (auto [a, b] : pairs) {
        Event e;
        e.doc_id = doc.id;
        // "visits by A (9/2024) and B (9/2025)": a date right after the source is its own.
        const DateMention* own = a->mention >= 0 ? date_after(sc, doc.mentions[a->mention].token_end) : nullptr;
        e.date = own ? own->value.iso : date.value.iso;
        e.date_precision = own ? own->value.precision : date.value.precision;
        e.date_source = own ? own->source : date.source;
        for (auto [from, into] : {std::pair{a, &e.source}, std::pair{b, &e.target}}) {
          into->code = from->code;
          into->country = from->country;
          into->role = from->role;
          if (code_on && from->mention >= 0) {
            ActorCode c = code_on(doc, doc.mentions[from->mention], e.date);
            if (!c.code.empty()) {
              into->code = c.code;
              into->role = c.role;
              if (!c.country.empty()) into->country = c.country;
            }
          }
          into->text = from->text;
          into->span = from->span;
        }
        // One actor, or a country and its own government: not a dyad.
        if (e.source.code == e.target.code ||
            (!e.source.country.empty() && e.source.country == e.target.country &&
             (e.source.role.empty() || e.target.role.empty()))) {
          note(s, head + ": " + e.source.code + " -> " + e.target.code + " dropped: one side acting on itself");
          continue;
        }
        e.cameo = code;
        e.cameo_root = code.substr(0, 2);
        e.quad_class = cameo->quad_class;
        e.goldstein = cameo->goldstein;
        e.plover_event_type = cameo->plover_type;
        e.plover_mode = cameo->plover_mode;
        e.location = resolve_location(sc, p, e.target.country.size() == 3 ? e.target.country : e.source.country);
        e.quantities = quantities;
        e.mentions.push_back({s, sentence.span, std::string(doc.span_text(sentence.span))});
        e.rule = pattern.petrarch ? petrarch.where : pattern.where;
        e.flags = flags;
        e.trigger = {{doc.tokens[p].begin, doc.tokens[p].end}, std::string(doc.token_text(p))};
        double confidence = 0.45 + 0.1 * std::min(pattern.specificity(), 5);
        confidence *= std::min(a->certainty, b->certainty);
        confidence *= date.source == "text" ? 1.0 : date.source == "context" ? 0.9 : 0.85;
        if (mod.reported) confidence *= 0.85;
        if (mod.future) confidence *= 0.9;
        if (inherited) confidence *= 0.8;
        if (linear) confidence *= 0.7;
        if (implied) confidence *= 0.6;
        if (pattern.mutual && group) confidence *= 0.9;
        e.confidence = std::clamp(confidence, 0.0, 1.0);
        note(s, head + ": " + e.source.code + " -> " + e.target.code + " " + code + " on " +
                    (e.date.empty() ? "?" : e.date) + " (" + e.date_source + ": " + date.evidence + ")" +
                    (flags.empty() ? "" : " flags: " + [&] {
                      std::string f;
                      for (const auto& x : flags) f += (f.empty() ? "" : ",") + x;
                      return f;
                    }()));
        raw.push_back(std::move(e));
      }
    }
    // Stated dates carry into later sentences ("That year, ...").
    for (const DateMention& d : sc.dates)
      if (d.source != "context") context = d.value, paragraph_date = d.value;
  }
  if (lexicon_.petrarch()) add_reverse_events(*lexicon_.petrarch(), cameo_, raw);
  doc.events = merge_events(std::move(raw));
}

}  // namespace entente::coding
