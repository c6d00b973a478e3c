#include "coding/petrarch_pairs.h"

#include <utility>

namespace entente::coding {

void add_reverse_events(const PetrarchVerbs& verbs, const CameoTable& cameo, std::vector<Event>& events) {
  const size_t forward = events.size();
  for (size_t i = 0; i < forward; ++i) {
    const std::string* code = verbs.reverse_code_of(events[i].rule);
    if (!code || code->empty() || *code == "---") continue;
    Event back = events[i];
    std::swap(back.source, back.target);
    back.cameo = *code;
    back.cameo_root = code->substr(0, 2);
    const CameoCode* entry = cameo.find(*code);
    back.quad_class = entry ? entry->quad_class : 0;
    back.goldstein = entry ? entry->goldstein : 0;
    back.plover_event_type = entry ? entry->plover_type : "";
    back.plover_mode = entry ? entry->plover_mode : "";
    back.flags.push_back("petrarch_reverse");
    events.push_back(std::move(back));
  }
}

}  // namespace entente::coding
