#include "coding/frame.h"

#include <algorithm>
#include <cctype>

namespace entente::coding {
namespace {

bool in(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool contains(const std::vector<std::string>& set, std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Prepositions whose object can be the target of an event.
bool is_target_case(std::string_view c) {
  return in(c, {"to", "with", "against", "toward", "towards", "on", "for", "from", "into", "at", "in",
                "between", "among", "upon", "over", "onto", "across", "of", "about"});
}

bool passive_participle(const ParseView& parse, uint32_t p);
bool has_to_mark(const ParseView& parse, uint32_t p);

void add_with_conj(const ParseView& parse, uint32_t t, std::vector<uint32_t>& out) {
  out.push_back(t);
  for (uint32_t c : parse.children(t))
    if (parse.rel(c) == "conj") out.push_back(c);
}

// True for a noun that measures what follows its "of" ("2,000 tonnes of
// rice", "a large amount of aid", "hundreds of tons of goods").
bool measure_noun(const ParseView& parse, uint32_t n) {
  if (parse.upos(n) == "NUM") return true;
  for (uint32_t c : parse.children(n))
    if (parse.rel(c) == "nummod") return true;
  static constexpr std::string_view kMeasures[] = {"amount", "quantity", "ton", "tonne", "batch", "shipment",
                                                   "consignment", "lot", "hundred", "thousand", "million", "package"};
  const std::string key = lemma_key(parse, n);
  return std::find(std::begin(kMeasures), std::end(kMeasures), key) != std::end(kMeasures);
}

// Nouns that might be the pattern's object: objects, passive subjects,
// "with"/"on" arguments ("provided Vietnam with goods") and, for an event
// noun, its "of" modifier and compounds ("the signing of documents").
std::vector<uint32_t> object_candidates(const ParseView& parse, uint32_t p, bool nominal) {
  std::vector<uint32_t> out;
  for (uint32_t c : parse.children(p)) {
    std::string_view r = parse.rel(c), full = parse.full_rel(c);
    if (!nominal && (r == "obj" || full == "nsubj:pass" || (r == "xcomp" && parse.upos(c) == "NOUN") ||
                     (r == "obl" && in(parse.case_of(c), {"with", "on", "in", "from"}))))
      add_with_conj(parse, c, out);
    if (nominal && ((r == "nmod" && parse.case_of(c) == "of") || r == "compound")) add_with_conj(parse, c, out);
  }
  // "sent 2,000 tonnes of rice": the measured noun is the object that matters.
  for (size_t i = 0; i < out.size() && i < 16; ++i) {
    if (!measure_noun(parse, out[i])) continue;
    for (uint32_t c : parse.children(out[i]))
      if (parse.rel(c) == "nmod" && parse.case_of(c) == "of") add_with_conj(parse, c, out);
  }
  if (!nominal && passive_participle(parse, p) && parse.head(p) >= 0) out.push_back(static_cast<uint32_t>(parse.head(p)));
  // "X shared and provided food to Y": a conjoined verb without its own object shares its head's.
  if (!nominal && out.empty() && parse.rel(p) == "conj" && parse.head(p) >= 0 && parse.upos(parse.head(p)) == "VERB")
    return object_candidates(parse, static_cast<uint32_t>(parse.head(p)), false);
  return out;
}

// Arguments introduced by one of `preps`: the predicate's obl/nmod, and nmod of `object`.
int prep_argument(const ParseView& parse, uint32_t p, int object, const std::vector<std::string>& preps) {
  // "the trade volume between X and Y": a compound's modifiers hang on its head.
  const int compound_head = parse.full_rel(p) == "compound" ? parse.head(p) : -1;
  for (int head : {static_cast<int>(p), object, compound_head}) {
    if (head < 0) continue;
    for (uint32_t c : parse.children(head)) {
      std::string_view r = parse.rel(c);
      if ((r == "obl" || r == "nmod" || r == "advcl") && contains(preps, parse.case_of(c))) return static_cast<int>(c);
    }
  }
  // "exports of fruits and vegetables to China": the parser often hangs the
  // argument on the "of" modifier (or its conjuncts) instead of the event noun.
  for (int head : {static_cast<int>(p), compound_head}) {
    if (head < 0 || parse.upos(static_cast<uint32_t>(head)) != "NOUN") continue;
    for (uint32_t of : parse.children(head)) {
      if (parse.rel(of) != "nmod" || parse.case_of(of) != "of") continue;
      std::vector<uint32_t> chain;
      add_with_conj(parse, of, chain);
      for (uint32_t x : chain)
        for (uint32_t c : parse.children(x))
          if (parse.rel(c) == "nmod" && contains(preps, parse.case_of(c))) return static_cast<int>(c);
    }
  }
  return -1;
}

// True when verb p is a "to"-infinitive ("the first country to recognize").
bool has_to_mark(const ParseView& parse, uint32_t p) {
  for (uint32_t c : parse.children(p))
    if (parse.rel(c) == "mark" && lemma_key(parse, c) == "to") return true;
  return false;
}

// "the line constructed by Chinese companies": a past participle modifying a noun.
bool passive_participle(const ParseView& parse, uint32_t p) {
  const Document& doc = parse.doc();
  return parse.full_rel(p) == "acl" && p < doc.xpos.size() && doc.xpos[p] == "VBN";
}

// The verb a noun is an argument of, through at most two noun modifiers
// ("chose China for his first visit" -> chose), or -1.
int governing_verb(const ParseView& parse, uint32_t noun) {
  int x = static_cast<int>(noun);
  for (int steps = 0; steps < 3; ++steps) {
    const int h = parse.head(x);
    if (h < 0) return -1;
    std::string_view r = parse.rel(x);
    if (!in(r, {"obj", "obl", "xcomp", "nmod", "compound"})) return -1;
    if (parse.upos(h) == "VERB") return h;
    x = h;
  }
  return -1;
}

}  // namespace

std::string lemma_key(const ParseView& parse, uint32_t t) {
  std::string_view l = parse.lemma(t);
  if (l.empty() || l == "_") l = parse.doc().token_text(t);
  std::string out(l);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_passive(const ParseView& parse, uint32_t p) {
  for (uint32_t c : parse.children(p))
    if (parse.full_rel(c) == "nsubj:pass" || parse.full_rel(c) == "aux:pass") return true;
  return false;
}

FrameMatch match_frame(const ParseView& parse, uint32_t p, const std::vector<Pattern>& candidates,
                       std::vector<std::string>* why_not) {
  FrameMatch best;
  best.predicate = p;
  int best_score = -1;
  for (const Pattern& pattern : candidates) {
    FrameMatch m;
    m.pattern = &pattern;
    m.predicate = p;
    if (!pattern.particle.empty()) {
      bool found = false;
      for (uint32_t c : parse.children(p))
        if (parse.full_rel(c) == "compound:prt" && lemma_key(parse, c) == pattern.particle) found = true;
      if (!found) {
        if (why_not) why_not->push_back(pattern.where + " needs particle '" + pattern.particle + "'");
        continue;
      }
    }
    if (!pattern.objects.empty()) {
      for (uint32_t c : object_candidates(parse, p, pattern.nominal))
        if (contains(pattern.objects, lemma_key(parse, c))) {
          m.object = static_cast<int>(c);
          break;
        }
      if (m.object < 0) {
        if (why_not) why_not->push_back(pattern.where + " needs an object noun from its +list");
        continue;
      }
    }
    if (!pattern.preps.empty()) {
      m.prep_arg = prep_argument(parse, p, m.object, pattern.preps);
      if (m.prep_arg < 0) {
        if (why_not) why_not->push_back(pattern.where + " needs an argument with @" + pattern.preps.front() + "...");
        continue;
      }
    }
    // Ties go to the later pattern, so an imported dictionary (--verbs) overrides ours.
    if (pattern.specificity() >= best_score) {
      best_score = pattern.specificity();
      best = m;
    }
  }
  return best;
}

std::vector<Slot> agent_slots(const ParseView& parse, uint32_t p, bool nominal) {
  std::vector<Slot> out;
  if (nominal) {
    // "Ruritania is the largest investor in Freedonia": the copula's subject acts,
    // also for a conjoined predicate noun ("... a partner and the largest investor").
    for (uint32_t c : parse.children(p))
      if (parse.full_rel(c) == "nsubj") out.push_back({c, false});
    if (out.empty() && parse.rel(p) == "conj" && parse.head(p) >= 0)
      for (uint32_t c : parse.children(static_cast<uint32_t>(parse.head(p))))
        if (parse.full_rel(c) == "nsubj" && parse.upos(static_cast<uint32_t>(parse.head(p))) != "VERB")
          out.push_back({c, true});
    for (std::string_view wanted : {"nmod:poss", "by", "amod", "compound", "of", "from"}) {
      for (uint32_t c : parse.children(p)) {
        std::string_view full = parse.full_rel(c);
        bool match = (wanted == "by" || wanted == "of" || wanted == "from")
                         ? (parse.rel(c) == "nmod" && parse.case_of(c) == wanted)
                                                         : full == wanted;
        if (match) out.push_back({c, false});
      }
    }
    // "X chose China for his first visit": the clause's subject acts.
    if (int v = governing_verb(parse, p); v >= 0 && parse.rel(p) != "nsubj")
      for (Slot s : agent_slots(parse, static_cast<uint32_t>(v), false)) out.push_back({s.node, true});
    return out;
  }
  const bool passive = is_passive(parse, p) || passive_participle(parse, p);
  for (uint32_t c : parse.children(p)) {
    std::string_view full = parse.full_rel(c);
    if (passive && parse.rel(c) == "obl" && (full == "obl:agent" || parse.case_of(c) == "by")) out.push_back({c, false});
    if (!passive && (full == "nsubj" || full == "csubj")) {
      // "the country that signed ...": the relative pronoun stands for the noun.
      if (parse.upos(c) == "PRON" && parse.full_rel(p) == "acl:relcl" && parse.head(p) >= 0 &&
          in(lemma_key(parse, c), {"which", "who", "that"}))
        out.push_back({static_cast<uint32_t>(parse.head(p)), false});
      else
        out.push_back({c, false});
    }
  }
  if (!out.empty()) return out;
  const int h = parse.head(p);
  if (h < 0) return out;
  std::string_view r = parse.rel(p), full = parse.full_rel(p);
  if (in(r, {"conj", "xcomp", "advcl", "parataxis"}) &&
      (parse.upos(h) == "VERB" || parse.upos(h) == "AUX" || parse.upos(h) == "ADJ" || parse.has_child(h, "cop"))) {
    // "... and met Y", "... to begin his visit", "..., breaking the blockade",
    // "The two maintain exchanges, sign agreements" (a subjectless parataxis);
    // a copular noun heads a clause too ("X was the first country to
    // recognize Y" parsed with advcl, as parsers often do).
    for (Slot s : agent_slots(parse, h, false)) out.push_back({s.node, true});
  } else if (full == "acl" && has_to_mark(parse, p)) {
    // "X was the first country to recognize Y": the predicate noun's subject acts.
    for (uint32_t c : parse.children(h))
      if (parse.full_rel(c) == "nsubj") out.push_back({c, true});
  } else if (full == "acl" && !passive && parse.doc().xpos.size() > p && parse.doc().xpos[p] == "VBG") {
    out.push_back({static_cast<uint32_t>(h), true});  // "Chinese companies investing in ..."
  } else if (full == "acl:relcl" && !passive) {
    out.push_back({static_cast<uint32_t>(h), true});
  }
  return out;
}

std::vector<Slot> target_slots(const ParseView& parse, const FrameMatch& m) {
  std::vector<Slot> out;
  const uint32_t p = m.predicate;
  const bool nominal = m.pattern && m.pattern->nominal;
  if (m.prep_arg >= 0) out.push_back({static_cast<uint32_t>(m.prep_arg), false});
  // "Laos became Cuba's partner", "China's position as Vietnam's partner": a
  // predicative event noun's other side is the subject of its clause.
  if (nominal && (parse.rel(p) == "xcomp" || parse.case_of(p) == "as"))
    if (int v = governing_verb(parse, p); v >= 0)
      for (uint32_t c : parse.children(static_cast<uint32_t>(v)))
        if (parse.full_rel(c) == "nsubj") out.push_back({c, true});
  if (!nominal) {
    for (uint32_t c : parse.children(p))
      if ((parse.rel(c) == "obj" || parse.rel(c) == "iobj") && static_cast<int>(c) != m.object) out.push_back({c, false});
    if (is_passive(parse, p))
      for (uint32_t c : parse.children(p))
        if (parse.full_rel(c) == "nsubj:pass" && static_cast<int>(c) != m.object) out.push_back({c, false});
    if (passive_participle(parse, p) && parse.head(p) >= 0) out.push_back({static_cast<uint32_t>(parse.head(p)), false});
    for (uint32_t c : parse.children(p))
      if (parse.rel(c) == "obl" && is_target_case(parse.case_of(c)) && parse.case_of(c) != "by") out.push_back({c, false});
    // A conjoined verb shares its head's arguments ("shared and provided food to Y").
    const int h = parse.head(p);
    if (parse.rel(p) == "conj" && h >= 0 && parse.upos(h) == "VERB")
      for (uint32_t c : parse.children(h))
        if ((parse.rel(c) == "obj" || parse.rel(c) == "iobj" ||
             (parse.rel(c) == "obl" && is_target_case(parse.case_of(c)) && parse.case_of(c) != "by")) &&
            c > p && static_cast<int>(c) != m.object)
          out.push_back({c, false});
  }
  // Modifiers of the event noun or of the object noun ("aid to Vietnam", "relations with Cuba").
  for (int head : {nominal ? static_cast<int>(p) : -1, m.object}) {
    if (head < 0) continue;
    for (uint32_t c : parse.children(head)) {
      std::string_view c_case = parse.case_of(c);
      // An event noun's "in"/"at" modifier is where, not whom ("partner in ASEAN"), unless the pattern names it.
      const bool place_of_noun = nominal && head == static_cast<int>(p) && (c_case == "in" || c_case == "at");
      if (parse.rel(c) == "nmod" && is_target_case(c_case) && c_case != "by" && !(nominal && c_case == "of") &&
          !place_of_noun)
        out.push_back({c, false});
    }
  }
  if (nominal) {
    // "X is Y's largest trading partner": with the copula's subject acting, the possessor is the other side.
    bool copular = false;
    for (uint32_t c : parse.children(p)) copular = copular || parse.full_rel(c) == "nsubj";
    if (copular)
      for (uint32_t c : parse.children(p))
        if (parse.full_rel(c) == "nmod:poss") out.push_back({c, false});
    // "X chose China for his first visit": the clause's object is visited.
    if (int v = governing_verb(parse, p); v >= 0 && parse.rel(p) != "obj")
      for (uint32_t c : parse.children(static_cast<uint32_t>(v)))
        if (parse.rel(c) == "obj" && !parse.dominates(c, p)) out.push_back({c, true});
  }
  return out;
}

Modality modality_of(const ParseView& parse, const FrameMatch& m) {
  Modality mod;
  const uint32_t p = m.predicate;
  auto check_clause = [&](uint32_t v) {
    for (uint32_t c : parse.children(v)) {
      std::string key = lemma_key(parse, c);
      std::string_view r = parse.rel(c);
      if ((r == "advmod" || r == "neg" || r == "det") && in(key, {"not", "never", "n't", "no"})) mod.negated = true;
      if (r == "aux" && in(key, {"will", "shall", "'ll"})) mod.future = true;
      if (r == "mark" && in(key, {"if", "unless"})) mod.conditional = true;
    }
  };
  check_clause(p);
  if (m.pattern && m.pattern->nominal) {
    // "push for the early signing of ...", "called for talks": wanted, not done.
    const int h = parse.head(p);
    if (h >= 0 && parse.upos(h) == "VERB" &&
        in(lemma_key(parse, h), {"push", "call", "seek", "strive", "aim", "urge", "plan", "prepare", "propose",
                                 "hope", "expect", "press", "demand", "want", "await"}))
      mod.future = true;
  }
  if (m.object >= 0)
    for (uint32_t c : parse.children(m.object))
      if (parse.rel(c) == "det" && lemma_key(parse, c) == "no") mod.negated = true;
  // Walk up through xcomp/ccomp: "plans to visit", "refused to sign", "said that ...".
  uint32_t v = p;
  for (int steps = 0; steps < 4; ++steps) {
    int h = parse.head(v);
    if (h < 0) break;
    std::string_view r = parse.rel(v);
    std::string key = lemma_key(parse, h);
    if (r == "xcomp") {
      if (in(key, {"plan", "intend", "want", "hope", "seek", "aim", "agree", "pledge", "promise", "decide", "vow",
                   "expect", "prepare", "offer", "propose", "wish", "determine", "strive"}))
        mod.future = true;
      if (in(key, {"refuse", "fail", "decline", "reject"})) mod.negated = true;
      check_clause(h);
    } else if (r == "ccomp" || r == "parataxis") {
      if (in(key, {"say", "state", "announce", "report", "claim", "tell", "add", "note", "stress", "affirm",
                   "allege", "confirm", "declare", "emphasize", "emphasise", "write"})) {
        mod.reported = true;
        for (uint32_t c : parse.children(h))
          if (parse.full_rel(c) == "nsubj") mod.reporter = static_cast<int>(c);
      }
      break;
    } else {
      break;
    }
    v = static_cast<uint32_t>(h);
  }
  return mod;
}

}  // namespace entente::coding
