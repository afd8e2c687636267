// Cell escaping for CSV (RFC 4180 plus formula neutralising) and Markdown, and terminal fitting.
#include "report/output_format.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include "text/utf8.h"

namespace onrecord {

std::optional<output_format> output_format_from(std::string_view s) {
  if (s == "table") return output_format::table;
  if (s == "json") return output_format::json;
  if (s == "csv") return output_format::csv;
  if (s == "md" || s == "markdown") return output_format::md;
  return std::nullopt;
}

output_format default_output_format() { return ::isatty(1) ? output_format::table : output_format::json; }

std::string csv_cell(std::string_view s) {
  std::string v(s);
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
    v.insert(v.begin(), '\'');
  const bool quote = v.find_first_of(",\"\r\n'") != std::string::npos;
  if (!quote) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

std::string fit_width(std::string_view s, std::size_t width) {
  std::string out;
  std::size_t pos = 0, n = 0;
  while (pos < s.size()) {
    const std::size_t before = pos;
    char32_t c = decode_utf8(s, pos);
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (n + 1 == width && pos < s.size()) {
      out += "…";
      return out;
    }
    if (c == ' ' && s.substr(before, 1) != " ")
      out += ' ';
    else
      out.append(s.substr(before, pos - before));
    ++n;
  }
  return out;
}

std::size_t terminal_width() {
  winsize w{};
  if (::isatty(1) && ::ioctl(1, TIOCGWINSZ, &w) == 0 && w.ws_col >= 40) return w.ws_col;
  return 100;
}

}  // namespace onrecord
