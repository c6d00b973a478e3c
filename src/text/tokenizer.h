#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

// Splits text into UD English (EWT) words. Sentence splitting is separate
// (sentence_splitter.h) and works on this output.
namespace entente::text {

struct RawWord {
  uint32_t begin = 0, end = 0;  // bytes of the scanned text, never empty
  // What separates this word from the previous one: 0 nothing or spaces,
  // 1 a single line break, 2 a blank line or skipped layout debris (table
  // pipes, markdown images) - a hard break no sentence crosses.
  uint8_t break_before = 0;
  bool space_before = false;  // any white space or debris before it
  // Part of the same surface token as the previous word: "don't" is the
  // words "do" and "n't" (CoNLL-U multiword token), the second one joined.
  bool joined = false;
};

// Appends the words of `text` (valid UTF-8) to `out`. Pure function of
// its input; thread-safe.
void tokenize(std::string_view text, std::vector<RawWord>& out);

}  // namespace entente::text
