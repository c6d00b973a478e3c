#include "server/bearer_token.h"

#include <fstream>
#include <stdexcept>

namespace entente::server {

std::string read_token_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read the token file");
  std::string token;
  std::getline(in, token);
  size_t first = token.find_first_not_of(" \t\r");
  size_t last = token.find_last_not_of(" \t\r");
  token = first == std::string::npos ? "" : token.substr(first, last - first + 1);
  if (token.size() < 16) throw std::runtime_error(path + ":1: token shorter than 16 characters");
  return token;
}

bool bearer_matches(std::string_view authorization, std::string_view token) {
  constexpr std::string_view kScheme = "Bearer ";
  if (token.empty() || !authorization.starts_with(kScheme)) return false;
  std::string_view given = authorization.substr(kScheme.size());
  // Constant-time over the expected token so timing does not reveal a prefix.
  unsigned char diff = given.size() == token.size() ? 0 : 1;
  for (size_t i = 0; i < token.size(); ++i)
    diff |= static_cast<unsigned char>(token[i] ^ (i < given.size() ? given[i] : 0));
  return diff == 0;
}

}  // namespace entente::server
