// Marks where a search snippet cuts its statement (see search_snippet.h).
#include "report/search_snippet.h"

#include <string_view>

namespace onrecord {
namespace {

constexpr std::string_view start_mark = "«";
constexpr std::string_view stop_mark = "»";
constexpr std::string_view fragment_gap = " … ";
constexpr std::string_view ellipsis = "…";

std::string without_marks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s.substr(i, start_mark.size()) == start_mark) {
      i += start_mark.size();
    } else if (s.substr(i, stop_mark.size()) == stop_mark) {
      i += stop_mark.size();
    } else {
      out += s[i++];
    }
  }
  return out;
}

// White space and punctuation ts_headline leaves off a fragment's edges.
bool is_edge_character(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '.' || c == ',' || c == '?' || c == '!' || c == ';' || c == ':' ||
         c == '"' || c == '\'' || c == ')';
}

}  // namespace

std::string mark_snippet_cuts(const std::string& snippet, const std::string& text) {
  if (snippet.empty()) return snippet;
  const std::string plain = without_marks(snippet);
  const std::size_t first_gap = plain.find(fragment_gap);
  const std::string_view first = std::string_view(plain).substr(0, first_gap);
  const std::size_t last_gap = plain.rfind(fragment_gap);
  const std::string_view last = last_gap == std::string::npos
                                    ? std::string_view(plain)
                                    : std::string_view(plain).substr(last_gap + fragment_gap.size());

  std::size_t lead = 0;
  while (lead < text.size() && is_edge_character(text[lead])) ++lead;
  const bool cut_before = std::string_view(text).substr(lead, first.size()) != first &&
                          std::string_view(text).substr(0, first.size()) != first;

  bool cut_after = true;
  const std::size_t at = text.rfind(last);
  if (at != std::string::npos) {
    std::size_t end = at + last.size();
    while (end < text.size() && is_edge_character(text[end])) ++end;
    cut_after = end != text.size();
  }

  std::string out;
  out.reserve(snippet.size() + 8);
  if (cut_before) out.append(ellipsis).append(" ");
  out += snippet;
  if (cut_after) out.append(" ").append(ellipsis);
  return out;
}

}  // namespace onrecord
