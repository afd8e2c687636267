// The quotation scanner: one pass over each paragraph's code points.
#include "extract/quote_scanner.h"

#include <algorithm>

#include "text/byte_scan.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

enum class mark { none, open, close, either };

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

// What the code point at pos is as a quotation mark; advances pos past it ('' is two bytes).
mark mark_at(std::string_view text, std::size_t& pos, std::size_t end) {
  const char32_t c = decode_utf8(text, pos);
  switch (c) {
    case U'\u201C':
    case U'\u201E':
    case U'\u00AB':
      return mark::open;
    case U'\u201D':
    case U'\u00BB':
      return mark::close;
    case U'"':
      return mark::either;
    case U'\'':
      if (pos < end && text[pos] == '\'') {
        ++pos;
        return mark::either;
      }
      return mark::none;
    default:
      return mark::none;
  }
}

text_span trim(std::string_view text, text_span s) {
  while (s.begin < s.end) {
    std::size_t p = s.begin;
    if (!is_space(decode_utf8(text, p))) break;
    s.begin = p;
  }
  while (s.end > s.begin) {
    std::size_t p = s.end;
    if (!is_space(decode_utf8_before(text, p))) break;
    s.end = p;
  }
  return s;
}

bool starts_with_opening(std::string_view text, const paragraph& p) {
  std::size_t pos = p.span.begin;
  if (pos >= p.span.end) return false;
  const mark m = mark_at(text, pos, p.span.end);
  return m == mark::open || m == mark::either;
}

std::size_t word_count(std::string_view text, text_span s) {
  std::size_t n = 0;
  bool in_word = false;
  for (std::size_t i = s.begin; i < s.end; ++i) {
    const bool space = text[i] == ' ' || text[i] == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

std::vector<quotation> scan_quotations(std::string_view text, const segmented_text& segments, std::size_t body_begin) {
  std::vector<quotation> out;
  bool carried = false;  // the previous paragraph's quotation runs on into this one
  for (std::size_t pi = 0; pi < segments.paragraphs.size(); ++pi) {
    const paragraph& para = segments.paragraphs[pi];
    if (para.span.end <= body_begin) continue;
    const std::size_t end = para.span.end;
    std::size_t pos = std::max(para.span.begin, body_begin);
    bool open = false;
    quotation q;
    const bool was_carried = carried;
    carried = false;
    while (pos < end) {
      // only " ' and the lead bytes of “ ” „ (0xE2) and « » (0xC2) can start a mark
      pos = find_any_byte<'"', '\'', 0xE2, 0xC2>(text, pos, end);
      if (pos >= end) break;
      const std::size_t at = pos;
      const mark m = mark_at(text, pos, end);
      if (m == mark::none) continue;
      const bool closes = open && (m == mark::close || m == mark::either);
      if (closes) {
        q.marks.end = pos;
        q.content = trim(text, {q.content.begin, at});
        q.closed = true;
        if (!q.content.empty()) out.push_back(q);
        open = false;
        continue;
      }
      if (m == mark::close) continue;  // a stray closing mark
      if (open) {
        // a second opening mark: the first was never closed; keep it only if it holds words
        q.content = trim(text, {q.content.begin, at});
        if (word_count(text, q.content) >= 4) {
          q.marks.end = at;
          out.push_back(q);
        }
      }
      q = quotation{};
      q.marks.begin = at;
      q.content.begin = pos;
      if (was_carried && at == para.span.begin) q.continued = true;
      open = true;
    }
    if (open) {
      q.marks.end = end;
      q.content = trim(text, {q.content.begin, end});
      const bool next_opens =
          pi + 1 < segments.paragraphs.size() && starts_with_opening(text, segments.paragraphs[pi + 1]);
      q.continues = next_opens;
      carried = next_opens;
      if (next_opens || word_count(text, q.content) >= 4) out.push_back(q);
    }
  }
  return out;
}

}  // namespace onrecord
