#include "coding/petrarch_discards.h"

#include <fstream>
#include <stdexcept>

#include "coding/strings.h"

namespace entente::coding {
namespace {

std::string trimmed(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

PetrarchDiscards PetrarchDiscards::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open PETRARCH discard list");
  return parse(in);
}

PetrarchDiscards PetrarchDiscards::parse(std::istream& in) {
  PetrarchDiscards out;
  std::string line;
  bool in_comment = false;
  while (std::getline(in, line)) {
    if (in_comment || line.find("<!--") != std::string::npos) {
      in_comment = line.find("-->") == std::string::npos;
      continue;
    }
    if (size_t cut = line.find_first_of("#;"); cut != std::string::npos) line.resize(cut);
    std::string phrase = trimmed(line);
    if (!phrase.empty() && phrase[0] == '+') phrase = trimmed(phrase.substr(1));  // story level: one record here
    for (char& c : phrase) c = c == '_' ? ' ' : c;
    if (!phrase.empty()) out.phrases_.push_back(ascii_lower(phrase));
  }
  return out;
}

std::string PetrarchDiscards::match(std::string_view text) const {
  const std::string haystack = " " + ascii_lower(text);
  for (const std::string& phrase : phrases_)
    if (haystack.find(" " + phrase) != std::string::npos) return phrase;
  return {};
}

}  // namespace entente::coding
