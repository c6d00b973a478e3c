#include "nlp/title_case.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "nlp/training_copies.h"
#include "nlp/training_order.h"

namespace entente::nlp {
namespace {

// Words a title-case headline (AP, Chicago) keeps in lowercase.
constexpr std::array<std::string_view, 17> kSmallWords = {"a",  "an", "the", "and", "but", "or",   "nor",  "for", "of",
                                                          "in", "on", "at",  "to",  "by",  "with", "from", "as"};

bool is_small_word(std::string_view form) {
  return std::find(kSmallWords.begin(), kSmallWords.end(), form) != kSmallWords.end();
}

// The sentence in headline case (`small_words_too`: "And", "The" capitalised as well).
conllu::Sentence headline_copy(const conllu::Sentence& sentence, bool small_words_too) {
  conllu::Sentence copy = sentence;
  // Only a word that starts a written token is capitalised: not "n't" of
  // "don't", nor "s" after "'" written without a space.
  std::vector<bool> inside_token(copy.words.size() + 2, false);
  for (const auto& range : copy.multiword) {
    const size_t dash = range.id.find('-');
    const size_t from = std::stoul(range.id.substr(0, dash)), to = std::stoul(range.id.substr(dash + 1));
    for (size_t i = from + 1; i <= to && i < inside_token.size(); ++i) inside_token[i] = true;
  }
  for (size_t i = 0; i < copy.words.size(); ++i) {
    if (inside_token[i + 1] || (i > 0 && !copy.words[i - 1].space_after())) continue;
    copy.words[i].form = headline_form(copy.words[i].form, i == 0, small_words_too);
  }
  for (auto& range : copy.multiword) range.form = headline_form(range.form, range.id.starts_with("1-"), small_words_too);
  std::erase_if(copy.comments, [](const std::string& c) { return c.starts_with("text = "); });
  return copy;
}

}  // namespace

std::string headline_form(const std::string& form, bool first, bool small_words_too) {
  if (form.empty() || form[0] < 'a' || form[0] > 'z') return form;
  if (!first && !small_words_too && is_small_word(form)) return form;
  std::string out = form;
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::vector<conllu::Sentence> title_case_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                uint64_t seed) {
  TrainingDice dice(seed, 0x7469746c65ull);  // "title"
  return copies_of_a_share(
      sentences, share, dice, [](const conllu::Sentence& sentence) { return !sentence.words.empty(); },
      [&](const conllu::Sentence& sentence) { return headline_copy(sentence, dice.below(3) == 0); });
}

}  // namespace entente::nlp
