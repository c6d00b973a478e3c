#include "coding/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <stdexcept>

#include "coding/strings.h"

namespace entente::coding {
namespace {

// Lowercase ASCII with spaces, dots and hyphens removed, so "Ha Noi", "Port-au-Prince"
// and the front end's tokens of them meet on one key.
std::string fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '.' || c == '\'') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

Gazetteer Gazetteer::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open gazetteer");
  Gazetteer g;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(file.string() + ":" + std::to_string(number) + ": " + why);
    };
    std::vector<std::string> f = split(line, '\t', true);
    if (f.size() < 5) fail("expected name, country, lat, lon, kind[, other names]");
    Place p;
    p.name = f[0];
    p.country = f[1];
    try {
      p.lat = std::stod(f[2]);
      p.lon = std::stod(f[3]);
    } catch (const std::exception&) {
      fail("latitude and longitude must be numbers");
    }
    if (p.country.size() != 3 || p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
      fail("country must be ISO alpha-3 and coordinates in range");
    p.capital = f[4] == "capital";
    const uint32_t index = static_cast<uint32_t>(g.places_.size());
    std::vector<std::string> names = {p.name};
    if (f.size() > 5)
      for (const std::string& alias : split(f[5], '|', false))
        if (!alias.empty()) names.push_back(alias);
    for (const std::string& name : names) {
      g.by_key_.emplace(fold(name), index);
      g.max_tokens_ = std::max<size_t>(g.max_tokens_, 1 + std::count(name.begin(), name.end(), ' ') +
                                                          std::count(name.begin(), name.end(), '-') * 2);
    }
    if (p.capital) g.capitals_.emplace(p.country, index);
    g.places_.push_back(std::move(p));
  }
  return g;
}

std::vector<PlaceMention> Gazetteer::find(const Document& doc, uint32_t s) const {
  std::vector<PlaceMention> out;
  const uint32_t begin = doc.sentences[s].token_begin, end = doc.sentences[s].token_end;
  for (uint32_t i = begin; i < end;) {
    // Place names start with a capital letter.
    std::string_view first = doc.token_text(i);
    if (first.empty() || !std::isupper(static_cast<unsigned char>(first[0]))) {
      ++i;
      continue;
    }
    uint32_t best_end = 0, best = 0;
    std::string key;
    for (uint32_t j = i; j < end && j < i + max_tokens_; ++j) {
      key += fold(doc.token_text(j));
      if (auto it = by_key_.find(key); it != by_key_.end()) best_end = j + 1, best = it->second;
    }
    if (best_end) {
      out.push_back({i, best_end, &places_[best]});
      i = best_end;
    } else {
      ++i;
    }
  }
  return out;
}

const Place* Gazetteer::capital(std::string_view country) const {
  auto it = capitals_.find(std::string(country));
  return it == capitals_.end() ? nullptr : &places_[it->second];
}

}  // namespace entente::coding
