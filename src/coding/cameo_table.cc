#include "coding/cameo_table.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "coding/strings.h"

namespace entente::coding {
namespace {

bool is_code(const std::string& s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

CameoTable CameoTable::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open CAMEO code table");
  CameoTable table;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    auto where = [&] { return file.string() + ":" + std::to_string(number) + ": "; };
    std::vector<std::string> f = split(line, '\t', true);
    if (f.size() != 6) throw std::runtime_error(where() + "expected 6 tab-separated columns");
    if (!is_code(f[0])) throw std::runtime_error(where() + "not a CAMEO code: " + f[0]);
    CameoCode c;
    c.code = f[0];
    try {
      c.goldstein = std::stod(f[1]);
      c.quad_class = std::stoi(f[2]);
    } catch (const std::exception&) {
      throw std::runtime_error(where() + "goldstein and quad_class must be numbers");
    }
    if (c.goldstein < -10 || c.goldstein > 10 || c.quad_class < 1 || c.quad_class > 4)
      throw std::runtime_error(where() + "goldstein outside -10..10 or quad_class outside 1..4");
    c.plover_type = f[3] == "-" ? "" : f[3];
    c.plover_mode = f[4] == "-" ? "" : f[4];
    c.name = f[5];
    table.codes_[c.code] = std::move(c);
  }
  if (table.codes_.empty()) throw std::runtime_error(file.string() + ": no CAMEO codes");
  return table;
}

const CameoCode* CameoTable::find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

std::filesystem::path default_data_root() {
  if (const char* env = std::getenv("ENTENTE_DATA"); env && *env) return env;
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / "data";
}

}  // namespace entente::coding
