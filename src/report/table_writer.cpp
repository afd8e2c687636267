// Aligned terminal tables, CSV and Markdown tables from rows of cells.
#include "report/table_writer.h"

#include <algorithm>

#include "text/utf8.h"

namespace onrecord {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<std::string> wrap_words(const std::string& s, std::size_t w) {
  std::vector<std::string> lines;
  std::string line, word;
  auto flush_word = [&] {
    if (word.empty()) return;
    if (!line.empty() && display_width(line) + 1 + display_width(word) > w) {
      lines.push_back(line);
      line.clear();
    }
    if (display_width(word) > w) word = fit_width(word, w);
    line += (line.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
      flush_word();
    else
      word += c;
  }
  flush_word();
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

namespace {

std::string pad(const std::string& s, std::size_t width) {
  const std::size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

}  // namespace

void write_text_table(std::ostream& out, const text_table& t, output_format format, std::size_t width) {
  if (format == output_format::csv) {
    const std::size_t columns = t.csv_header.size();
    for (std::size_t c = 0; c < columns; ++c) out << (c ? "," : "") << csv_cell(t.csv_header[c]);
    out << "\r\n";
    for (const auto& row : t.rows) {
      for (std::size_t c = 0; c < columns; ++c) out << (c ? "," : "") << csv_cell(row[c]);
      out << "\r\n";
    }
    return;
  }
  const std::size_t columns = t.header.size();
  if (format == output_format::md) {
    out << '|';
    for (const auto& h : t.header) out << ' ' << md_cell(h) << " |";
    out << "\n|";
    for (std::size_t c = 0; c < columns; ++c) out << "---|";
    out << '\n';
    for (const auto& row : t.rows) {
      out << '|';
      for (const auto& cell : row) out << ' ' << md_cell(cell) << " |";
      out << '\n';
    }
    return;
  }
  // table: each column as wide as its widest cell (capped), the flexible one takes the rest
  std::vector<std::string> header = t.header;
  std::vector<std::vector<std::string>> rows = t.rows;
  std::vector<std::size_t> widths(columns, 0);
  for (std::size_t c = 0; c < columns; ++c) {
    if (static_cast<int>(c) == t.flexible) continue;
    const std::size_t cap = c < t.column_max.size() && t.column_max[c] ? t.column_max[c] : t.max_width;
    for (auto& row : rows) row[c] = fit_width(row[c], cap);
    widths[c] = display_width(header[c]);
    for (const auto& row : rows) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  if (t.flexible >= 0) {
    const auto f = static_cast<std::size_t>(t.flexible);
    std::size_t fixed = 0;
    for (std::size_t c = 0; c < columns; ++c)
      if (c != f) fixed += widths[c] + 2;
    const std::size_t room = width > fixed + 20 ? width - fixed : 20;
    if (t.wrap) {
      // continuation lines: the wrapped cell alone, the other cells blank
      std::vector<std::vector<std::string>> wrapped;
      for (auto& row : rows) {
        const auto lines = wrap_words(row[f], room);
        for (std::size_t i = 0; i < lines.size(); ++i) {
          std::vector<std::string> r = i == 0 ? row : std::vector<std::string>(columns);
          r[f] = lines[i];
          wrapped.push_back(std::move(r));
        }
      }
      rows = std::move(wrapped);
    } else {
      for (auto& row : rows) row[f] = fit_width(row[f], room);
    }
    widths[f] = display_width(header[f]);
    for (const auto& row : rows) widths[f] = std::max(widths[f], display_width(row[f]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t c = 0; c < columns; ++c) {
      if (c) s += "  ";
      s += c + 1 == columns ? cells[c] : pad(cells[c], widths[c]);
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  line(header);
  for (const auto& row : rows) line(row);
}

}  // namespace onrecord
