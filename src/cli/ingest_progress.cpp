// Draws the ingest progress line a few times a second from its own thread; `\r` and an erase to
// the end of the line keep it on one terminal line.
#include "cli/ingest_progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace onrecord {
namespace {
std::string thousands(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string duration_text(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                   : fmt::format("{}:{:02}", s / 60, s % 60);
}
}  // namespace

ingest_progress::ingest_progress(bool enabled, std::optional<std::uint64_t> total_bytes,
                                 std::function<ingest_snapshot()> snapshot)
    : enabled_(enabled),
      total_bytes_(total_bytes),
      snapshot_(std::move(snapshot)),
      started_(std::chrono::steady_clock::now()) {
  if (!enabled_) return;
  ticker_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      wake_.wait_for(lock, std::chrono::milliseconds(250));
      if (!stopping_) draw_locked();
    }
  });
}

ingest_progress::~ingest_progress() { stop(); }

void ingest_progress::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    clear_locked();
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void ingest_progress::message(const std::string& line) {
  std::lock_guard lock(mutex_);
  clear_locked();
  std::fputs((line + "\n").c_str(), stderr);
  std::fflush(stderr);
}

void ingest_progress::clear_locked() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

void ingest_progress::draw_locked() {
  const ingest_snapshot s = snapshot_();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  if (elapsed <= 0) return;
  std::string line = fmt::format("ingest: {} read, {} articles loaded ({:.0f}/s), {} statements ({:.0f}/s)",
                                 thousands(s.articles_read), thousands(s.articles_loaded), s.articles_loaded / elapsed,
                                 thousands(s.statements_loaded), s.statements_loaded / elapsed);
  if (total_bytes_ && *total_bytes_ > 0 && s.bytes_read > 0) {
    // the share of the input read estimates how many articles there are in all; the ETA is the
    // time the loader needs for the rest at its rate so far
    const double read_share = std::min(1.0, static_cast<double>(s.bytes_read) / static_cast<double>(*total_bytes_));
    const double total = std::max<double>(static_cast<double>(s.articles_read) / read_share, 1.0);
    line += fmt::format(", {:.0f}%", std::min(100.0, 100.0 * s.articles_loaded / total));
    if (s.articles_loaded > 0)
      line += ", ETA " + duration_text(std::max(0.0, total - s.articles_loaded) * elapsed / s.articles_loaded);
  }
  line += ' ' + duration_text(elapsed);
  std::fputs(("\r\x1b[K" + line).c_str(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

std::optional<std::uint64_t> input_size(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::uint64_t total = 0;
  for (const auto& p : paths) {
    if (p == "-") return std::nullopt;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      if (ec) return std::nullopt;
    } else {
      const auto n = fs::file_size(p, ec);
      if (ec) return std::nullopt;
      total += n;
    }
  }
  return total;
}

}  // namespace onrecord
