#include "nlp/model_file.h"

#include <fmt/format.h>

namespace entente::nlp {

ModelWriter::ModelWriter(const std::filesystem::path& path, const std::string& kind, const std::string& config)
    : path_(path), out_(path, std::ios::binary | std::ios::trunc) {
  if (!out_) throw ModelError(fmt::format("{}: cannot write model file", path.string()));
  out_.write(kModelMagic, sizeof kModelMagic);
  pod(kModelFormatVersion);
  string(kind);
  string(config);
}

void ModelWriter::string(const std::string& value) {
  pod<uint64_t>(value.size());
  out_.write(value.data(), static_cast<std::streamsize>(value.size()));
}

void ModelWriter::strings(const std::vector<std::string>& values) {
  pod<uint64_t>(values.size());
  for (const auto& v : values) string(v);
}

void ModelWriter::finish() {
  out_.flush();
  if (!out_) throw ModelError(fmt::format("{}: write failed", path_.string()));
  out_.close();
}

ModelReader::ModelReader(const std::filesystem::path& path, const std::string& kind)
    : path_(path), in_(path, std::ios::binary) {
  if (!in_)
    throw ModelError(fmt::format("{}: model file not found (run `make models` to train it)", path.string()));
  std::error_code ec;
  file_size_ = std::filesystem::file_size(path, ec);
  char magic[sizeof kModelMagic] = {};
  in_.read(magic, sizeof magic);
  if (!in_ || std::memcmp(magic, kModelMagic, sizeof magic) != 0)
    throw ModelError(fmt::format("{}: not an Entente model file", path.string()));
  uint32_t version = pod<uint32_t>();
  if (version != kModelFormatVersion)
    throw ModelError(fmt::format("{}: model format version {} but this build reads version {}; retrain with `make models`",
                                 path.string(), version, kModelFormatVersion));
  std::string found = string();
  if (found != kind)
    throw ModelError(fmt::format("{}: holds a {} model, expected a {} model", path.string(), found, kind));
  config_ = string();
}

void ModelReader::read(char* data, uint64_t size) {
  in_.read(data, static_cast<std::streamsize>(size));
  if (!in_) throw ModelError(fmt::format("{}: truncated model file", path_.string()));
}

void ModelReader::check_size(uint64_t count, uint64_t element_size) const {
  if (element_size != 0 && count > file_size_ / element_size)
    throw ModelError(fmt::format("{}: corrupt model file (array of {} elements)", path_.string(), count));
}

void ModelReader::corrupt(const std::string& what) const {
  throw ModelError(fmt::format("{}: corrupt model file ({})", path_.string(), what));
}

std::string ModelReader::string() {
  uint64_t n = pod<uint64_t>();
  check_size(n, 1);
  std::string value(n, '\0');
  read(value.data(), n);
  return value;
}

std::vector<std::string> ModelReader::strings() {
  uint64_t n = pod<uint64_t>();
  check_size(n, 8);
  std::vector<std::string> values;
  values.reserve(n);
  for (uint64_t i = 0; i < n; ++i) values.push_back(string());
  return values;
}

}  // namespace entente::nlp
