#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"

// Capitals and major cities with coordinates (data/places/places.tsv), for
// placing events. Read-only after load.
namespace entente::coding {

struct Place {
  std::string name, country;  // "Hanoi", "VNM"
  double lat = 0, lon = 0;
  bool capital = false;
};

struct PlaceMention {
  uint32_t token_begin = 0, token_end = 0;
  const Place* place = nullptr;
};

class Gazetteer {
 public:
  // Throws std::runtime_error "file:line: reason" on a malformed line or unreadable file.
  static Gazetteer load(const std::filesystem::path& file);
  // Every place named in sentence `s` (longest match first, no overlaps).
  std::vector<PlaceMention> find(const Document& doc, uint32_t s) const;
  // The capital of `country` (ISO alpha-3), or nullptr.
  const Place* capital(std::string_view country) const;
  size_t size() const { return places_.size(); }

 private:
  std::vector<Place> places_;
  std::unordered_map<std::string, uint32_t> by_key_;  // folded name -> index
  std::unordered_map<std::string, uint32_t> capitals_;
  size_t max_tokens_ = 1;
};

}  // namespace entente::coding
