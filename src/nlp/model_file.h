#pragma once
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <algorithm>
#include <vector>

// The binary container every Entente model is saved in:
//   magic "ENTENTE\0" | u32 format version | string kind | string config | body
// Numbers are little-endian (the machines we build for); strings and arrays
// are length-prefixed with a u64. Readers check magic, version and kind, so an
// old or foreign file fails with a clear message instead of garbage.
namespace entente::nlp {

inline constexpr char kModelMagic[8] = {'E', 'N', 'T', 'E', 'N', 'T', 'E', '\0'};
inline constexpr uint32_t kModelFormatVersion = 1;

struct ModelError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class ModelWriter {
 public:
  // Starts `path` for a model of `kind` ("tagger", "parser"...); `config` is
  // the human-readable training configuration kept in the header.
  ModelWriter(const std::filesystem::path& path, const std::string& kind, const std::string& config);
  template <typename T> void pod(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.write(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  template <typename T> void array(const std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    pod<uint64_t>(values.size());
    out_.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
  }
  // A hash map as an array of keys and an array of values, sorted by key so
  // the bytes do not depend on the map's iteration order.
  template <typename V> void map(const std::unordered_map<uint64_t, V>& values) {
    std::vector<uint64_t> keys;
    for (const auto& entry : values) keys.push_back(entry.first);
    std::sort(keys.begin(), keys.end());
    std::vector<V> in_order;
    for (uint64_t k : keys) in_order.push_back(values.at(k));
    array(keys);
    array(in_order);
  }
  void string(const std::string& value);
  void strings(const std::vector<std::string>& values);
  // Flushes and checks the stream; throws ModelError on I/O failure.
  void finish();

 private:
  std::filesystem::path path_;
  std::ofstream out_;
};

class ModelReader {
 public:
  // Opens `path` and checks magic, format version and that it holds `kind`.
  ModelReader(const std::filesystem::path& path, const std::string& kind);
  const std::string& config() const { return config_; }
  template <typename T> T pod() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value;
    read(reinterpret_cast<char*>(&value), sizeof(T));
    return value;
  }
  template <typename T> std::vector<T> array() {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t n = pod<uint64_t>();
    check_size(n, sizeof(T));
    std::vector<T> values(n);
    read(reinterpret_cast<char*>(values.data()), n * sizeof(T));
    return values;
  }
  // Reads what ModelWriter::map wrote; throws ModelError when the arrays disagree.
  template <typename V> std::unordered_map<uint64_t, V> map() {
    auto keys = array<uint64_t>();
    auto values = array<V>();
    if (keys.size() != values.size()) corrupt("key and value arrays differ in length");
    std::unordered_map<uint64_t, V> out;
    out.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) out.emplace(keys[i], values[i]);
    return out;
  }
  std::string string();
  std::vector<std::string> strings();
  // Throws ModelError naming the file: "corrupt model file (<what>)".
  [[noreturn]] void corrupt(const std::string& what) const;

 private:
  void read(char* data, uint64_t size);
  void check_size(uint64_t count, uint64_t element_size) const;
  std::filesystem::path path_;
  std::ifstream in_;
  uint64_t file_size_ = 0;
  std::string config_;
};

}  // namespace entente::nlp
