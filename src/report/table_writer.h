// Rows of text cells written as an aligned terminal table, CSV (RFC 4180) or a Markdown table: the
// non-JSON outputs every query command shares. JSON is written by each report with its own fields.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "report/output_format.h"

namespace onrecord {

struct text_table {
  std::vector<std::string> csv_header;  // snake_case names for CSV
  std::vector<std::string> header;      // upper-case titles for the terminal and Markdown
  std::vector<std::vector<std::string>> rows;
  // the column that takes what the terminal leaves (cut to fit); -1: none
  int flexible = -1;
  std::size_t max_width = 40;           // other columns are cut to this many code points on a terminal
  std::vector<std::size_t> column_max;  // per-column caps overriding max_width (0: use max_width)
  bool wrap = false;  // on a terminal, wrap the flexible column over several lines instead of cutting it
};

// format must be table, csv or md. `width` is the terminal width for table.
void write_text_table(std::ostream& out, const text_table& t, output_format format, std::size_t width);

// s broken at spaces into lines of at most `width` code points (a longer word is cut).
std::vector<std::string> wrap_words(const std::string& s, std::size_t width);

// Code points in s (the column width of text without wide characters).
std::size_t display_width(const std::string& s);

}  // namespace onrecord
