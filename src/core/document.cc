#include "core/document.h"

namespace entente {

void Document::clear_layers() {
  normalized.clear();
  norm_to_orig.clear();
  sentences.clear();
  tokens.clear();
  space_after.clear();
  multiword.clear();
  upos.clear(); xpos.clear(); feats.clear(); lemma.clear(); deprel.clear();
  head.clear();
  mentions.clear();
  events.clear();
}

}  // namespace entente
