// Reads articles from files, folders (recursively) and stdin: plain text or JSON Lines.
#pragma once
#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/article.h"
#include "read/input_error.h"

namespace onrecord {

// The largest article onrecord reads by default. News articles are tens of kilobytes; a file many
// megabytes long is a book, a log or several articles run together, and analysing it would take
// memory in proportion (see docs/RELIABILITY.md). `--max-article-mb` raises it.
constexpr std::size_t default_max_article_bytes = std::size_t{8} << 20;

struct reader_options {
  // Days after this are refused as publication dates; nullopt disables the check (tests).
  std::optional<date::sys_days> today;
  // Asked before each file and each JSON line; true stops the reading (Ctrl-C during an ingest).
  std::function<bool()> stop_requested = nullptr;
  // A plain-text file or JSON line above this many bytes is refused without being held in memory;
  // 0 takes any size.
  std::size_t max_article_bytes = default_max_article_bytes;
};

struct reader_counts {
  std::size_t articles = 0;
  std::size_t errors = 0;
  std::size_t files = 0;
};

class article_reader {
 public:
  using article_sink = std::function<void(article&&)>;
  using error_sink = std::function<void(const input_error&)>;

  article_reader(reader_options options, article_sink on_article, error_sink on_error);

  // A path is a file, a folder (read recursively: *.txt, *.text, *.jsonl, *.ndjson) or "-" (stdin).
  // Unreadable or bad inputs go to on_error; reading goes on with the next article.
  void read_path(const std::string& path);
  void read_stream(std::istream& in, const std::string& name);  // format sniffed from content

  const reader_counts& counts() const { return counts_; }

  // Parsing single inputs (exposed for tests and fuzzing). Return nullopt after reporting an error.
  std::optional<article> parse_plain_text(std::string content, const std::string& file);
  std::optional<article> parse_json_line(std::string_view line, const std::string& file, std::size_t line_no);

 private:
  // The general JSON path: any line, with the exact error for each kind of bad one.
  bool parse_json_document(std::string_view line, const std::string& file, std::size_t line_no, article& a,
                           std::string& published);
  void read_file(const std::string& path);
  void read_json_lines(std::istream& in, const std::string& name, std::string first_line_start = {});
  void read_plain_text(std::istream& in, const std::string& name, std::string head);
  input_error too_large(const std::string& file, std::size_t line) const;
  void fail(input_error e);
  bool stopping() const { return options_.stop_requested && options_.stop_requested(); }

  reader_options options_;
  article_sink on_article_;
  error_sink on_error_;
  reader_counts counts_;
};

// Paths of the files a folder holds that the reader takes, sorted, symlinked folders not followed.
// An entry named like an article that cannot be read as a file (a broken or looping symbolic link,
// a FIFO, a device) goes to on_error rather than being skipped in silence.
std::vector<std::string> list_article_files(const std::string& folder, const article_reader::error_sink& on_error);

}  // namespace onrecord
