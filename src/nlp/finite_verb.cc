#include "nlp/finite_verb.h"

#include <algorithm>
#include <string>
#include <vector>

#include "nlp/attribution.h"
#include "nlp/irregular_verbs.h"
#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

bool is_finite(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"; }

bool is_subject_like(std::string_view xpos) {
  return xpos == "NN" || xpos == "NNS" || xpos == "NNP" || xpos == "NNPS" || xpos == "PRP" || xpos == "CD";
}

bool is_relative_pronoun(std::string_view xpos) { return xpos == "WDT" || xpos == "WP" || xpos == "WP$"; }

// The last word that is not a closing quote or bracket is ".".
bool ends_in_full_stop(std::span<const std::string_view> forms) {
  for (auto it = forms.rbegin(); it != forms.rend(); ++it) {
    if (*it == "\"" || *it == "'" || *it == ")" || *it == "”" || *it == "’" || *it == "]") continue;
    return *it == ".";
  }
  return false;
}

// "Then soak the beans in water boiled ...": a base-form verb after nothing but
// adverbs, interjections and punctuation is an imperative, the sentence's verb.
bool opens_with_imperative(std::span<const std::string_view> upos, std::span<const std::string_view> xpos) {
  for (size_t i = 0; i < xpos.size(); ++i) {
    if (upos[i] == "ADV" || upos[i] == "INTJ" || upos[i] == "PUNCT") continue;
    return xpos[i] == "VB";
  }
  return false;
}

// Per word: a finite verb that can be the main clause's. A relative pronoun
// ("who", "which") takes the first finite verb after it for its own clause;
// a trailing attribution's verb (", officials said .") heads no clause of
// the sentence's own.
std::vector<bool> main_clause_finite_verbs(std::span<const std::string_view> forms,
                                           std::span<const std::string_view> xpos) {
  std::vector<bool> main(xpos.size(), false);
  bool relative_clause_open = false;
  for (size_t j = 0; j < xpos.size(); ++j) {
    if (is_relative_pronoun(xpos[j])) {
      relative_clause_open = true;
    } else if (is_finite(xpos[j])) {
      main[j] = !relative_clause_open;
      relative_clause_open = false;
    }
  }
  if (const auto attribution = trailing_attribution(forms, xpos)) main[attribution->verb] = false;
  return main;
}

// Whether the participle at `verb`, with no main-clause finite verb before it,
// has none after it either, or one that shares its subject: straight after a
// coordinating conjunction ("met in Geneva but failed to ...").
bool main_clause_needs_verb(std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
                            const std::vector<bool>& main_finite, size_t verb) {
  for (size_t j = verb + 1; j < xpos.size(); ++j) {
    if (!main_finite[j]) continue;
    size_t before = j - 1;
    while (before > verb && upos[before] == "ADV") --before;
    return xpos[before] == "CC";
  }
  return true;
}

// A past tense the tagger read as a noun, adjective or base form: an
// irregular one ("Gunmen shot(NN) two policemen .": nothing in "shot" or
// "sank" looks like a verb to its suffix features; "The storm , the
// strongest this year , hit(VB) the coast ."), or a regular "-ed" form read as an
// adjective of the noun after it ("The junta dissolved(JJ) parliament and
// suspended ...").
// `next` and `next_xpos` are the word after it and its tag: a regular form
// needs its object there (a determiner, number, quantifier or noun: not "the
// jobless counted in May").
bool misread_past_tense(std::string_view form, std::string_view xpos, std::string_view next,
                        std::string_view next_xpos) {
  if (xpos != "NN" && xpos != "NNS" && xpos != "JJ" && xpos != "VB") return false;
  if (!std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  if (xpos == "JJ" && form.size() >= 5 && form.ends_with("ed"))
    return next_xpos == "DT" || next_xpos == "CD" || next_xpos == "PRP$" || next_xpos.starts_with("NN") ||
           next == "many" || next == "several" || next == "few" || next == "more" || next == "most";
  return (irregular_verb_form(form).forms & kPastTenseForm) != 0;
}

// A verb whose base form, past tense and participle are one word ("spread",
// "cut", "hit"): "to" after it is a destination as often as a passive's
// ("Protests spread(VBN) to other cities").
bool same_in_every_tense(std::string_view form) {
  const uint8_t all = kBaseForm | kPastTenseForm | kPastParticipleForm;
  return (irregular_verb_form(form).forms & all) == all;
}

// Where a statement with no finite verb ends (its full stop, or the comma of
// a trailing attribution: ", officials said ." has the only finite verb), or
// -1 for a sentence that is no such statement: shorter than 4 words, not
// ending in ".", or with a finite verb.
int verbless_statement_end(std::span<const std::string_view> forms, std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(forms.size());
  if (n < 4 || forms[n - 1] != ".") return -1;
  const auto attribution = trailing_attribution(forms, xpos);
  for (int i = 0; i < n; ++i)
    if (is_finite(xpos[i]) && !(attribution && attribution->verb == static_cast<size_t>(i))) return -1;
  return attribution ? static_cast<int>(attribution->comma) : n - 1;
}

}  // namespace

int likely_past_tense_verb(std::span<const std::string_view> forms, std::span<const std::string_view> upos,
                           std::span<const std::string_view> xpos, std::span<const int32_t> participle_margin) {
  const size_t n = forms.size();
  if (!ends_in_full_stop(forms) || opens_with_imperative(upos, xpos)) return -1;
  const std::vector<bool> main_finite = main_clause_finite_verbs(forms, xpos);
  int best = -1;
  int32_t best_margin = 0;
  bool after_relative_clause = false;  // ", who ..." seen: its closing comma may stand before the verb
  // ", a former diplomat ,": a comma after a noun opens an apposition (or a
  // participle phrase), which the next comma closes unless a finite verb
  // came between.
  bool apposition_open = false, apposition_closed = false;
  for (size_t i = 0; i < n; ++i) {
    if (main_finite[i]) break;  // the main verb may come before any participle
    if (i > 0 && is_relative_pronoun(xpos[i]) && forms[i - 1] == ",") after_relative_clause = true;
    if (i == 0) continue;
    const bool closes_apposition = forms[i - 1] == "," && apposition_closed;
    if (forms[i] == ",") {
      apposition_closed = apposition_open;
      apposition_open = !apposition_open && is_subject_like(xpos[i - 1]);
    } else if (is_finite(xpos[i])) {  // ", carrying 300 passengers ,": a participle phrase closes alike
      apposition_open = false;
    }
    const bool participle = upos[i] == "VERB" && xpos[i] == "VBN";
    if (!participle && !misread_past_tense(forms[i], xpos[i], i + 1 < n ? forms[i + 1] : "", i + 1 < n ? xpos[i + 1] : ""))
      continue;
    if (!is_subject_like(xpos[i - 1]) && !(forms[i - 1] == "," && (after_relative_clause || closes_apposition))) continue;
    // "owned by", "sold to": a fragment's passive; after a clause's or an
    // apposition's closing comma, "to" goes with the main verb ("declined to").
    if (i + 1 < n && (equals_lower(forms[i + 1], "by") ||
                      (equals_lower(forms[i + 1], "to") && forms[i - 1] != "," && !same_in_every_tense(forms[i]))))
      continue;
    // A participle the model nearly read as a past tense comes first, a misread past tense after any participle.
    const int32_t margin = participle ? participle_margin[i] : kOnlyParticiple - 1;
    if (margin == kOnlyParticiple || !main_clause_needs_verb(upos, xpos, main_finite, i)) continue;
    if (best < 0 || margin < best_margin) best = static_cast<int>(i), best_margin = margin;
  }
  return best;
}

bool opens_with_participle_phrase(std::span<const std::string_view> forms, std::span<const std::string_view> xpos) {
  if (forms.size() < 4 || xpos[0] != "VBD" || xpos[1] != "IN") return false;
  const std::string_view first = forms[0];
  if (first.empty() || first[0] < 'A' || first[0] > 'Z') return false;
  // A regular "-ed" form, or an irregular one that can be a participle ("Driven", not "Went").
  std::string lower(first);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  const uint8_t forms_of = irregular_verb_form(lower).forms;
  if (forms_of != 0 ? !(forms_of & kPastParticipleForm) : !lower.ends_with("ed")) return false;
  const auto comma = std::find(forms.begin() + 2, forms.end(), ",");
  return std::any_of(xpos.begin() + (comma - forms.begin()), xpos.end(), is_finite);
}

bool opens_with_name_read_as_participle(std::span<const std::string_view> forms,
                                        std::span<const std::string_view> xpos) {
  const size_t n = forms.size();
  if (n < 4 || xpos[0] != "VBG" || forms[1] != "," || forms[0].empty() || forms[0][0] < 'A' || forms[0][0] > 'Z' ||
      !forms[0].ends_with("ing"))
    return false;
  if (is_relative_pronoun(xpos[2])) return true;
  for (size_t i = 2; i + 1 < n; ++i) {
    if (is_finite(xpos[i])) return false;
    if (forms[i] == ",") return is_finite(xpos[i + 1]) || xpos[i + 1] == "VBN";
  }
  return false;
}

bool opens_with_noun_read_as_gerund(std::span<const std::string_view> forms, std::span<const std::string_view> xpos) {
  if (forms.size() < 2 || xpos[0] != "VBG" || forms[0].empty() || forms[0][0] < 'A' || forms[0][0] > 'Z' ||
      !forms[0].ends_with("ing"))
    return false;
  // "Fighting(VBG) erupted(VBN) in the north": with no finite verb anywhere,
  // the participle is the past tense that finite_verb reads it as.
  return is_finite(xpos[1]) || (xpos[1] == "VBN" && std::none_of(xpos.begin(), xpos.end(), is_finite));
}

int likely_present_tense_verb(std::span<const std::string_view> forms, std::span<const std::string_view> xpos) {
  const int last = verbless_statement_end(forms, xpos);
  if (last < 0) return -1;
  auto capitalised = [&](int i) { return !forms[i].empty() && forms[i][0] >= 'A' && forms[i][0] <= 'Z'; };
  auto name_or_pronoun = [&](int i) {
    return xpos[i] == "NNP" || xpos[i] == "NNPS" || xpos[i] == "PRP" ||
           (i == 0 && xpos[0] == "VBG" && capitalised(0) && forms[0].ends_with("ing")) ||
           // "Nepal(JJ) hosts(NNS) a summit"; not "Fine weather(NN) the whole week"
           (i == 0 && xpos[0] == "JJ" && capitalised(0) && xpos[1] == "NNS");
  };
  for (int i = 1; i + 1 < last; ++i) {
    if ((xpos[i] != "NN" && xpos[i] != "NNS") || capitalised(i)) continue;
    std::string next(forms[i + 1]);
    std::transform(next.begin(), next.end(), next.begin(), [](unsigned char c) { return std::tolower(c); });
    static constexpr std::string_view kDeterminers[] = {"a",     "an",    "the", "its", "their", "his",  "her", "our",
                                                       "this",  "these", "those", "my", "your",  "most", "much", "some", "all"};
    const bool determiner = std::find(std::begin(kDeterminers), std::end(kDeterminers), next) != std::end(kDeterminers);
    if ((determiner && (name_or_pronoun(i - 1) || xpos[i - 1] == "NNS")) ||
        (xpos[i + 1] == "VBG" && name_or_pronoun(i - 1)))
      return i;
    // "Indonesia plans(NNS) to move its capital".
    const bool to_verb = i + 2 < last && equals_lower(forms[i + 1], "to") && xpos[i + 2] == "VB";
    if (xpos[i] == "NNS" && name_or_pronoun(i - 1) && to_verb) return i;
    // "The province borders(NNS) China", "The government plans(NNS) to
    // build ...": a singular subject after its article.
    if (i >= 2 && xpos[i] == "NNS" && xpos[i - 1] == "NN" && !capitalised(i - 1) && xpos[i - 2] == "DT" &&
        (determiner || xpos[i + 1] == "NNP" || to_verb))
      return i;
  }
  return -1;
}

int participle_phrase_read_as_past_tense(std::span<const std::string_view> forms,
                                         std::span<const std::string_view> xpos) {
  const int n = static_cast<int>(forms.size());
  const int comma = static_cast<int>(std::find(forms.begin(), forms.end(), ",") - forms.begin());
  const int verb = comma + 1;
  if (comma < 1 || verb >= n || xpos[verb] != "VBD" || !xpos[comma - 1].starts_with("NN")) return -1;
  int close = verb + 1;
  while (close < n && forms[close] != "," && !is_finite(xpos[close])) ++close;
  if (close + 1 >= n || forms[close] != ",") return -1;
  const std::string_view main = xpos[close + 1];
  const bool main_verb = is_finite(main) || ((main == "JJ" || main == "VBN") && forms[close + 1].ends_with("ed"));
  return main_verb ? verb : -1;
}

int base_form_read_for_present(std::span<const std::string_view> forms, std::span<const std::string_view> xpos) {
  const int last = verbless_statement_end(forms, xpos);
  if (last < 0) return -1;
  for (int i = 0; i < last; ++i) {
    if (xpos[i] == "RB" || xpos[i] == "UH" || xpos[i] == "," || xpos[i] == ":") continue;
    if (xpos[i] == "VB") return -1;  // an imperative opens the sentence
    break;
  }
  for (int i = 1; i < last; ++i) {
    if (equals_lower(forms[i - 1], "to")) return -1;  // "to" before any base form: no statement's verb
    if (xpos[i] != "VB") continue;
    int subject = i - 1;
    while (subject > 0 && xpos[subject] == "RB") --subject;  // "These shops only sell ..."
    const std::string_view t = xpos[subject], word = forms[subject];
    const bool plural_or_name = t == "NNS" || t == "NNPS" || t == "NNP";
    const bool pronoun = t == "PRP" && !equals_lower(word, "it") && !equals_lower(word, "he") &&
                         !equals_lower(word, "she") && !equals_lower(word, "him") && !equals_lower(word, "her") &&
                         !equals_lower(word, "them") && !equals_lower(word, "me") && !equals_lower(word, "us");
    const bool determiner = t == "DT" && (equals_lower(word, "these") || equals_lower(word, "those") ||
                                          equals_lower(word, "both") || equals_lower(word, "all"));
    return plural_or_name || pronoun || determiner ? i : -1;
  }
  return -1;
}

}  // namespace entente::nlp
