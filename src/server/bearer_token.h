#pragma once
#include <string>
#include <string_view>

namespace entente::server {

// Reads the ingest token from `path`: the first line, surrounding whitespace
// removed. Throws std::runtime_error "path: reason" when the file cannot be
// read or the token is shorter than 16 characters.
std::string read_token_file(const std::string& path);

// True when `authorization` is exactly "Bearer <token>". The comparison takes
// the same time wherever the first difference is.
bool bearer_matches(std::string_view authorization, std::string_view token);

}  // namespace entente::server
