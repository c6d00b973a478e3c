#pragma once
#include "core/document.h"

// The text front end: normalise, tokenize, split sentences.
namespace entente::text {

// Fills doc.normalized and doc.norm_to_orig (NFC view of doc.text),
// doc.tokens (UD words), doc.space_after, doc.multiword and doc.sentences,
// replacing what they held. Every span points into doc.text, the original.
// Layout debris (table pipes, markdown image placeholders) yields no token.
// Needs valid UTF-8 in doc.text (the input layer guarantees it).
// Thread-safe: no shared mutable state.
void segment(Document& doc);

}  // namespace entente::text
