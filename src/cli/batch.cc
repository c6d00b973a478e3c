#include "cli/batch.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

namespace entente::cli {

namespace {

using Clock = std::chrono::steady_clock;

// A one-line progress display on stderr, drawn only on a terminal.
class Progress {
 public:
  Progress(bool enabled, uint64_t total_bytes) : enabled_(enabled), total_(total_bytes) {}
  void update(const input::Stats& stats, bool force = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    if (seconds <= 0) return;
    double mb = stats.bytes / 1e6;
    std::string eta;
    if (total_ > 0 && stats.bytes > 0 && stats.bytes < total_) {
      double left = seconds * (double(total_) / stats.bytes - 1);
      eta = fmt::format("  ETA {}:{:02}", int(left) / 60, int(left) % 60);
    }
    std::cerr << fmt::format("\r\033[K{} docs  {:.0f} docs/s  {:.2f} MB/s{}", stats.read,
                             stats.read / seconds, mb / seconds, eta)
              << std::flush;
  }
  void finish() {
    if (enabled_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  bool enabled_;
  uint64_t total_;
  Clock::time_point start_ = Clock::now(), last_{};
};

uint64_t total_input_bytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& path : inputs) {
    if (path == "-" || path.ends_with(".gz")) return 0;  // size unknown in advance
    if (std::filesystem::is_directory(path, ec)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path, ec))
        if (entry.is_regular_file(ec)) total += entry.file_size(ec);
    } else {
      total += std::filesystem::file_size(path, ec);
    }
  }
  return total;
}

}  // namespace

void add_input_options(CLI::App* command, BatchOptions& options) {
  command->add_option("INPUT", options.inputs,
                      "JSON Lines, text or HTML files, directories of them, .gz versions, or - for stdin")
      ->required();
  command->add_option("--date", options.input.date,
                      "publication date (YYYY-MM-DD) for inputs that carry none");
  command->add_option("--max-bytes", options.input.max_bytes, "reject documents larger than this")
      ->capture_default_str();
  command->add_flag("-q,--quiet", options.quiet, "no progress bar and no summary");
}

int run_batch(const BatchOptions& options, const std::function<std::string(Document&)>& process) {
  bool terminal = isatty(STDERR_FILENO) && !options.quiet;
  Progress progress(terminal, terminal ? total_input_bytes(options.inputs) : 0);
  input::Stats stats, seen;  // seen: what the progress display has counted so far
  size_t failed = 0;
  auto on_reject = [&](const input::Rejection& r) {
    progress.finish();
    std::cerr << fmt::format("rejected {}: {}\n", r.where, r.reason);
  };
  try {
    stats = input::read_documents(
        options.inputs, options.input,
        [&](Document&& doc) {
          std::string problem;
          try {
            problem = process(doc);
          } catch (const std::exception& e) {
            problem = e.what();
          }
          if (!problem.empty()) {
            ++failed;
            on_reject({doc.origin + " (id " + doc.id + ")", problem});
          }
          ++seen.read;
          seen.bytes += doc.text.size();
          progress.update(seen);
        },
        on_reject);
  } catch (const input::InputError& e) {
    progress.finish();
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
  progress.finish();
  stats.accepted -= failed;
  stats.rejected += failed;
  if (!options.quiet)
    std::cerr << fmt::format("read {} / accepted {} / rejected {}\n", stats.read, stats.accepted,
                             stats.rejected);
  return stats.rejected > 0 ? 1 : 0;
}

}  // namespace entente::cli
