#include "server/api.h"

#include <sqlite3.h>

#include <cmath>
#include <cstring>

#include "coding/event_json.h"

namespace entente::server {

namespace {

using nlohmann::json;

// Runs `fn` on a leased connection, translating store errors into the
// server's: a rejected argument -> ParamError, an interrupted query -> QueryTimeout.
template <typename Fn>
auto with_store(const StorePool& pool, Fn fn) {
  auto store = pool.acquire();
  try {
    return fn(*store);
  } catch (const store::QueryError& e) {
    std::string reason = e.what();
    if (reason.starts_with(e.parameter + ": ")) reason.erase(0, e.parameter.size() + 2);
    throw ParamError(e.parameter, reason);
  } catch (const store::StoreError& e) {
    if (sqlite3_errcode(store->handle()) == SQLITE_INTERRUPT || std::strstr(e.what(), "time limit"))
      throw QueryTimeout(e.what());
    throw;
  }
}

// A mean to three decimals (more digits are noise), or null when there is none.
json optional_number(const std::optional<double>& value) {
  return value ? json(std::round(*value * 1000) / 1000) : json(nullptr);
}

json tally_json(const store::Tally& tally) {
  json quad = json::object();
  for (int q = 1; q <= 4; ++q) quad[std::to_string(q)] = tally.quad[q];
  return {{"count", tally.count}, {"quad", quad}, {"goldstein", optional_number(tally.mean_goldstein())}};
}

void add(store::Tally& into, const store::Tally& from) {
  into.count += from.count;
  for (size_t q = 0; q < into.quad.size(); ++q) into.quad[q] += from.quad[q];
  into.goldstein_sum += from.goldstein_sum;
}

json events_json(const std::vector<Event>& events) {
  json out = json::array();
  for (const auto& event : events) out.push_back(coding::to_json(event));
  return out;
}

// An optional parameter, validated by `parse` when present.
template <typename Parse>
auto optional_param(const Params& params, const std::string& name, Parse parse)
    -> std::optional<decltype(parse(std::string()))> {
  auto value = single(params, name);
  if (!value) return std::nullopt;
  return parse(*value);
}

std::string required(const Params& params, const std::string& name) {
  auto value = single(params, name);
  if (!value) throw ParamError(name, "required");
  return *value;
}

}  // namespace

Api::Api(const StorePool& pool) : pool_(pool), watcher_(pool.acquire()) {}

uint64_t Api::data_version() const {
  std::lock_guard lock(watcher_mutex_);
  sqlite3_stmt* stmt = nullptr;
  uint64_t version = 0;
  if (sqlite3_prepare_v2(watcher_->handle(), "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    version = static_cast<uint64_t>(sqlite3_column_int64(stmt, 0));
  int rc = sqlite3_finalize(stmt);
  if (rc != SQLITE_OK) throw store::StoreError(std::string("PRAGMA data_version: ") + sqlite3_errstr(rc));
  return version;
}

Reply Api::health() const {
  // Liveness must not depend on counting a large store: when the counts run
  // over the time limit the server is still healthy, they are just left out.
  nlohmann::json body = {{"status", "ok"}};
  try {
    store::Stats stats = with_store(pool_, [](const store::Store& store) { return store.stats(); });
    body.update({{"documents", stats.documents},
                 {"events", stats.events},
                 {"first_event_date", stats.first_event_date},
                 {"last_event_date", stats.last_event_date},
                 {"schema_version", stats.schema_version},
                 {"entente_version", stats.entente_version}});
  } catch (const QueryTimeout&) {
    body["counts"] = "over the query time limit";
  }
  return Reply{200, std::move(body)};
}

Reply Api::events(const Params& params) const {
  reject_unknown(params, {"actor", "dyad", "from", "to", "root", "quad", "limit", "cursor"});
  store::EventQuery query;
  query.limit = parse_limit(params, 100, 1000);
  if (auto actor = single(params, "actor")) query.actor = parse_actor_code("actor", *actor);
  if (auto dyad = single(params, "dyad")) std::tie(query.dyad_a, query.dyad_b) = parse_dyad(*dyad);
  if (auto from = single(params, "from")) query.from = parse_date("from", *from);
  if (auto to = single(params, "to")) query.to = parse_date("to", *to);
  if (!query.from.empty() && !query.to.empty()) check_date_order(query.from, query.to);
  if (auto root = single(params, "root")) query.root = parse_cameo_root(*root);
  if (auto quad = single(params, "quad")) query.quad = parse_quad(*quad);
  if (auto cursor = single(params, "cursor")) {
    if (cursor->size() > 200) throw ParamError("cursor", "not a cursor from a previous answer");
    query.cursor = *cursor;
  }
  return with_store(pool_, [&](const store::Store& store) {
    store::EventPage page = store.query_events(query);
    json body = {{"events", events_json(page.events)},
                 {"count", page.events.size()},
                 {"limit", query.limit},
                 {"next_cursor", page.next_cursor.empty() ? json(nullptr) : json(page.next_cursor)}};
    return Reply{200, std::move(body)};
  });
}

Reply Api::dyad(const Params& params) const {
  reject_unknown(params, {"a", "b", "by"});
  std::string a = parse_actor_code("a", required(params, "a"));
  std::string b = parse_actor_code("b", required(params, "b"));
  if (a == b) throw ParamError("b", "must differ from a");
  std::string by = optional_param(params, "by", [](const std::string& v) { return parse_period(v); })
                       .value_or("year");
  return with_store(pool_, [&](const store::Store& store) {
    auto periods = store.dyad(a, b, store::parse_period(by));
    json rows = json::array();
    store::Tally total;
    for (const auto& p : periods) {
      json row = tally_json(p.both);
      row["period"] = p.period;
      row["a_to_b"] = tally_json(p.a_to_b);
      row["b_to_a"] = tally_json(p.b_to_a);
      rows.push_back(std::move(row));
      add(total, p.both);
    }
    return Reply{200, {{"a", a}, {"b", b}, {"by", by}, {"periods", rows}, {"total", tally_json(total)}}};
  });
}

Reply Api::partners(const Params& params) const {
  reject_unknown(params, {"actor", "limit"});
  std::string actor = parse_actor_code("actor", required(params, "actor"));
  int limit = parse_limit(params, 20, 200);
  return with_store(pool_, [&](const store::Store& store) {
    json rows = json::array();
    for (const auto& p : store.partners(actor, limit))
      rows.push_back({{"actor", p.actor},
                      {"count", p.count},
                      {"as_source", p.as_source},
                      {"as_target", p.as_target},
                      {"goldstein", optional_number(p.mean_goldstein())}});
    return Reply{200, {{"actor", actor}, {"partners", rows}}};
  });
}

Reply Api::actors(const Params& params) const {
  reject_unknown(params, {"q", "limit"});
  std::string text = optional_param(params, "q", [](const std::string& v) { return parse_search_text(v); })
                         .value_or("");
  int limit = parse_limit(params, 20, 1000);
  return with_store(pool_, [&](const store::Store& store) {
    json rows = json::array();
    for (const auto& a : store.search_actors(text, limit))
      rows.push_back({{"code", a.code}, {"country", a.country}, {"name", a.name}, {"events", a.events}});
    return Reply{200, {{"actors", rows}}};
  });
}

Reply Api::document(const std::string& raw_id) const {
  std::string id = parse_document_id(raw_id);
  return with_store(pool_, [&](const store::Store& store) {
    auto doc = store.document(id);
    if (!doc) return error_reply(404, "no document with this id", "id");
    json sentences = json::array();
    for (const auto& s : doc->sentences) sentences.push_back({{"start", s.span.begin}, {"end", s.span.end}});
    json mentions = json::array();
    for (const auto& m : doc->mentions)
      mentions.push_back({{"start", m.span.begin}, {"end", m.span.end}, {"code", m.code},
                          {"country", m.country}, {"role", m.role}});
    json body = {{"id", doc->id},         {"date", doc->date},       {"title", doc->title},
                 {"source", doc->source}, {"url", doc->url},         {"text", doc->text},
                 {"sentences", sentences}, {"mentions", mentions},   {"events", events_json(doc->events)}};
    return Reply{200, std::move(body)};
  });
}

}  // namespace entente::server
