#include "nlp/training_copies.h"

namespace entente::nlp {

conllu::Word conllu_word(const InsertedWord& word, int id, int head, const std::string& deprel) {
  conllu::Word w;
  w.id = std::to_string(id);
  w.form = word.form;
  w.lemma = word.lemma;
  w.upos = word.upos;
  w.xpos = word.xpos;
  w.feats = word.feats;
  w.head = head;
  w.deprel = deprel;
  return w;
}

std::string shifted_range(const std::string& id, int by) {
  const size_t dash = id.find('-');
  return std::to_string(std::stoi(id.substr(0, dash)) + by) + "-" + std::to_string(std::stoi(id.substr(dash + 1)) + by);
}

void copy_comments(const conllu::Sentence& from, conllu::Sentence& to, const std::string& suffix,
                   const std::string& text) {
  for (const std::string& c : from.comments) {
    if (c.starts_with("sent_id = ")) {
      to.comments.push_back(c + suffix);
    } else if (c.starts_with("text = ")) {
      if (!text.empty()) to.comments.push_back("text = " + text);
    } else {
      to.comments.push_back(c);
    }
  }
}

}  // namespace entente::nlp
