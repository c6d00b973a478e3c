// Import of PETRARCH CAMEO verb dictionaries (CAMEO.2.0.txt format) into the
// Lexicon: what our pattern language can say of them (verb + object noun +
// preposition -> code); patterns about subjects or nested phrases are skipped.
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "coding/strings.h"
#include "coding/lexicon.h"

namespace entente::coding {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      if (!w.empty()) out.push_back(w), w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

bool is_event_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

bool is_prep(const std::string& w) {
  static const char* kPreps[] = {"to", "with", "against", "for", "on", "from", "in", "at", "over", "into", "toward", "towards"};
  for (const char* p : kPreps)
    if (w == p) return true;
  return false;
}

// "TALKS" -> "talk|talks" so that either lemma or form matches.
std::string noun_forms(const std::string& upper_word) {
  std::string w = lower(upper_word);
  while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return w.substr(0, w.size() - 1) + "|" + w;
  return w;
}

}  // namespace

size_t Lexicon::import_petrarch(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open PETRARCH verb dictionary");
  const std::string name = file.filename().string();
  std::unordered_map<std::string, std::vector<std::string>> synsets;  // "&FOOD" -> members
  std::string line, current_synset;
  std::vector<std::string> verbs;  // synonyms of the current block
  bool in_patterns = false, block_start = false;
  size_t added = 0;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (size_t hash = line.find('#'); hash != std::string::npos && !line.starts_with("####")) line.resize(hash);
    if (line.find("VERB PATTERNS") != std::string::npos) in_patterns = true;
    std::vector<std::string> w = words_of(line);
    if (w.empty()) continue;
    if (w[0] == "---" && w.size() >= 3 && w[1] != "---") in_patterns = true;  // files without the section title
    const std::string where = name + ":" + std::to_string(number);
    if (!in_patterns) {
      if (w[0][0] == '&') current_synset = w[0];
      else if (w[0][0] == '+' && !current_synset.empty()) synsets[current_synset].push_back(noun_forms(w[0].substr(1)));
      continue;
    }
    if (w[0] == "---" && w.size() >= 3) {  // "---  VERB   [code]  ---"
      verbs.clear();
      block_start = true;
      std::string code = w[2].size() > 2 ? w[2].substr(1, w[2].size() - 2) : "";
      if (code.find(':') != std::string::npos) code.resize(code.find(':'));
      if (is_event_code(code)) {
        verbs.push_back(lower(w[1]));
        add_line(code + " " + lower(w[1]), where);
        ++added;
      }
      continue;
    }
    if (w[0] != "-") {  // a synonym line: "HURRY {HURRIES ...}"
      if (!block_start || w[0][0] == '{' || !std::isalpha(static_cast<unsigned char>(w[0][0]))) continue;
      std::string verb = lower(w[0]);
      if (verb.find('_') != std::string::npos) continue;  // multiword verbs: not expressible
      verbs.push_back(verb);
      continue;
    }
    // "- * OBJECT (PREP ...) [code]"
    std::string code;
    size_t star = 0;
    for (size_t i = 1; i < w.size(); ++i) {
      if (w[i] == "*") star = i;
      if (w[i].front() == '[') {
        code = w[i].substr(1, w[i].find_first_of(":]") - 1);
        w.resize(i);
        break;
      }
    }
    if (!is_event_code(code) || star != 1) continue;
    std::string object, prep;
    bool nested = false;
    for (size_t i = star + 1; i < w.size(); ++i) {
      std::string t = w[i];
      if (t[0] == '(') {
        std::string first = lower(t.substr(1));
        while (!first.empty() && first.back() == ')') first.pop_back();
        if (prep.empty() && is_prep(first)) prep = first;
        else nested = true;
        while (i < w.size() && w[i].find(')') == std::string::npos) ++i;
        continue;
      }
      if (!object.empty()) continue;
      if (t[0] == '{') {
        while (i + 1 < w.size() && w[i].find('}') == std::string::npos) ++i;
        t = w[i];
        while (!t.empty() && t.back() == '}') t.pop_back();
        if (!t.empty() && t[0] == '{') t = t.substr(1);
      }
      if (t[0] == '&') {
        auto it = synsets.find(t);
        if (it == synsets.end()) continue;
        for (const auto& m : it->second) object += (object.empty() ? "" : "|") + m;
      } else if (std::isalpha(static_cast<unsigned char>(t[0]))) {
        object = noun_forms(t);
      } else {
        nested = true;  // "$", "+", "%": roles our frames find by grammar instead
      }
    }
    if (nested && object.empty() && prep.empty()) continue;
    if (object.empty() && prep.empty()) continue;
    for (const std::string& verb : verbs) {
      add_line(code + " " + verb + (object.empty() ? "" : " +" + object) + (prep.empty() ? "" : " @" + prep), where);
      ++added;
    }
  }
  return added;
}

}  // namespace entente::coding
