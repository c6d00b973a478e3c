#include "actors/dictionary.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "actors/fold.h"

namespace entente::actors {

namespace {

const char* kIsoCountries = "/usr/share/iso-codes/json/iso_3166-1.json";

// ISO 3166-1 from Debian's iso-codes: every country's name, official and
// common name. Names written "Korea, Republic of" are left to countries.txt.
void read_iso_countries(Sources& sources, std::vector<Problem>& problems) {
  std::ifstream in(kIsoCountries);
  if (!in) {
    problems.push_back({kIsoCountries, "cannot open (install Debian's iso-codes: scripts/setup)"});
    return;
  }
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    problems.push_back({kIsoCountries, std::string("malformed JSON: ") + e.what()});
    return;
  }
  for (const auto& country : json.value("3166-1", nlohmann::json::array())) {
    std::string code = country.value("alpha_3", "");
    if (code.size() != 3) continue;
    // codes.tsv is read first: a part there must not shadow a country ("NAM" is Namibia).
    if (const Part* part = sources.codes.find(code); part && *part != Part::kCountry)
      problems.push_back({"codes.tsv", fmt::format("'{}' is the ISO 3166-1 code of {}, not a region, state, role or organisation",
                                                   code, country.value("name", ""))});
    sources.codes.add(code, Part::kCountry, country.value("name", ""));
    Entry entry{Kind::kCountry, {}, {{code, {}}}, fmt::format("iso_3166-1.json:{}", code)};
    for (const char* field : {"common_name", "name", "official_name"}) {
      std::string name = country.value(field, "");
      if (!name.empty() && name.find(',') == std::string::npos &&
          std::find(entry.names.begin(), entry.names.end(), name) == entry.names.end())
        entry.names.push_back(name);
    }
    if (!entry.names.empty()) sources.entries.push_back(std::move(entry));
  }
}

void read_file(const std::filesystem::path& path, Sources& sources, std::vector<Problem>& problems) {
  std::ifstream in(path);
  if (!in) {
    problems.push_back({path.string(), "cannot open"});
    return;
  }
  for (Entry& entry : parse_dictionary(in, path.filename().string(), problems)) sources.entries.push_back(std::move(entry));
}

// "UN", "U.S.", "CPV": all letters upper case, at most six of them.
bool is_acronym(std::string_view name) {
  size_t letters = 0;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.' && c != '&') return false;
  }
  return letters > 0 && letters <= 6;
}

// English plurals of an agent name's last word: "minister" -> "ministers",
// "policeman" -> "policemen", "embassy" -> "embassies".
std::vector<std::string> plurals(const std::string& name) {
  std::vector<std::string> out;
  if (name.ends_with("man")) out.push_back(name.substr(0, name.size() - 3) + "men");
  else if (name.ends_with("y") && name.size() > 2 && std::string("aeiou").find(name[name.size() - 2]) == std::string::npos)
    out.push_back(name.substr(0, name.size() - 1) + "ies");
  else if (name.ends_with("s") || name.ends_with("x") || name.ends_with("ch") || name.ends_with("sh"))
    out.push_back(name + "es");
  else out.push_back(name + "s");
  return out;
}

uint64_t fnv1a(uint64_t hash, std::string_view text) {
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

}  // namespace

std::string name_key(std::string_view name) {
  std::string key = fold(name);
  std::erase_if(key, [](char c) { return c == ' ' || c == '\t'; });
  return key;
}

std::filesystem::path default_data_dir() {
  if (const char* data = std::getenv("ENTENTE_DATA"); data && *data) return std::filesystem::path(data) / "actors";
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / "data" / "actors";
}

Sources read_sources(const std::filesystem::path& data_dir, const std::vector<std::filesystem::path>& extra_files,
                     std::vector<Problem>& problems) {
  Sources sources;
  sources.codes.load_tsv(data_dir / "codes.tsv", problems);
  read_iso_countries(sources, problems);
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& item : std::filesystem::directory_iterator(data_dir, error))
    if (item.path().extension() == ".txt") files.push_back(item.path());
  if (error) problems.push_back({data_dir.string(), "cannot list: " + error.message()});
  std::sort(files.begin(), files.end());
  for (const auto& file : files) read_file(file, sources, problems);
  for (const auto& file : extra_files) read_file(file, sources, problems);
  return sources;
}

