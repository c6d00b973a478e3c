#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/code_table.h"
#include "actors/dictionary_file.h"

// The actor dictionaries, loaded once and shared read-only across threads.
namespace entente::actors {

// A dictionary that cannot be loaded: the message names file:line and the reason.
struct DictionaryError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Everything the dictionary files hold, before indexing.
struct Sources {
  std::vector<Entry> entries;
  CodeTable codes;
};

// Reads codes.tsv, every *.txt of `data_dir` (sorted by name), the ISO 3166-1
// countries of Debian's iso-codes package and `extra_files`. Unreadable files and
// malformed lines go to `problems`; the rest is returned.
Sources read_sources(const std::filesystem::path& data_dir, const std::vector<std::filesystem::path>& extra_files,
                     std::vector<Problem>& problems);

class Dictionary {
 public:
  // Loads every *.txt file of `data_dir` (see data/actors/README.md for the
  // format), the ISO 3166-1 countries of Debian's iso-codes package, then
  // `extra_files` (e.g. --actors FILE, or a converted PETRARCH dictionary).
  // Throws DictionaryError on an unreadable file or a malformed line.
  static std::unique_ptr<Dictionary> load(const std::filesystem::path& data_dir,
                                          const std::vector<std::filesystem::path>& extra_files = {});
  // A dictionary from sources already read (tests, tools).
  explicit Dictionary(Sources sources);

  struct Sizes {
    size_t countries = 0, capitals = 0, people = 0, organisations = 0, agents = 0, names = 0;
  };
  Sizes sizes() const { return sizes_; }
  // Hex digest of every entry, so a stored result can say which dictionary made it.
  std::string fingerprint() const { return fingerprint_; }

  const std::vector<Entry>& entries() const { return entries_; }
  // Entries named by `key` (a name folded by fold_name()), or nullptr.
  const std::vector<uint32_t>* find(std::string_view key) const;
  // False when no name's key starts with `key_prefix`'s first 1..4 bytes (a cheap filter).
  bool may_start(std::string_view key_prefix) const;
  size_t max_key_bytes() const { return max_key_bytes_; }
  // True when every name with this key is an acronym ("UN", "CPV"): it then
  // matches upper-case text only, so "us" is never the United States.
  bool acronym(std::string_view key) const { return acronyms_.count(std::string(key)) > 0; }
  // The entry read at `source` ("people.txt:12"), or nullptr.
  const Entry* entry_at(std::string_view source) const;
  // True when `code` is a country code (ISO alpha-3, historical state or region).
  bool is_country(std::string_view code) const {
    const Part* part = codes_.find(code);
    return part && CodeTable::is_place(*part);
  }
  const CodeTable& codes() const { return codes_; }
  // True when `key` names a language ("spanish"): see Kind::kLanguage.
  bool is_language(std::string_view key) const { return languages_.count(std::string(key)) > 0; }
  // True when `key` (a name_key) is a thing a nationality describes ("coffee",
  // "coffees"): see Kind::kThing. Things are not matched as atoms.
  bool is_thing(std::string_view key) const { return things_.count(std::string(key)) > 0; }
  // The first entry of kind Country whose code is `country`, or nullptr.
  const Entry* country_entry(std::string_view country) const;

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
  std::unordered_set<std::string> prefixes_;
  std::unordered_set<std::string> acronyms_;
  std::unordered_set<std::string> languages_, things_;
  std::unordered_map<std::string, uint32_t> by_source_;
  CodeTable codes_;
  std::unordered_map<std::string, uint32_t> country_entry_;
  size_t max_key_bytes_ = 0;
  Sizes sizes_;
  std::string fingerprint_;
};

// The key a name is looked up by: folded (fold.h) with spaces removed, so
// that a name matches however the front end split it into tokens.
std::string name_key(std::string_view name);

// <ENTENTE_SOURCE_DIR>/data/actors, or $ENTENTE_DATA/actors when set.
std::filesystem::path default_data_dir();

}  // namespace entente::actors
