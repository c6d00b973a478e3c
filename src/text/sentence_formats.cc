#include "text/sentence_formats.h"

#include <nlohmann/json.hpp>

namespace entente::text {

void write_sentences_jsonl(std::ostream& out, const Document& doc) {
  for (size_t n = 0; n < doc.sentences.size(); ++n) {
    const Sentence& s = doc.sentences[n];
    nlohmann::json tokens = nlohmann::json::array();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t)
      tokens.push_back({{"start", doc.tokens[t].begin}, {"end", doc.tokens[t].end}, {"text", doc.token_text(t)}});
    nlohmann::json line = {{"doc_id", doc.id}, {"index", n},           {"start", s.span.begin},
                           {"end", s.span.end}, {"text", doc.span_text(s.span)}, {"tokens", std::move(tokens)}};
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

void write_sentences_text(std::ostream& out, const Document& doc) {
  for (const Sentence& s : doc.sentences) {
    std::string line(doc.span_text(s.span));
    for (char& c : line)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out << line << '\n';
  }
}

}  // namespace entente::text
