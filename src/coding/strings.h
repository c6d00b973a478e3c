#pragma once
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

// Small string helpers the coding tables and scanners share.
namespace entente::coding {

// ASCII lowercase (UTF-8 bytes above 0x7f are kept as they are).
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The fields of `s` between `sep` characters; `keep_empty` keeps empty fields (TSV columns).
inline std::vector<std::string> split(std::string_view s, char sep, bool keep_empty) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      if (keep_empty || i > start) out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace entente::coding
