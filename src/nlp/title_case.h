#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/conllu.h"

// Training copies for headlines: news titles are often written in title case
// ("Vietnam and Laos Sign 12 Cooperation Documents"), where a capital says
// nothing about a name; EWT has few such lines, and the tagger read "Sign"
// and "Documents" as names (dev rewritten in title case: UPOS 90.3 instead of
// 95.3), so the coder found no verb in the headline.
namespace entente::nlp {

// `form` as a headline writes it: the first letter capitalised, except for
// short function words ("of", "the", "and", ...) unless `first`. Words that
// start with anything but a lowercase ASCII letter are left alone.
std::string headline_form(const std::string& form, bool first, bool small_words_too);

// Copies of about `share` (0..1) of `sentences` with every word (and
// multiword token) that starts a written token in headline form, two styles at random: function words
// kept lowercase, or every word capitalised. Tags, lemmas and trees stay as
// they are; the text comment is dropped. Same input, share and seed: same copies.
std::vector<conllu::Sentence> title_case_copies(const std::vector<conllu::Sentence>& sentences, double share,
                                                uint64_t seed);

}  // namespace entente::nlp
