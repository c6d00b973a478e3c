#include "input/line_source.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "input/reader.h"

namespace entente::input {

LineSource::LineSource(const std::string& path) : path_(path) {
  // gzopen reads uncompressed files transparently, so one path serves both.
  file_ = path == "-" ? gzdopen(0, "rb") : gzopen(path.c_str(), "rb");
  if (!file_) throw InputError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  gzbuffer(file_, 1 << 17);
}

LineSource::~LineSource() {
  if (file_) gzclose(file_);
}

bool LineSource::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  char chunk[1 << 16];
  int n = gzread(file_, chunk, sizeof chunk);
  if (n < 0) {
    int code = 0;
    const char* message = gzerror(file_, &code);
    throw InputError(fmt::format("{}: read error: {}", path_, message ? message : "unknown"));
  }
  if (n == 0) {
    eof_ = true;
    return false;
  }
  buffer_.append(chunk, static_cast<size_t>(n));
  return true;
}

bool LineSource::next_line(std::string& line) {
  size_t searched = pos_;
  while (true) {
    size_t newline = buffer_.find('\n', searched);
    if (newline != std::string::npos) {
      line.assign(buffer_, pos_, newline - pos_);
      pos_ = newline + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    searched = buffer_.size() - pos_;  // offset after fill() compacts the buffer
    if (!fill()) break;
    searched += pos_;
  }
  if (pos_ >= buffer_.size()) return false;
  line.assign(buffer_, pos_, std::string::npos);
  pos_ = buffer_.size();
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

std::string LineSource::read_rest() {
  while (fill()) {
  }
  std::string rest = buffer_.substr(pos_);
  pos_ = buffer_.size();
  return rest;
}

}  // namespace entente::input
