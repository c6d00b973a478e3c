#include "coding/event_json.h"

#include <stdexcept>

namespace entente::coding {
namespace {

using nlohmann::json;

json actor_json(const EventActor& a) {
  return {{"code", a.code}, {"country", a.country}, {"role", a.role},
          {"text", a.text}, {"start", a.span.begin}, {"end", a.span.end}};
}

// Reads `key` into `out` when present and not null; names the field on a type error.
template <typename T>
void read(const json& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  try {
    out = it->get<T>();
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("event field '") + key + "': " + e.what());
  }
}

const json& object_or_empty(const json& j, const char* key) {
  static const json kEmpty = json::object();  // immutable, shared read-only
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return kEmpty;
  if (!it->is_object()) throw std::runtime_error(std::string("event field '") + key + "': not an object");
  return *it;
}

EventActor actor_from(const json& j) {
  EventActor a;
  read(j, "code", a.code);
  read(j, "country", a.country);
  read(j, "role", a.role);
  read(j, "text", a.text);
  read(j, "start", a.span.begin);
  read(j, "end", a.span.end);
  return a;
}

}  // namespace

json to_json(const Event& e) {
  json location = {{"name", e.location.name}, {"country", e.location.country},
                   {"lat", nullptr}, {"lon", nullptr}};
  if (e.location.has_coordinates) {
    location["lat"] = e.location.lat;
    location["lon"] = e.location.lon;
  }
  json quantities = json::array();
  for (const Quantity& q : e.quantities)
    quantities.push_back({{"value", q.value}, {"unit", q.unit}, {"text", q.text},
                          {"start", q.span.begin}, {"end", q.span.end}});
  json mentions = json::array();
  for (const EventMention& m : e.mentions)
    mentions.push_back({{"sentence", m.sentence}, {"start", m.span.begin},
                        {"end", m.span.end}, {"text", m.text}});
  json j = json::object();
  j["event_id"] = e.event_id;
  j["doc_id"] = e.doc_id;
  j["date"] = e.date;
  j["date_precision"] = e.date_precision;
  j["date_source"] = e.date_source;
  j["source"] = actor_json(e.source);
  j["target"] = actor_json(e.target);
  j["cameo"] = e.cameo;
  j["cameo_root"] = e.cameo_root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"event_type", e.plover_event_type}, {"mode", e.plover_mode}};
  j["location"] = location;
  j["quantities"] = quantities;
  j["mentions"] = mentions;
  j["rule"] = e.rule;
  j["confidence"] = e.confidence;
  j["flags"] = e.flags;
  j["trigger"] = {{"start", e.trigger.span.begin}, {"end", e.trigger.span.end}, {"text", e.trigger.text}};
  return j;
}

Event from_json(const json& j) {
  if (!j.is_object()) throw std::runtime_error("event: not a JSON object");
  Event e;
  read(j, "event_id", e.event_id);
  read(j, "doc_id", e.doc_id);
  read(j, "date", e.date);
  read(j, "date_precision", e.date_precision);
  read(j, "date_source", e.date_source);
  e.source = actor_from(object_or_empty(j, "source"));
  e.target = actor_from(object_or_empty(j, "target"));
  read(j, "cameo", e.cameo);
  read(j, "cameo_root", e.cameo_root);
  read(j, "quad_class", e.quad_class);
  read(j, "goldstein", e.goldstein);
  const json& plover = object_or_empty(j, "plover");
  read(plover, "event_type", e.plover_event_type);
  read(plover, "mode", e.plover_mode);
  const json& location = object_or_empty(j, "location");
  read(location, "name", e.location.name);
  read(location, "country", e.location.country);
  if (location.contains("lat") && !location["lat"].is_null()) {
    read(location, "lat", e.location.lat);
    read(location, "lon", e.location.lon);
    e.location.has_coordinates = true;
  }
  if (auto it = j.find("quantities"); it != j.end() && it->is_array()) {
    for (const json& q : *it) {
      Quantity quantity;
      read(q, "value", quantity.value);
      read(q, "unit", quantity.unit);
      read(q, "text", quantity.text);
      read(q, "start", quantity.span.begin);
      read(q, "end", quantity.span.end);
      e.quantities.push_back(std::move(quantity));
    }
  }
  if (auto it = j.find("mentions"); it != j.end() && it->is_array()) {
    for (const json& m : *it) {
      EventMention mention;
      read(m, "sentence", mention.sentence);
      read(m, "start", mention.span.begin);
      read(m, "end", mention.span.end);
      read(m, "text", mention.text);
      e.mentions.push_back(std::move(mention));
    }
  }
  read(j, "rule", e.rule);
  read(j, "confidence", e.confidence);
  read(j, "flags", e.flags);
  const json& trigger = object_or_empty(j, "trigger");
  read(trigger, "start", e.trigger.span.begin);
  read(trigger, "end", e.trigger.span.end);
  read(trigger, "text", e.trigger.text);
  return e;
}

}  // namespace entente::coding
