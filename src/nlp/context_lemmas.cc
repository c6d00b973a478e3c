#include "nlp/context_lemmas.h"

#include <algorithm>
#include <cctype>

namespace entente::nlp {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "Urban", not "URBAN" or "iPhone".
bool is_capitalised(std::string_view word) {
  return word.size() >= 2 && is_upper(word[0]) && std::any_of(word.begin() + 1, word.end(), is_lower);
}

// Most words capitalised: a title or a headline, whose capitals say nothing.
bool title_like(std::span<const std::string_view> words) {
  const auto capitalised = std::count_if(words.begin(), words.end(), [](std::string_view w) {
    return !w.empty() && is_upper(w[0]);
  });
  return 2 * capitalised > static_cast<long>(words.size());
}

// Whether word i can take a lemma from its sentence (see context_lemmas).
bool may_change(std::string_view word, std::string_view upos, size_t i) {
  return word == "'s" || word == "’s" || (i > 0 && upos == "ADJ" && is_capitalised(word));
}

}  // namespace

std::vector<LemmaChange> context_lemmas(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                                        std::span<const std::string_view> xpos, std::span<const std::string_view> lemmas,
                                        const Lemmatizer& lemmatizer) {
  std::vector<LemmaChange> changes;
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if ((words[i] == "'s" || words[i] == "’s") && upos[i] == "AUX") {
      size_t next = i + 1;
      while (next < n && xpos[next] == "RB") ++next;
      if (next < n && (words[next] == "been" || words[next] == "got" || words[next] == "gotten"))
        changes.push_back({i, "have"});
    }
  }
  bool any_adjective = false;  // most sentences stop here
  for (size_t i = 1; i < n && !any_adjective; ++i) any_adjective = upos[i] == "ADJ" && is_capitalised(words[i]);
  if (!any_adjective || title_like(words)) return changes;
  for (size_t i = 1; i < n; ++i) {
    const std::string_view before = words[i - 1];
    if (upos[i] != "ADJ" || !is_capitalised(words[i]) || before.empty() ||
        !std::isalnum(static_cast<unsigned char>(before[0])) || lemmatizer.knows(words[i], upos[i], xpos[i]))
      continue;
    if (!lemmas[i].empty() && is_lower(lemmas[i][0])) {
      std::string lemma(lemmas[i]);
      lemma[0] = static_cast<char>(lemma[0] - 'a' + 'A');
      changes.push_back({i, std::move(lemma)});
    }
  }
  return changes;
}

bool may_have_context_lemmas(std::span<const std::string_view> words, std::span<const std::string> upos) {
  for (size_t i = 0; i < words.size(); ++i)
    if (may_change(words[i], upos[i], i)) return true;
  return false;
}

void apply_context_lemmas(conllu::Sentence& sentence, const Lemmatizer& lemmatizer) {
  const size_t n = sentence.words.size();
  bool any = false;
  for (size_t i = 0; i < n && !any; ++i) any = may_change(sentence.words[i].form, sentence.words[i].upos, i);
  if (!any) return;
  std::vector<std::string_view> words(n), upos(n), xpos(n), lemmas(n);
  for (size_t i = 0; i < n; ++i) {
    const conllu::Word& w = sentence.words[i];
    words[i] = w.form, upos[i] = w.upos, xpos[i] = w.xpos, lemmas[i] = w.lemma;
  }
  for (LemmaChange& change : context_lemmas(words, upos, xpos, lemmas, lemmatizer))
    sentence.words[change.word].lemma = std::move(change.lemma);
}

}  // namespace entente::nlp
