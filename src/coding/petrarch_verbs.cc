// Import of a PETRARCH2/TABARI verb dictionary into the Lexicon. Each verb it
// knows becomes a trigger pattern (so our frames still find who acts on
// whom) flagged `petrarch`; the dictionary itself (petrarch_patterns.h) then
// decides the code from its surface patterns. Where PETRARCH knows a verb, our
// own patterns for that lemma step aside: its dictionary is the one in use.
#include <memory>

#include "coding/lexicon.h"
#include "coding/petrarch_patterns.h"

namespace entente::coding {

size_t Lexicon::import_petrarch(const std::filesystem::path& file) {
  auto dictionary = std::make_shared<const PetrarchVerbs>(PetrarchVerbs::load(file));
  const std::string name = file.filename().string();
  size_t added = 0;
  for (const std::string& word : dictionary->verb_words()) {
    std::vector<Pattern>& bucket = verbs_[word];
    size_ -= bucket.size();
    bucket.clear();
    Pattern trigger;
    trigger.code = "---";  // PetrarchVerbs::code() decides
    trigger.lemma = word;
    trigger.petrarch = true;
    trigger.where = name;
    bucket.push_back(std::move(trigger));
    ++size_;
    ++added;
  }
  petrarch_ = std::move(dictionary);
  return added;
}

}  // namespace entente::coding
