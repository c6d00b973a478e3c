#pragma once
#include <ostream>

#include "core/document.h"

// Writers for a segmented Document (`entente split`); CoNLL-U is conllu::write_document.
namespace entente::text {

// One JSON object per sentence: {"doc_id","index" (0-based),"start","end"
// (bytes into the original text),"text","tokens":[{"start","end","text"}]}.
void write_sentences_jsonl(std::ostream& out, const Document& doc);

// One sentence per line, its original characters with line breaks and tabs
// turned into spaces.
void write_sentences_text(std::ostream& out, const Document& doc);

}  // namespace entente::text
