#include "nlp/attribution.h"

#include <algorithm>
#include <array>

#include "nlp/word_features.h"

namespace entente::nlp {
namespace {

constexpr std::array<std::string_view, 36> kReportingVerbs = {
    "said",     "says",        "say",          "told",      "tells",     "reported", "reports",  "announced",
    "announces", "added",      "adds",         "warned",    "warns",     "confirmed", "confirms", "stated",
    "states",   "claimed",     "claims",       "noted",     "notes",     "wrote",    "writes",   "insisted",
    "insists",  "argued",      "argues",       "explained", "explains",  "alleged",  "alleges",  "estimated",
    "estimates", "acknowledged", "acknowledges", "showed"};

// `participle`: a VBN counts too (after its speaker, "state media
// reported(VBN) on Sunday" is a misread past tense).
bool is_reporting_verb(std::string_view form, std::string_view xpos, bool participle = false) {
  if (xpos != "VBD" && xpos != "VBZ" && xpos != "VBP" && !(participle && xpos == "VBN")) return false;
  return std::any_of(kReportingVerbs.begin(), kReportingVerbs.end(),
                     [&](std::string_view verb) { return equals_lower(form, verb); });
}

bool is_closing_quote(std::string_view form) {
  return form == "\"" || form == "''" || form == "'" || form == "”" || form == "’" || form == "’’";
}

bool opens_adverbial_clause(std::string_view form, std::string_view xpos) {
  static constexpr std::array<std::string_view, 14> kSubordinators = {
      "as",    "when",   "if",     "because", "although", "though", "while",
      "after", "before", "since",  "unless",  "until",    "once",   "whether"};
  return (xpos == "IN" || xpos == "WRB") &&
         std::any_of(kSubordinators.begin(), kSubordinators.end(), [&](std::string_view w) { return equals_lower(form, w); });
}

bool says_before_speaker(std::string_view form) {
  return equals_lower(form, "said") || equals_lower(form, "says") || equals_lower(form, "added") ||
         equals_lower(form, "adds") || equals_lower(form, "wrote") || equals_lower(form, "writes");
}

bool is_telling(std::string_view form) { return equals_lower(form, "told") || equals_lower(form, "tells"); }

// The first word of where or when: a preposition, an adverb ("late",
// "earlier"), a day or a time word ("Tuesday", "this week", "last month").
bool opens_adjunct(std::string_view form, std::string_view xpos) {
  static constexpr std::array<std::string_view, 14> kTimeWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today",  "yesterday", "tonight", "this",   "last",     "next",     "earlier"};
  if (xpos == "IN") return !equals_lower(form, "that");
  if (xpos == "RB" || xpos == "RBR") return true;
  return std::any_of(kTimeWords.begin(), kTimeWords.end(), [&](std::string_view w) { return equals_lower(form, w); });
}

// A word of the speaker's noun phrase: "the", "its", "chief", "spokesman",
// "Reuters", "two", "'s", "of" ("the head of the agency").
bool in_speaker(std::string_view form, std::string_view xpos) {
  static constexpr std::array<std::string_view, 13> kTags = {"DT",  "PDT", "PRP$", "JJ",  "JJR", "JJS", "NN",
                                                             "NNS", "NNP", "NNPS", "CD", "POS", "HYPH"};
  if (xpos == "IN") return equals_lower(form, "of");
  return std::find(kTags.begin(), kTags.end(), xpos) != kTags.end();
}

// How many words from `i` make the speaker, stopping at `end`.
size_t speaker_length(std::span<const std::string_view> forms, std::span<const std::string_view> xpos, size_t i,
                      size_t end) {
  if (i < end && xpos[i] == "PRP") return 1;  // "he said", "it said"
  size_t k = i;
  while (k < end && in_speaker(forms[k], xpos[k])) ++k;
  return k - i;
}

}  // namespace

std::optional<Attribution> trailing_attribution(std::span<const std::string_view> forms,
                                                std::span<const std::string_view> xpos) {
  // The sentence ends in "." (closing quotes after it allowed); `end` is that full stop.
  size_t end = forms.size();
  while (end > 0 && is_closing_quote(forms[end - 1])) --end;
  if (end == 0 || forms[end - 1] != ".") return std::nullopt;
  --end;
  // The attribution runs to the full stop, or to a participle clause after
  // it (", the coast guard said , adding that ...").
  auto comma_before = [&](size_t at) -> size_t {
    const auto found = std::find(std::make_reverse_iterator(forms.begin() + static_cast<std::ptrdiff_t>(at)),
                                 forms.rend(), ",");
    return found == forms.rend() ? forms.size() : static_cast<size_t>(forms.rend() - found) - 1;
  };
  size_t stop = end, comma = comma_before(end);
  if (comma < end && xpos[comma + 1] == "VBG") stop = comma, comma = comma_before(comma);
  if (comma >= stop || comma < 3) return std::nullopt;
  // "When the rain stopped , they added salt .": the only comma closes an
  // adverbial clause, and the verb after it is the main one.
  if (opens_adverbial_clause(forms[0], xpos[0]) && std::find(forms.begin(), forms.begin() + comma, ",") ==
                                                        forms.begin() + static_cast<std::ptrdiff_t>(comma))
    return std::nullopt;
  size_t i = comma + 1;
  while (i < stop && is_closing_quote(forms[i])) ++i;
  size_t verb, speaker_begin;
  if (i < stop && is_reporting_verb(forms[i], xpos[i])) {  // ", said the minister"
    // Only verbs of speech go before their speaker: ", announced a merger"
    // names what, and ", told me" whom.
    if (!says_before_speaker(forms[i]) || (i + 1 < stop && xpos[i + 1] == "PRP")) return std::nullopt;
    verb = i;
    speaker_begin = verb + 1;
    i = speaker_begin + speaker_length(forms, xpos, speaker_begin, stop);
  } else {  // ", the minister said"
    speaker_begin = i;
    verb = i + speaker_length(forms, xpos, i, stop);
    if (verb >= stop || !is_reporting_verb(forms[verb], xpos[verb], true)) return std::nullopt;
    i = verb + 1;
  }
  const size_t speaker_end = verb < speaker_begin ? i : verb;
  if (speaker_end == speaker_begin) return std::nullopt;
  // "told reporters", "told the Associated Press": whom.
  if (verb + 1 == i && is_telling(forms[verb])) i += speaker_length(forms, xpos, i, stop);
  // Then only where and when ("on Sunday", "in a statement", "late on
  // Monday"), and no clause of its own: not "he turned up late", "he
  // explained his plan".
  if (i < stop && !opens_adjunct(forms[i], xpos[i])) return std::nullopt;
  for (; i < stop; ++i) {
    const std::string_view t = xpos[i];
    if (t.starts_with("VB") || t == "MD" || t.starts_with("W") || equals_lower(forms[i], "that")) return std::nullopt;
  }
  return Attribution{comma, verb, speaker_begin, speaker_end, end};
}

}  // namespace entente::nlp
