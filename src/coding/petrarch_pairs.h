#pragma once
#include <vector>

#include "coding/cameo_table.h"
#include "coding/petrarch_patterns.h"
#include "core/event.h"

// PETRARCH's paired codes: "[032:033]" codes the source's event 032 and the
// target's event 033 back at the source ("X left for Y for talks": X travels
// to Y, Y hosts X).
namespace entente::coding {

// Appends, for each event whose rule is a PETRARCH pattern or verb with a
// reverse code, the target's event back at the source (Goldstein, quad class
// and PLOVER from `cameo`, left empty for codes CAMEO lacks).
void add_reverse_events(const PetrarchVerbs& verbs, const CameoTable& cameo, std::vector<Event>& events);

}  // namespace entente::coding
