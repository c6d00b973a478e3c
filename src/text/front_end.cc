#include "text/front_end.h"

#include "text/normalize.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace entente::text {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// White space follows the token ending at byte `end` of the original text.
// Non-ASCII spaces (NBSP) count too: the tokenizer split there.
bool space_follows(const Document& doc, const std::vector<RawWord>& words, size_t i) {
  if (i + 1 < words.size()) return words[i + 1].space_before;
  uint32_t end = doc.norm_to_orig[words[i].end];
  return end < doc.text.size() && is_space_byte(doc.text[end]);
}

}  // namespace

void segment(Document& doc) {
  normalize_nfc(doc.text, doc.normalized, doc.norm_to_orig);
  std::vector<RawWord> words;
  words.reserve(doc.normalized.size() / 5 + 1);
  tokenize(doc.normalized, words);
  std::vector<uint8_t> ends = sentence_ends(doc.normalized, words);

  doc.tokens.clear();
  doc.space_after.clear();
  doc.multiword.clear();
  doc.sentences.clear();
  doc.tokens.reserve(words.size());
  doc.space_after.reserve(words.size());
  const std::vector<uint32_t>& to_orig = doc.norm_to_orig;
  Sentence sentence;
  for (size_t i = 0; i < words.size(); ++i) {
    uint32_t index = static_cast<uint32_t>(i);
    Span span{to_orig[words[i].begin], to_orig[words[i].end]};
    if (span.end <= span.begin) span.end = span.begin + 1;  // a split inside one composed character
    doc.tokens.push_back(span);
    doc.space_after.push_back(space_follows(doc, words, i) ? 1 : 0);
    if (words[i].joined) {
      if (!doc.multiword.empty() && doc.multiword.back().last + 1 == index)
        doc.multiword.back().last = index;
      else
        doc.multiword.push_back({index - 1, index});
    }
    if (ends[i]) {
      sentence.token_end = index + 1;
      sentence.span = {doc.tokens[sentence.token_begin].begin, span.end};
      doc.sentences.push_back(sentence);
      sentence.token_begin = index + 1;
    }
  }
}

}  // namespace entente::text
