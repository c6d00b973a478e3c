#pragma once
#include <string>
#include <vector>

#include "core/span.h"

namespace entente {

// An actor as it appears in an event record.
struct EventActor {
  std::string code, country, role, text;
  Span span;
};

struct Quantity {
  double value = 0;
  std::string unit;  // ISO 4217 code for money, "percent", or the counted noun ("tonnes")
  std::string text;
  Span span;
};

struct Location {
  std::string name, country;
  double lat = 0, lon = 0;
  bool has_coordinates = false;
};

struct EventMention {
  uint32_t sentence = 0;
  Span span;  // the evidence sentence (or clause) in the original text
  std::string text;
};

// The word that names the event (verb or event noun), for highlighting.
struct EventTrigger {
  Span span;  // bytes in the original text; empty when unknown
  std::string text;
};

// One coded event: the layer the coding stage adds (see the JSON Lines contract).
struct Event {
  std::string event_id;  // stable hash of (doc_id, source, target, cameo, date)
  std::string doc_id;
  std::string date;            // ISO 8601, truncated to its precision
  std::string date_precision;  // day | month | year | decade
  std::string date_source;     // text | context | publication
  EventActor source, target;
  std::string cameo, cameo_root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event_type, plover_mode;
  Location location;
  std::vector<Quantity> quantities;
  std::vector<EventMention> mentions;
  std::string rule;  // lexicon file:line that fired
  double confidence = 0;
  std::vector<std::string> flags;  // e.g. "negated", "future", "reported"
  EventTrigger trigger;            // of the first mention
};

}  // namespace entente
