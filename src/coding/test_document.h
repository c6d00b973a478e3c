#pragma once
// Test helper: Documents with hand-written parses, so the coder can be tested
// without the front end, tagger, parser or actor dictionaries.
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"

namespace entente::coding::testing {

// One word: "form lemma UPOS head deprel [XPOS [FEATS]]" (head 1-based, 0 = root).
using Rows = std::vector<std::string>;

// Appends a sentence built from `rows` to `doc` (words separated by spaces;
// `new_paragraph` starts it on a new line).
inline void add_sentence(Document& doc, const Rows& rows, bool new_paragraph = false) {
  if (!doc.text.empty()) doc.text += new_paragraph ? "\n" : " ";
  Sentence s;
  s.token_begin = static_cast<uint32_t>(doc.tokens.size());
  s.span.begin = static_cast<uint32_t>(doc.text.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    std::istringstream in(rows[i]);
    std::string form, lemma, upos, deprel, xpos = "_", feats = "_";
    int head = 0;
    in >> form >> lemma >> upos >> head >> deprel >> xpos >> feats;
    if (i) doc.text += ' ';
    Span span{static_cast<uint32_t>(doc.text.size()), 0};
    doc.text += form;
    span.end = static_cast<uint32_t>(doc.text.size());
    doc.tokens.push_back(span);
    doc.space_after.push_back(1);
    doc.lemma.push_back(lemma);
    doc.upos.push_back(upos);
    doc.xpos.push_back(xpos);
    doc.feats.push_back(feats == "_" ? "" : feats);
    doc.head.push_back(head);
    doc.deprel.push_back(deprel);
  }
  s.token_end = static_cast<uint32_t>(doc.tokens.size());
  s.span.end = static_cast<uint32_t>(doc.text.size());
  doc.sentences.push_back(s);
}

// Marks tokens [begin, end) of sentence `s` (sentence-relative, 0-based) as an actor.
inline void add_actor(Document& doc, uint32_t s, uint32_t begin, uint32_t end, std::string code,
                      std::string country, std::string role = "") {
  ActorMention m;
  m.sentence = s;
  m.token_begin = doc.sentences[s].token_begin + begin;
  m.token_end = doc.sentences[s].token_begin + end;
  m.span = {doc.tokens[m.token_begin].begin, doc.tokens[m.token_end - 1].end};
  m.code = std::move(code);
  m.country = std::move(country);
  m.role = std::move(role);
  m.rule = "test";
  doc.mentions.push_back(std::move(m));
}

}  // namespace entente::coding::testing
