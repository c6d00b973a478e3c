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
    append_unique(kept.mentions, e.mentions, [](const EventMention& a, const EventMention& b) { return a.span == b.span; });
    append_unique(kept.quantities, e.quantities, [](const Quantity& a, const Quantity& b) { return a.span == b.span; });
    append_unique(kept.flags, e.flags, [](const std::string& a, const std::string& b) { return a == b; });
    if (kept.location.name.empty() && !e.location.name.empty()) kept.location = e.location;
    kept.confidence = std::max(kept.confidence, e.confidence);
  }
  return out;
}

}  // namespace entente::coding
