#pragma once
#include <nlohmann/json.hpp>

#include "core/event.h"

// The JSON Lines contract for one event (used by `entente code`, the store
// and the server; external evaluation reads it, so keep it stable):
// event_id, doc_id, date, date_precision, date_source,
// source{code,country,role,text,start,end}, target{...}, cameo, cameo_root,
// quad_class, goldstein, plover{event_type,mode}, location{name,country,lat,lon},
// quantities[{value,unit,text,start,end}], mentions[{sentence,start,end,text}],
// rule, confidence, flags[], trigger{start,end,text} (the verb or event noun).
// Offsets are bytes in the original text.
namespace entente::coding {

nlohmann::json to_json(const Event& event);

// The inverse of to_json. Missing optional fields keep their defaults; throws
// std::runtime_error naming the field when a present field has the wrong type.
Event from_json(const nlohmann::json& json);

}  // namespace entente::coding
