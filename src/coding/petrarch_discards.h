#pragma once
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

// A PETRARCH discard list: phrases that mark text not to code (sports,
// chronologies). A line "PHRASE" discards the sentence, "+PHRASE" the whole
// story; both match, case-insensitively, where a word starts.
namespace entente::coding {

class PetrarchDiscards {
 public:
  // Throws std::runtime_error "file: cannot open" when unreadable.
  static PetrarchDiscards load(const std::filesystem::path& file);
  static PetrarchDiscards parse(std::istream& in);

  // The first discard phrase found in `text` (lowercase, as listed), or "".
  std::string match(std::string_view text) const;
  size_t size() const { return phrases_.size(); }

 private:
  std::vector<std::string> phrases_;  // lowercase, '_' as spaces
};

}  // namespace entente::coding
