// The progress line of an ingest on stderr (only when stderr is a terminal): articles read and
// loaded, articles/s and statements/s, and an ETA when the size of the input is known. Messages
// (warnings, errors) from either ingest thread go through it so that they never land mid-line.
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace onrecord {

struct ingest_snapshot {
  std::size_t articles_read = 0;
  std::uint64_t bytes_read = 0;  // article text read so far (an estimate of the input consumed)
  std::size_t articles_loaded = 0;
  std::size_t statements_loaded = 0;
};

class ingest_progress {
 public:
  // `enabled`: draw the line (stderr is a terminal); `total_bytes`: the input's size when known.
  ingest_progress(bool enabled, std::optional<std::uint64_t> total_bytes, std::function<ingest_snapshot()> snapshot);
  ~ingest_progress();
  ingest_progress(const ingest_progress&) = delete;
  ingest_progress& operator=(const ingest_progress&) = delete;

  // One line to stderr (a warning or an error), above the progress line.
  void message(const std::string& line);
  // Removes the progress line for good (before the summary).
  void stop();

 private:
  void draw_locked();
  void clear_locked();

  bool enabled_;
  std::optional<std::uint64_t> total_bytes_;
  std::function<ingest_snapshot()> snapshot_;
  std::chrono::steady_clock::time_point started_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool drawn_ = false;
  std::thread ticker_;
};

// The total size of the files a list of ingest paths names (folders summed recursively); nullopt
// when one is stdin or cannot be measured.
std::optional<std::uint64_t> input_size(const std::vector<std::string>& paths);

}  // namespace onrecord
