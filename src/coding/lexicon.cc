#include "coding/lexicon.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "coding/stable_hash.h"
#include "coding/strings.h"

namespace entente::coding {
namespace {

bool is_code(std::string_view s) {
  return s.size() >= 2 && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

int Pattern::specificity() const {
  return 1 + (objects.empty() ? 0 : 3) + (particle.empty() ? 0 : 2) + (preps.empty() ? 0 : 1);
}

void Lexicon::add_line(std::string_view line, const std::string& where) {
  std::string comment;
  if (size_t hash = line.find('#'); hash != std::string_view::npos) {
    comment = trim(line.substr(hash + 1));
    line = line.substr(0, hash);
  }
  std::vector<std::string> words;
  for (const std::string& w : split(line, ' ', false))
    for (const std::string& x : split(w, '\t', false)) words.push_back(x);
  if (words.empty()) return;  // blank or comment-only line
  auto fail = [&](const std::string& why) { throw std::runtime_error(where + ": " + why); };
  if (words.size() < 2) fail("expected '<code> <lemma> ...'");
  if (!is_code(words[0])) fail("not a CAMEO event code: " + words[0]);
  Pattern p;
  p.code = words[0];
  p.lemma = words[1];
  if (p.lemma.size() > 2 && p.lemma.ends_with(".n")) {
    p.nominal = true;
    p.lemma.resize(p.lemma.size() - 2);
  }
  for (size_t i = 2; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "mutual") p.mutual = true;
    else if (w == "reverse") p.reverse = true;
    else if (w[0] == '~' && w.size() > 1) p.particle = w.substr(1);
    else if (w[0] == '+' && w.size() > 1) p.objects = split(std::string_view(w).substr(1), '|', false);
    else if (w[0] == '@' && w.size() > 1) p.preps = split(std::string_view(w).substr(1), '|', false);
    else fail("unknown pattern element '" + w + "' (use ~particle, +noun, @prep, mutual, reverse)");
  }
  if (p.reverse && p.preps.empty()) fail("'reverse' needs an @prep argument to hold the source");
  p.where = where;
  p.example = std::move(comment);
  auto& bucket = p.nominal ? nouns_[p.lemma] : verbs_[p.lemma];
  bucket.push_back(std::move(p));
  ++size_;
}

Lexicon Lexicon::load(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir))
    throw std::runtime_error(dir.string() + ": verb lexicon folder not found");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Lexicon lexicon;
  for (const auto& file : files) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file.string() + ": cannot open");
    // Rules name files relative to the data root, e.g. "verbs/meet.txt:12".
    const std::string name = file.parent_path().filename().string() + "/" + file.filename().string();
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number)
      lexicon.add_line(line, name + ":" + std::to_string(number));
  }
  if (lexicon.size() == 0) throw std::runtime_error(dir.string() + ": no verb patterns");
  return lexicon;
}

const std::vector<Pattern>* Lexicon::verbs(std::string_view lemma) const {
  auto it = verbs_.find(std::string(lemma));
  return it == verbs_.end() ? nullptr : &it->second;
}

const std::vector<Pattern>* Lexicon::nouns(std::string_view lemma) const {
  auto it = nouns_.find(std::string(lemma));
  return it == nouns_.end() ? nullptr : &it->second;
}

std::map<std::string, size_t> Lexicon::count_by_root() const {
  std::map<std::string, size_t> counts;
  for (const auto* table : {&verbs_, &nouns_})
    for (const auto& [lemma, patterns] : *table)
      for (const Pattern& p : patterns) ++counts[p.code.substr(0, 2)];
  return counts;
}

std::string Lexicon::fingerprint() const {
  // Order-independent: a sum of per-pattern hashes (the maps are unordered).
  uint64_t sum = 0;
  for (const auto* table : {&verbs_, &nouns_})
    for (const auto& [lemma, patterns] : *table)
      for (const Pattern& p : patterns) {
        std::string key = p.code + ' ' + p.lemma + (p.nominal ? ".n " : " ") + p.particle + ' ';
        for (const auto& o : p.objects) key += o + '|';
        key += ' ';
        for (const auto& o : p.preps) key += o + '|';
        key += p.mutual ? " m" : " -";
        key += p.reverse ? " r" : " -";
        sum += fnv1a(key);  // a sum: order-free, and equal patterns do not cancel
      }
  return hex64(sum ^ size_);
}

}  // namespace entente::coding
