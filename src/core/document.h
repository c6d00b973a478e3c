#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor_mention.h"
#include "core/event.h"
#include "core/span.h"

namespace entente {

// A sentence: its bytes in the original text and its tokens [token_begin, token_end).
struct Sentence {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t size() const { return token_end - token_begin; }
};

// A surface token that UD splits into words first..last (inclusive).
struct MultiwordToken {
  uint32_t first = 0;
  uint32_t last = 0;
};

// The one structure that flows through the pipeline. Each stage reads it and
// adds one layer; stages never call each other. Token layers are parallel
// arrays indexed by document-wide token index. Every offset points into
// `text`, the original bytes exactly as given.
struct Document {
  // --- metadata, from the input layer
  std::string id;
  std::string date;  // publication date, ISO 8601 (YYYY-MM-DD), may be empty
  std::string title, source, url, lang;
  std::string origin;  // where it was read from: "file.jsonl:12", "dir/a.txt"

  // --- text, from the input layer
  std::string text;  // original, exactly as given (valid UTF-8)

  // --- front end (src/text)
  std::string normalized;               // NFC view of text
  std::vector<uint32_t> norm_to_orig;   // normalized byte i -> original byte (size = normalized.size()+1)
  std::vector<Sentence> sentences;
  // "Tokens" are syntactic words (UD words): "don't" is two, "do" + "n't".
  std::vector<Span> tokens;             // bytes in the original text
  std::vector<uint8_t> space_after;     // 1 when whitespace follows the token
  // Surface tokens made of several words, e.g. "don't" = words [i, i+1]
  // (CoNLL-U range lines). Sorted, non-overlapping, within one sentence.
  std::vector<MultiwordToken> multiword;

  // --- NLP (src/nlp); empty until tagged/parsed. Heads are 1-based within
  // the sentence, 0 = root, as in CoNLL-U.
  std::vector<std::string> upos, xpos, feats, lemma, deprel;
  std::vector<int32_t> head;

  // --- actors (src/actors) and events (src/coding)
  std::vector<ActorMention> mentions;
  std::vector<Event> events;

  std::string_view token_text(uint32_t i) const {
    return std::string_view(text).substr(tokens[i].begin, tokens[i].size());
  }
  std::string_view span_text(Span s) const {
    return std::string_view(text).substr(s.begin, s.size());
  }
  // Drops every derived layer, keeping metadata and text.
  void clear_layers();
};

}  // namespace entente
