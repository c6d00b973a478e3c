#include "store/event_row.h"

#include <nlohmann/json.hpp>

#include "store/dates.h"
#include "store/store.h"

namespace entente::store {

namespace {

using nlohmann::json;

json side_extra(const EventActor& side) {
  json out = json::object();
  if (!side.role.empty()) out["role"] = side.role;
  if (!side.text.empty()) out["text"] = side.text;
  if (!side.span.empty()) out["span"] = {side.span.begin, side.span.end};
  return out;
}

void read_side_extra(const json& in, EventActor& side) {
  side.role = in.value("role", "");
  side.text = in.value("text", "");
  if (in.contains("span")) side.span = {in["span"][0].get<uint32_t>(), in["span"][1].get<uint32_t>()};
}

bool text_at(std::string_view doc_text, Span span, std::string_view text) {
  return span.end <= doc_text.size() && span.begin <= span.end &&
         doc_text.substr(span.begin, span.size()) == text;
}

// Everything of an Event without a column of its own. Empty fields are
// omitted to keep a million rows small.
std::string extra_json(const Event& event, std::string_view doc_text) {
  json out = json::object();
  if (!event.date_source.empty()) out["date_source"] = event.date_source;
  if (json s = side_extra(event.source); !s.empty()) out["source"] = s;
  if (json t = side_extra(event.target); !t.empty()) out["target"] = t;
  if (!event.plover_mode.empty()) out["plover_mode"] = event.plover_mode;
  const Location& loc = event.location;
  if (!loc.country.empty() || loc.has_coordinates) {
    json l = {{"country", loc.country}};
    if (loc.has_coordinates) l["lat"] = loc.lat, l["lon"] = loc.lon;
    out["location"] = l;
  }
  for (const Quantity& q : event.quantities)
    out["quantities"].push_back(
        {{"value", q.value}, {"unit", q.unit}, {"text", q.text}, {"span", {q.span.begin, q.span.end}}});
  for (const EventMention& m : event.mentions) {
    json j = {{"sentence", m.sentence}, {"span", {m.span.begin, m.span.end}}};
    if (!text_at(doc_text, m.span, m.text)) j["text"] = m.text;
    out["mentions"].push_back(j);
  }
  if (!event.flags.empty()) out["flags"] = event.flags;
  if (!event.trigger.span.empty() || !event.trigger.text.empty()) {
    json t = {{"span", {event.trigger.span.begin, event.trigger.span.end}}};
    if (!text_at(doc_text, event.trigger.span, event.trigger.text)) t["text"] = event.trigger.text;
    out["trigger"] = t;
  }
  return out.dump();
}

// The text a span stands for: stored with it when it differs from the
// document, else read back from the document.
std::string restored_text(const json& in, Span span, const std::function<std::string_view()>& doc_text) {
  if (in.contains("text")) return in["text"].get<std::string>();
  if (std::string_view doc = doc_text(); span.end <= doc.size()) return std::string(doc.substr(span.begin, span.size()));
  return {};
}

void read_extra_json(std::string_view text, const std::function<std::string_view()>& doc_text,
                     Event& event) {
  json in = json::parse(text);
  event.date_source = in.value("date_source", "");
  if (in.contains("source")) read_side_extra(in["source"], event.source);
  if (in.contains("target")) read_side_extra(in["target"], event.target);
  event.plover_mode = in.value("plover_mode", "");
  if (in.contains("location")) {
    const json& l = in["location"];
    event.location.country = l.value("country", "");
    event.location.has_coordinates = l.contains("lat");
    event.location.lat = l.value("lat", 0.0);
    event.location.lon = l.value("lon", 0.0);
  }
  for (const json& q : in.value("quantities", json::array()))
    event.quantities.push_back({q["value"].get<double>(), q["unit"].get<std::string>(),
                                q["text"].get<std::string>(),
                                {q["span"][0].get<uint32_t>(), q["span"][1].get<uint32_t>()}});
  for (const json& m : in.value("mentions", json::array())) {
    EventMention mention;
    mention.sentence = m["sentence"].get<uint32_t>();
    mention.span = {m["span"][0].get<uint32_t>(), m["span"][1].get<uint32_t>()};
    mention.text = restored_text(m, mention.span, doc_text);
    event.mentions.push_back(std::move(mention));
  }
  event.flags = in.value("flags", std::vector<std::string>{});
  if (in.contains("trigger")) {
    const json& t = in["trigger"];
    event.trigger.span = {t["span"][0].get<uint32_t>(), t["span"][1].get<uint32_t>()};
    event.trigger.text = restored_text(t, event.trigger.span, doc_text);
  }
}

}  // namespace

std::string side_key(const EventActor& side) {
  if (!side.country.empty()) return side.country;
  return side.code.substr(0, 3);
}

void bind_event(sql::Stmt& stmt, int first, const Event& event, std::string_view doc_text) {
  // An undated event (or one whose date does not parse) still gets stored;
  // it sorts first and never matches a date filter.
  auto days = days_of(event.date, event.date_precision);
  const std::string no_day;
  int i = first;
  auto text = [&](std::string_view value) { stmt.bind(i++, value); };
  text(event.event_id);
  text(event.date);
  text(event.date_precision);
  text(days ? days->first : no_day);
  text(days ? days->last : no_day);
  text(event.source.code);
  text(event.source.country);
  text(side_key(event.source));
  text(event.target.code);
  text(event.target.country);
  text(side_key(event.target));
  text(event.cameo);
  text(event.cameo_root);
  stmt.bind(i++, event.quad_class);
  stmt.bind(i++, event.goldstein);
  text(event.plover_event_type);
  text(event.location.name);
  stmt.bind(i++, event.confidence);
  text(event.rule);
  text(extra_json(event, doc_text));
}

Event read_event(const sql::Stmt& stmt, int first,
                 const std::function<std::string_view()>& doc_text) {
  Event event;
  int i = first;
  event.event_id = stmt.text(i++);
  event.date = stmt.text(i++);
  event.date_precision = stmt.text(i++);
  i += 2;  // day_lo, day_hi are derived
  event.source.code = stmt.text(i++);
  event.source.country = stmt.text(i++);
  ++i;  // source_key
  event.target.code = stmt.text(i++);
  event.target.country = stmt.text(i++);
  ++i;  // target_key
  event.cameo = stmt.text(i++);
  event.cameo_root = stmt.text(i++);
  event.quad_class = static_cast<int>(stmt.integer(i++));
  event.goldstein = stmt.real(i++);
  event.plover_event_type = stmt.text(i++);
  event.location.name = stmt.text(i++);
  event.confidence = stmt.real(i++);
  event.rule = stmt.text(i++);
  try {
    read_extra_json(stmt.view(i), doc_text, event);
  } catch (const nlohmann::json::exception& e) {
    throw StoreError("event " + event.event_id + ": malformed extra column: " + e.what());
  }
  return event;
}

}  // namespace entente::store
