#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace entente::server {

// What an API handler answers: an HTTP status and a JSON body.
struct Reply {
  int status = 200;
  nlohmann::json body;
};

// {"error": reason} (and "parameter" when one is to blame) with `status`.
inline Reply error_reply(int status, const std::string& reason, const std::string& parameter = {}) {
  Reply reply{status, {{"error", reason}}};
  if (!parameter.empty()) reply.body["parameter"] = parameter;
  return reply;
}

}  // namespace entente::server
