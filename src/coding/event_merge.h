#pragma once
#include <string>
#include <vector>

#include "core/event.h"

// Deduplication and stable identity of a document's events.
namespace entente::coding {

// The stable id of an event: a hash of (doc_id, source code, target code,
// cameo, date), so re-coding the same text gives the same ids.
std::string event_id(const Event& event);

// Merges events with the same (source code, target code, cameo, date) into
// the first of them: mentions, quantities and flags are pooled, confidence is
// the highest. An event whose date contains another's more precise date (same
// dyad and code: "1950" and "1950-01-18") is pooled into that one. Fills
// event_id. Keeps first-seen order.
std::vector<Event> merge_events(std::vector<Event> events);

}  // namespace entente::coding
