#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

// The CAMEO event codes with their Goldstein score, quad class and PLOVER
// type and mode (data/cameo/cameo_codes.tsv). Read-only after load.
namespace entente::coding {

struct CameoCode {
  std::string code, name, plover_type, plover_mode;  // plover_* empty when PLOVER has none
  double goldstein = 0;
  int quad_class = 0;
};

class CameoTable {
 public:
  // Throws std::runtime_error "file:line: reason" on a malformed line or unreadable file.
  static CameoTable load(const std::filesystem::path& file);
  // The entry for `code`, or nullptr when CAMEO has no such code.
  const CameoCode* find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// <ENTENTE_SOURCE_DIR>/data, or $ENTENTE_DATA when set.
std::filesystem::path default_data_root();

}  // namespace entente::coding