std::unique_ptr<Dictionary> Dictionary::load(const std::filesystem::path& data_dir,
                                             const std::vector<std::filesystem::path>& extra_files) {
  std::vector<Problem> problems;
  Sources sources = read_sources(data_dir, extra_files, problems);
  if (!problems.empty()) {
    std::string message = problems.front().text();
    if (problems.size() > 1) message += fmt::format(" (and {} more problems; run `entente dict check`)", problems.size() - 1);
    throw DictionaryError(message);
  }
  return std::make_unique<Dictionary>(std::move(sources));
}

Dictionary::Dictionary(Sources sources) : entries_(std::move(sources.entries)), codes_(std::move(sources.codes)) {
  uint64_t hash = 14695981039346656037ull;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& entry = entries_[i];
    hash = fnv1a(hash, kind_name(entry.kind));
    hash = fnv1a(hash, format_entry(entry));
    switch (entry.kind) {
      case Kind::kCountry: ++sizes_.countries; break;
      case Kind::kCapital: ++sizes_.capitals; break;
      case Kind::kPerson: ++sizes_.people; break;
      case Kind::kOrganisation: ++sizes_.organisations; break;
      case Kind::kAgent: ++sizes_.agents; break;
      default: break;
    }
    if (entry.kind == Kind::kCountry && !entry.codes.empty())
      country_entry_.emplace(entry.codes.front().code, i);
    by_source_.emplace(entry.source, i);
    std::vector<std::string> names = entry.names;
    if (entry.kind == Kind::kThing) {  // looked up after a country word, never matched on its own
      for (const std::string& name : entry.names) {
        things_.insert(name_key(name));
        for (const std::string& plural : plurals(name)) things_.insert(name_key(plural));
      }
      continue;
    }
    if (entry.kind == Kind::kLanguage)
      for (const std::string& name : entry.names) languages_.insert(name_key(name));
    if (entry.kind == Kind::kAgent)
      for (const std::string& name : entry.names)
        if (!is_acronym(name))
          for (std::string& plural : plurals(name)) names.push_back(std::move(plural));
    std::unordered_map<std::string, bool> all_acronyms;
    for (const std::string& name : names) {
      std::string key = name_key(name);
      if (key.empty()) continue;
      auto [it, added] = all_acronyms.emplace(key, true);
      it->second = it->second && is_acronym(name);
      auto& ids = by_key_[key];
      if (std::find(ids.begin(), ids.end(), i) == ids.end()) ids.push_back(i);
      max_key_bytes_ = std::max(max_key_bytes_, key.size());
      for (size_t n = 1; n <= std::min<size_t>(4, key.size()); ++n) prefixes_.insert(key.substr(0, n));
      ++sizes_.names;
    }
    for (const auto& [key, acronym] : all_acronyms)
      if (acronym) acronyms_.insert(key);
  }
  fingerprint_ = fmt::format("{:016x}", hash);
}

const std::vector<uint32_t>* Dictionary::find(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  return it == by_key_.end() ? nullptr : &it->second;
}

bool Dictionary::may_start(std::string_view key_prefix) const {
  return prefixes_.count(std::string(key_prefix.substr(0, std::min<size_t>(4, key_prefix.size())))) > 0;
}

const Entry* Dictionary::entry_at(std::string_view source) const {
  auto it = by_source_.find(std::string(source));
  return it == by_source_.end() ? nullptr : &entries_[it->second];
}

const Entry* Dictionary::country_entry(std::string_view country) const {
  auto it = country_entry_.find(std::string(country));
  return it == country_entry_.end() ? nullptr : &entries_[it->second];
}

}  // namespace entente::actors
