#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/event.h"
#include "store/sqlite.h"

// How an Event maps onto a row of the events table: query fields as real
// columns, everything else in one JSON column ("extra").
namespace entente::store {

// The event columns in the order bind_event binds and read_event reads them.
inline constexpr const char* kEventColumns =
    "event_id, date, precision, day_lo, day_hi, source_code, source_country, source_key, "
    "target_code, target_country, target_key, cameo, root, quad, goldstein, plover, location, "
    "confidence, rule, extra";
inline constexpr int kEventColumnCount = 20;

// The 3-letter key a side is indexed under: its country, or the first
// segment of its code when it has none ("" when it has neither).
std::string side_key(const EventActor& side);

// Binds the kEventColumns values of `event` to parameters first..first+19.
// Evidence text equal to doc_text at its span is left out (restored on read).
void bind_event(sql::Stmt& stmt, int first, const Event& event, std::string_view doc_text);

// Reads an event from kEventColumns starting at column `first`; evidence
// text left out on write is taken from doc_text(), called only then.
// Throws StoreError on a malformed extra column. doc_id is left for the caller.
Event read_event(const sql::Stmt& stmt, int first,
                 const std::function<std::string_view()>& doc_text);

}  // namespace entente::store
