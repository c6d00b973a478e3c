#include "nlp/context_lemmas.h"

#include <algorithm>
#include <cctype>
#include <vector>

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

}  // namespace

void apply_context_lemmas(std::span<const std::string_view> words, std::span<const std::string> upos,
                          std::span<const std::string> xpos, std::span<std::string> lemmas, const Lemmatizer& lemmatizer) {
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if ((words[i] == "'s" || words[i] == "’s") && upos[i] == "AUX") {
      size_t next = i + 1;
      while (next < n && xpos[next] == "RB") ++next;
      if (next < n && (words[next] == "been" || words[next] == "got" || words[next] == "gotten")) lemmas[i] = "have";
    }
  }
  if (title_like(words)) return;
  for (size_t i = 1; i < n; ++i) {
    const std::string_view before = words[i - 1];
    if (upos[i] != "ADJ" || !is_capitalised(words[i]) || before.empty() ||
        !std::isalnum(static_cast<unsigned char>(before[0])) || lemmatizer.knows(words[i], upos[i], xpos[i]))
      continue;
    if (!lemmas[i].empty() && is_lower(lemmas[i][0])) lemmas[i][0] = static_cast<char>(lemmas[i][0] - 'a' + 'A');
  }
}

void apply_context_lemmas(conllu::Sentence& sentence, const Lemmatizer& lemmatizer) {
  std::vector<std::string_view> words;
  std::vector<std::string> upos, xpos, lemmas;
  for (const conllu::Word& w : sentence.words)
    words.push_back(w.form), upos.push_back(w.upos), xpos.push_back(w.xpos), lemmas.push_back(w.lemma);
  apply_context_lemmas(words, upos, xpos, lemmas, lemmatizer);
  for (size_t i = 0; i < lemmas.size(); ++i) sentence.words[i].lemma = std::move(lemmas[i]);
}

}  // namespace entente::nlp
