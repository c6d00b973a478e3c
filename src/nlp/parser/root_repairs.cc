#include "nlp/parser/root_repairs.h"

#include <algorithm>
#include <vector>

#include "nlp/attribution.h"
#include "nlp/word_features.h"

namespace entente::nlp::parser {
namespace {

std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

bool is_noun(std::string_view upos) { return upos == "NOUN" || upos == "PROPN"; }
bool is_finite(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }

// The first dependent of `head` whose universal relation is `relation`, or 0.
int dependent(std::span<const int32_t> heads, std::span<const std::string> deprels, int head,
              std::string_view relation) {
  for (size_t w = 1; w <= heads.size(); ++w)
    if (heads[w - 1] == head && universal(deprels[w - 1]) == relation) return static_cast<int>(w);
  return 0;
}

// Makes `verb` the root and the old root its `relation`; the punctuation
// after the verb that hung on the old root follows the verb.
void reroot(std::span<int32_t> heads, std::span<std::string> deprels, int old_root, int verb,
            std::string_view relation) {
  heads[verb - 1] = 0, deprels[verb - 1] = "root";
  heads[old_root - 1] = verb, deprels[old_root - 1] = relation;
  for (int w = verb + 1; w <= static_cast<int>(heads.size()); ++w)
    if (heads[w - 1] == old_root && deprels[w - 1] == "punct") heads[w - 1] = verb;
}


// The verb of the first clause after `comma` that is no second verb of a
// coordination and no relative clause's ("..., who can ..."): for an
// auxiliary or copula, the word it serves; 0 when none.
int clause_verb_after(std::span<const int32_t> heads, std::span<const std::string> deprels,
                      std::span<const std::string_view> upos, std::span<const std::string_view> xpos, int comma) {
  const int n = static_cast<int>(heads.size());
  for (int w = comma + 1; w <= n; ++w) {
    const std::string_view x = xpos[w - 1];
    if (!is_finite(x) && x != "MD") continue;
    int before = w - 1;
    while (before > comma && upos[before - 1] == "ADV") --before;
    if (xpos[before - 1] == "CC") continue;  // "... and gave": a second verb
    const std::string_view relation = universal(deprels[w - 1]);
    int verb = w;
    if (relation == "aux" || relation == "cop") verb = heads[w - 1];  // "will grow", "was born"
    else if (x == "MD") continue;
    if (verb <= comma) return 0;
    const int subject = dependent(heads, deprels, verb, "nsubj");
    if (subject != 0 && (xpos[subject - 1] == "WP" || xpos[subject - 1] == "WDT")) continue;  // "..., who can ..."
    return verb;
  }
  return 0;
}

// "Days", "hours", "weeks": a noun that opens a time phrase ("Two years after
// the flood , ...", "Hours after the attack , ...").
bool is_time_noun(std::string_view form) {
  static constexpr std::string_view kTimeNouns[] = {"minutes", "hours",  "days",  "weeks",  "months", "years",
                                                    "decades", "minute", "hour",  "day",    "week",   "month",
                                                    "year",    "moments", "seconds"};
  return std::any_of(std::begin(kTimeNouns), std::end(kTimeNouns),
                     [&](std::string_view noun) { return equals_lower(form, noun); });
}

// Words before an attribution's comma that the parser hung on its reporting
// verb belong to the clause before it: a noun to the clause's root (its obl
// when it has a preposition, else its obj when it has none: "rose 5 %"), a
// preposition, article or modifier to the next such noun ("on a bus").
void return_words_to_clause(std::span<int32_t> heads, std::span<std::string> deprels,
                            std::span<const std::string_view> upos, int root, int verb, int comma) {
  auto nominal = [&](int w) {
    const std::string_view u = upos[w - 1];
    return is_noun(u) || u == "NUM" || u == "SYM" || u == "PRON";
  };
  std::vector<int> moved;
  for (int w = 1; w < comma; ++w)
    if (heads[w - 1] == verb && w != root) moved.push_back(w);
  bool root_has_object = dependent(heads, deprels, root, "obj") != 0;
  for (size_t k = 0; k < moved.size(); ++k) {
    const int w = moved[k];
    const auto noun = std::find_if(moved.begin() + static_cast<std::ptrdiff_t>(k) + 1, moved.end(), nominal);
    const std::string_view relation = universal(deprels[w - 1]);
    const bool noun_modifier = relation == "case" || relation == "det" || relation == "amod" ||
                               relation == "nummod" || relation == "compound" || relation == "nmod";
    if (!nominal(w) && noun_modifier && noun != moved.end()) {
      heads[w - 1] = *noun;
      continue;
    }
    heads[w - 1] = root;
    if (!nominal(w) || w < root || (relation != "ccomp" && relation != "obj" && relation != "nsubj")) continue;
    if (std::any_of(moved.begin(), moved.end(), [&](int c) { return heads[c - 1] == w && deprels[c - 1] == "case"; })) {
      deprels[w - 1] = "obl";
    } else if (!root_has_object) {
      deprels[w - 1] = "obj", root_has_object = true;
    }
  }
}

// The speaker's head (its word that is the verb's nsubj, else the one the
// parser hung outside it, else its last word) is the reporting verb's
// subject; the speaker's other words that hung on the verb or outside it
// hang on that head (a noun before it as its compound: "state news agency
// Anadolu"); the attribution's other words hang on the verb, closing
// quotes after the comma on the clause's root.
void attach_speaker(std::span<int32_t> heads, std::span<std::string> deprels, std::span<const std::string_view> upos,
                    const Attribution& attribution) {
  const int n = static_cast<int>(heads.size());
  const int verb = static_cast<int>(attribution.verb) + 1, comma = static_cast<int>(attribution.comma) + 1;
  const int speaker_begin = static_cast<int>(attribution.speaker_begin) + 1,
            speaker_end = static_cast<int>(attribution.speaker_end) + 1;  // 1-based, [begin, end)
  auto in_speaker = [&](int w) { return w >= speaker_begin && w < speaker_end; };
  int subject = 0;
  for (int w = speaker_begin; w < speaker_end && subject == 0; ++w)
    if (heads[w - 1] == verb && universal(deprels[w - 1]) == "nsubj") subject = w;
  for (int w = speaker_begin; w < speaker_end && subject == 0; ++w)
    if (!in_speaker(heads[w - 1]) && upos[w - 1] != "DET" && upos[w - 1] != "ADJ") subject = w;
  if (subject == 0) subject = speaker_end - 1;
  heads[subject - 1] = verb, deprels[subject - 1] = "nsubj";
  const int clause_root = heads[verb - 1] == 0 ? dependent(heads, deprels, verb, "ccomp") : 0;
  for (int w = comma + 1; w <= n; ++w) {
    if (w == verb || w == subject) continue;
    if (w < std::min(speaker_begin, verb)) {  // a closing quote after the comma
      if (clause_root != 0) heads[w - 1] = clause_root, deprels[w - 1] = "punct";
      continue;
    }
    const int head = heads[w - 1];
    if (in_speaker(w) && (head == verb || !in_speaker(head))) {
      heads[w - 1] = subject;
      if (w < subject && is_noun(upos[w - 1]) && universal(deprels[w - 1]) != "compound") deprels[w - 1] = "compound";
      continue;
    }
    if (head > comma && head != w) continue;  // already inside the attribution
    heads[w - 1] = verb;
    if (static_cast<size_t>(w) > attribution.end) deprels[w - 1] = "punct";  // the full stop and closing quotes
  }
}
}  // namespace

void verb_after_noun_root(std::span<int32_t> heads, std::span<std::string> deprels,
                          std::span<const std::string_view> upos, std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  int root = 0;
  for (int w = 1; w <= n && root == 0; ++w)
    if (heads[w - 1] == 0) root = w;
  if (root == 0) return;
  // "Fighting between rival factions killed ...": an opening gerund is the
  // subject phrase as a noun is.
  const bool gerund = root == 1 && xpos[0] == "VBG";
  if (!is_noun(upos[root - 1]) && !gerund) return;
  for (std::string_view own : {"nsubj", "csubj", "expl", "cop", "aux"})
    if (dependent(heads, deprels, root, own) != 0) return;  // "It is a scene ...": a clause already
  int commas = 0, first_comma = 0;  // between the root and the verb
  for (int verb = root + 1; verb <= n; ++verb) {
    if (xpos[verb - 2] == "," && ++commas == 1) first_comma = verb - 1;
    if (!is_finite(xpos[verb - 1])) continue;
    const std::string_view relation = universal(deprels[verb - 1]);
    const int head = heads[verb - 1];
    const int subject = dependent(heads, deprels, verb, "nsubj");
    // "The attack, the deadliest in a decade, killed ...": the apposition
    // read as the verb's subject.
    const bool apposition_subject = commas == 2 && subject > first_comma && subject < verb - 1 &&
                                    upos[subject - 1] != "PRON";  // not "who" of a relative clause
    bool misread = false;
    if (commas >= 2 && xpos[verb - 2] == "," && head >= root && head < verb &&
        (subject == 0 || apposition_subject) && dependent(heads, deprels, verb, "csubj") == 0 &&
        dependent(heads, deprels, verb, "expl") == 0 &&
        (relation == "acl" || relation == "conj" || relation == "parataxis")) {
      // "The talks, the first in five years, ended": the verb after the
      // closing comma of an apposition or a relative clause, hung on the
      // subject or on the words between the commas.
      misread = true;
      if (apposition_subject) heads[subject - 1] = root, deprels[subject - 1] = "appos";
    } else if (relation != "acl") {
      continue;
    } else if (head == root && subject == 0) {
      // "Clashes erupted after ...": a finite verb is no reduced relative; not
      // after a root with a preposition of its own ("From the time spent(VBD) ...").
      misread = dependent(heads, deprels, root, "case") == 0;
    } else if (head == root) {  // "Trade between the two countries rose": "countries" as its subject
      const int preposition = subject < verb ? dependent(heads, deprels, subject, "case") : 0;
      misread = preposition != 0 && preposition < subject;
      if (misread) heads[subject - 1] = root, deprels[subject - 1] = "nmod";
    } else {  // "The number of refugees doubled": a clause of "refugees"
      const std::string_view modifier = universal(deprels[head - 1]);
      misread = subject == 0 && head > root && head < verb && is_noun(upos[head - 1]) && heads[head - 1] == root &&
                (modifier == "nmod" || (gerund && modifier == "obl"));
    }
    if (!misread) continue;
    reroot(heads, deprels, root, verb, gerund ? "csubj" : "nsubj");
    return;
  }
}

void verb_after_opening_phrase(std::span<int32_t> heads, std::span<std::string> deprels,
                               std::span<const std::string_view> upos, std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  const int root = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (root > n || !is_noun(upos[root - 1]) || xpos[n - 1] != ".") return;
  const int preposition = dependent(heads, deprels, root, "case");
  if (preposition == 0 || preposition > root) return;
  for (std::string_view own : {"nsubj", "csubj", "expl", "cop"})
    if (dependent(heads, deprels, root, own) != 0) return;
  int comma = root + 1;
  while (comma <= n && xpos[comma - 1] != ",") ++comma;
  if (const int verb = clause_verb_after(heads, deprels, upos, xpos, comma); verb != 0)
    reroot(heads, deprels, root, verb, "obl");
}

void verb_after_opening_time_phrase(std::span<int32_t> heads, std::span<std::string> deprels,
                                    std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                                    std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  const int root = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (root > n || !is_noun(upos[root - 1]) || xpos[n - 1] != "." || !is_time_noun(forms[root - 1])) return;
  for (std::string_view own : {"case", "nsubj", "csubj", "expl", "cop", "aux"})
    if (dependent(heads, deprels, root, own) != 0) return;
  int comma = root + 1;
  while (comma <= n && xpos[comma - 1] != ",") ++comma;
  if (comma > n) return;
  const int verb = clause_verb_after(heads, deprels, upos, xpos, comma);
  if (verb == 0) return;
  const int subject = dependent(heads, deprels, verb, "nsubj");
  if (subject <= comma || subject > verb) return;  // its own subject, after the comma
  for (int w = comma + 1; w < verb; ++w)
    if (xpos[w - 1].starts_with("W")) return;  // "Six weeks , after which they ...": a relative clause
  // The opening phrase is the root's: every word before the comma hangs in
  // it, or on that verb.
  for (int w = 1; w < comma; ++w) {
    int top = w;
    while (top != root && heads[top - 1] != 0 && heads[top - 1] < comma) top = heads[top - 1];
    if (top != root && heads[top - 1] != verb) return;
  }
  reroot(heads, deprels, root, verb, "obl:unmarked");
  // "Two years after the flood": "flood" the verb's obl, "years" its nmod:unmarked.
  int opener = root;
  for (int w = root + 1; w < comma; ++w) {
    const bool on_root = heads[w - 1] == root && universal(deprels[w - 1]) == "nmod";
    const bool on_verb = heads[w - 1] == verb && universal(deprels[w - 1]) == "obl";
    if ((on_root || on_verb) && dependent(heads, deprels, w, "case") != 0) {
      heads[w - 1] = verb, deprels[w - 1] = "obl";
      heads[root - 1] = w, deprels[root - 1] = "nmod:unmarked";
      opener = w;
      break;
    }
  }
  heads[comma - 1] = opener, deprels[comma - 1] = "punct";
}

void verb_after_opening_participle(std::span<int32_t> heads, std::span<std::string> deprels,
                                   std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  if (n < 4 || heads[0] != 0 || (xpos[0] != "VBN" && xpos[0] != "VBG")) return;
  for (std::string_view own : {"nsubj", "csubj", "expl", "aux", "cop"})
    if (dependent(heads, deprels, 1, own) != 0) return;
  int comma = 2;
  while (comma <= n && xpos[comma - 1] != ",") ++comma;
  for (int verb = comma + 1; verb <= n; ++verb) {
    const std::string_view relation = universal(deprels[verb - 1]);
    if (heads[verb - 1] != 1 ||
        (relation != "ccomp" && relation != "conj" && relation != "parataxis" && relation != "advcl"))
      continue;
    const int subject = dependent(heads, deprels, verb, "nsubj");
    if (subject <= comma) continue;
    reroot(heads, deprels, 1, verb, "advcl");
    return;
  }
}

void verb_after_compound_subject(std::span<int32_t> heads, std::span<std::string> deprels,
                                 std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                                 std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  const int root = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (root >= n || !is_noun(upos[root - 1])) return;
  for (std::string_view own : {"nsubj", "csubj", "expl", "cop"})
    if (dependent(heads, deprels, root, own) != 0) return;
  const int subject = root + 1, verb = heads[subject - 1];
  const std::string_view noun = forms[subject - 1];
  if (noun.empty() || noun[0] < 'a' || noun[0] > 'z') return;  // "the car John bought"
  if (!is_noun(upos[subject - 1]) || universal(deprels[subject - 1]) != "nsubj" || verb <= subject ||
      !is_finite(xpos[verb - 1]) || heads[verb - 1] != root || universal(deprels[verb - 1]) != "acl" ||
      dependent(heads, deprels, subject, "det") != 0)
    return;
  auto in_clause = [&](int w) {
    for (int x = w, steps = 0; x != 0 && steps <= n; x = heads[x - 1], ++steps)
      if (x == verb) return true;
    return false;
  };
  for (int w = verb + 1; w <= n; ++w)
    if (is_finite(xpos[w - 1]) && !in_clause(w)) return;  // "Every car Tom buys breaks down": a clause indeed
  for (int w = 1; w < root; ++w)
    if (heads[w - 1] == root) heads[w - 1] = subject;  // "The", "foreign"
  reroot(heads, deprels, root, verb, "compound");
  heads[root - 1] = subject;
}

void subject_from_opening_apposition(std::span<int32_t> heads, std::span<std::string> deprels,
                                     std::span<const std::string_view> upos, std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  const int verb = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (verb > n || verb < 3 || !is_finite(xpos[verb - 1])) return;
  const int noun = verb - 1;
  if (deprels[noun - 1] != "appos" || heads[noun - 1] >= noun || !is_noun(upos[noun - 1])) return;
  for (std::string_view own : {"nsubj", "csubj", "expl"})
    if (dependent(heads, deprels, verb, own) != 0) return;
  int first = noun;  // where the noun's phrase starts (its own comma aside)
  for (int w = 1; w < noun; ++w)
    for (int x = w, steps = 0; x != 0 && steps <= n && xpos[w - 1] != ","; x = heads[x - 1], ++steps)
      if (x == noun) {
        first = std::min(first, w);
        break;
      }
  if (first < 2 || xpos[first - 2] != ",") return;
  heads[noun - 1] = verb, deprels[noun - 1] = "nsubj";
}

void verb_after_whose_clause(std::span<int32_t> heads, std::span<std::string> deprels,
                             std::span<const std::string_view> forms, std::span<const std::string_view> upos) {
  const int n = static_cast<int>(heads.size());
  const int root = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (root > n) return;
  int open = 2;  // the comma before "whose"
  while (open + 1 <= n && !(forms[open - 1] == "," && (forms[open] == "whose" || forms[open] == "Whose"))) ++open;
  if (open + 1 > n || open + 1 >= root) return;
  const int noun = open - 1;
  if (!is_noun(upos[noun - 1]) || heads[noun - 1] != root) return;
  int close = root + 1;
  while (close <= n && forms[close - 1] != ",") ++close;
  for (int verb = close + 1; verb <= n; ++verb) {
    if (heads[verb - 1] != root || upos[verb - 1] != "VERB") continue;
    const std::string_view relation = universal(deprels[verb - 1]);
    if (relation != "conj" && relation != "parataxis" && relation != "advcl" && relation != "ccomp") continue;
    for (std::string_view own : {"nsubj", "csubj", "expl"})
      if (dependent(heads, deprels, verb, own) != 0) return;
    bool passive = false;  // "..., was flooded"
    for (int w = 1; w <= n; ++w) passive = passive || (heads[w - 1] == verb && deprels[w - 1] == "aux:pass");
    for (int w = 1; w <= n; ++w)  // the words outside the clause follow the new root
      if (heads[w - 1] == root && (w < open || w > close)) heads[w - 1] = verb;
    heads[verb - 1] = 0, deprels[verb - 1] = "root";
    heads[noun - 1] = verb, deprels[noun - 1] = passive ? "nsubj:pass" : "nsubj";
    heads[root - 1] = noun, deprels[root - 1] = "acl:relcl";
    for (int comma : {open, close})
      if (comma <= n) heads[comma - 1] = root, deprels[comma - 1] = "punct";
    return;
  }
}

void verb_after_quote(std::span<int32_t> heads, std::span<std::string> deprels, std::span<const std::string_view> forms,
                      std::span<const std::string_view> upos, std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(heads.size());
  if (n < 5 || xpos[0] != "``") return;
  int close = 3;  // the closing quote, after a comma
  while (close <= n && !(xpos[close - 1] == "''" && forms[close - 2] == ",")) ++close;
  const int root = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (close > n || root >= close) return;
  for (int verb = close + 1; verb <= n; ++verb) {
    if (heads[verb - 1] != root || upos[verb - 1] != "VERB") continue;
    const int subject = dependent(heads, deprels, verb, "nsubj");
    if (subject <= close || subject > verb) continue;
    for (int w = close + 1; w <= n; ++w)
      if (heads[w - 1] == root) heads[w - 1] = verb;
    heads[verb - 1] = 0, deprels[verb - 1] = "root";
    heads[root - 1] = verb, deprels[root - 1] = "ccomp";
    return;
  }
}

void reporting_verb_after_clause(std::span<int32_t> heads, std::span<std::string> deprels,
                                 std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                                 std::span<const std::string_view> xpos) {
  const auto attribution = trailing_attribution(forms, xpos);
  if (!attribution) return;
  const int verb = static_cast<int>(attribution->verb) + 1, comma = static_cast<int>(attribution->comma) + 1;
  const int root = static_cast<int>(std::find(heads.begin(), heads.end(), 0) - heads.begin()) + 1;
  if (root == verb) {
    // The verb is the root already: the clause before the comma is its ccomp
    // (the parser had "detained" as advcl of "said").
    int clause = 0, others = 0;
    for (int w = 1; w < comma; ++w)
      if (heads[w - 1] == verb && deprels[w - 1] != "punct") clause = w, ++others;
    const std::string_view relation = clause != 0 ? universal(deprels[clause - 1]) : "";
    if (others == 1 && (relation == "advcl" || relation == "parataxis" || relation == "conj"))
      deprels[clause - 1] = "ccomp";
  } else {
    if (root >= comma) return;
    return_words_to_clause(heads, deprels, upos, root, verb, comma);
    reroot(heads, deprels, root, verb, "ccomp");
    heads[comma - 1] = root, deprels[comma - 1] = "punct";
  }
  attach_speaker(heads, deprels, upos, *attribution);
}

}  // namespace entente::nlp::parser
