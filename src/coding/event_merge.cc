#include "coding/event_merge.h"

#include <algorithm>
#include <unordered_map>

#include "coding/stable_hash.h"

namespace entente::coding {
namespace {

std::string merge_key(const Event& e) {
  // \x1f never occurs in codes or dates, so fields cannot run together.
  return e.source.code + '\x1f' + e.target.code + '\x1f' + e.cameo + '\x1f' + e.date;
}

template <typename T, typename Same>
void append_unique(std::vector<T>& into, const std::vector<T>& from, Same same) {
  for (const T& x : from)
    if (std::none_of(into.begin(), into.end(), [&](const T& y) { return same(x, y); })) into.push_back(x);
}

// Pools `from`'s evidence into `into`: mentions, quantities, flags, a named place, the higher confidence.
void pool(Event& into, const Event& from) {
  append_unique(into.mentions, from.mentions, [](const EventMention& a, const EventMention& b) { return a.span == b.span; });
  append_unique(into.quantities, from.quantities, [](const Quantity& a, const Quantity& b) { return a.span == b.span; });
  append_unique(into.flags, from.flags, [](const std::string& a, const std::string& b) { return a == b; });
  if (into.location.name.empty() && !from.location.name.empty()) into.location = from.location;
  into.confidence = std::max(into.confidence, from.confidence);
}

// True when `fine` is the same dyad and code as `coarse` on a more precise date within it.
bool refines(const Event& fine, const Event& coarse) {
  return fine.source.code == coarse.source.code && fine.target.code == coarse.target.code &&
         fine.cameo == coarse.cameo && !coarse.date.empty() && fine.date.size() > coarse.date.size() &&
         fine.date.starts_with(coarse.date);
}

}  // namespace

std::string event_id(const Event& e) { return hex64(fnv1a(e.doc_id + '\x1f' + merge_key(e))); }

std::vector<Event> merge_events(std::vector<Event> events) {
  std::vector<Event> out;
  std::unordered_map<std::string, size_t> index;
  for (Event& e : events) {
    auto [it, fresh] = index.emplace(merge_key(e), out.size());
    if (fresh) {
      e.event_id = event_id(e);
      out.push_back(std::move(e));
      continue;
    }
    Event& kept = out[it->second];
    pool(kept, e);
  }
  // "the 75th anniversary of relations (1950)" and "On January 18, 1950, X
  // established relations": a coarser date that contains a finer one of the
  // same dyad and code is the same event, retold less precisely.
  std::vector<bool> gone(out.size(), false);
  for (size_t i = 0; i < out.size(); ++i) {
    for (size_t j = 0; j < out.size() && !gone[i]; ++j) {
      if (i == j || gone[j] || !refines(out[j], out[i])) continue;
      pool(out[j], out[i]);
      gone[i] = true;
    }
  }
  std::vector<Event> kept;
  for (size_t i = 0; i < out.size(); ++i)
    if (!gone[i]) kept.push_back(std::move(out[i]));
  return kept;
}

}  // namespace entente::coding
