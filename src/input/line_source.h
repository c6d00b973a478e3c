#pragma once
#include <string>

#include <zlib.h>

namespace entente::input {

// Reads a file (plain or gzip, detected by content) or stdin ("-") line by
// line or whole. Throws InputError when it cannot be opened or read.
class LineSource {
 public:
  explicit LineSource(const std::string& path);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // Next line without its '\n' (and '\r'); false at end of input.
  bool next_line(std::string& line);
  // Everything not yet read.
  std::string read_rest();

 private:
  bool fill();
  std::string path_;
  gzFile file_ = nullptr;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace entente::input
