// Compact JSON written by hand into one reused buffer, byte for byte what nlohmann's
// dump(-1, ' ', false, error_handler_t::replace) writes for the same values: building nlohmann objects
// for every row cost most of the client's time on large outputs (a sixth of `extract`, two thirds of a
// 1,000-statement `timeline`) and some ten bytes of memory per byte of output.
#pragma once
#include <date/date.h>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include "text/byte_scan.h"

namespace onrecord {
namespace json_detail {

// Length of the valid UTF-8 sequence starting at s[i] (RFC 3629: no overlongs, no surrogates, nothing
// above U+10FFFF, exactly what nlohmann's decoder accepts), or 0 when it is invalid or cut short.
inline std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned c = b(0);
  auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return b(k) >= lo && b(k) <= hi; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// bytes a JSON string cannot hold as they are: controls, '"', '\\', and (to be checked) non-ASCII
inline constexpr std::array<bool, 256> special_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}();

}  // namespace json_detail

class json_line_writer {
 public:
  // Writes into `buffer`; when `out` is given, the buffer is flushed there whenever it grows past 64 KiB
  // (and by flush()), so memory does not grow with the size of the output.
  json_line_writer(std::string& buffer, std::ostream* out) : buf_(buffer), out_(out) {}

  void raw(std::string_view s) {
    buf_.append(s);
    maybe_flush();
  }
  void raw(char c) { buf_.push_back(c); }
  void null() { raw("null"); }

  // a quoted string, escaped as nlohmann escapes it (invalid UTF-8 replaced by U+FFFD)
  void string(std::string_view s);
  void string_or_null(const std::optional<std::string>& s) { s ? string(*s) : null(); }
  // null for the empty string: the JSON of an optional kept as "" in a row
  void string_or_null_if_empty(std::string_view s) { s.empty() ? null() : string(s); }
  template <typename Integer>
  requires std::is_integral_v<Integer>
  void number(Integer v) {
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<std::size_t>(r.ptr - tmp));
  }
  void number(double v);  // null when not finite, as nlohmann writes it
  // "YYYY-MM-DD" (format_day's form) or null
  void day(date::sys_days d);
  void day_or_null(const std::optional<date::sys_days>& d) { d ? day(*d) : null(); }
  // `"key":` for a literal key with nothing to escape; escaped_key for keys that come from data
  void key(std::string_view k) {
    buf_.push_back('"');
    buf_.append(k);
    buf_.append("\":");
  }
  void escaped_key(std::string_view k) {
    string(k);
    buf_.push_back(':');
  }
  void flush();

  // 16 KiB: a short command's output pays a page fault for every fresh page its buffer touches (about
  // 11 µs each on the benchmark machine), and a larger buffer wrote no faster
  static constexpr std::size_t flush_at = 1 << 14;

 private:
  // the whole string again, as nlohmann writes it, from `mark` (where its opening quote went)
  void replace_invalid_utf8(std::string_view s, std::size_t mark);
  void maybe_flush() {
    if (out_ && buf_.size() >= flush_at) flush();
  }
  std::string& buf_;
  std::ostream* out_;
};

// One JSON value a line, each item written by write_one(writer, item), through one buffer flushed
// to `out` as it fills: what the query commands print with --format json.
template <typename Items, typename WriteOne>
void write_json_lines(std::ostream& out, const Items& items, WriteOne write_one) {
  std::string buffer;
  buffer.reserve(json_line_writer::flush_at + 4096);  // room for the line that crosses it, without a regrowth
  json_line_writer w(buffer, &out);
  for (const auto& item : items) {
    write_one(w, item);
    w.raw('\n');
  }
  w.flush();
}

// inline: `extract` writes every statement's text, speaker and slices through it
inline void json_line_writer::string(std::string_view s) {
  const std::size_t mark = buf_.size();
  buf_.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size();) {
    // eight plain ASCII bytes a step (most of news text)
    if (std::uint64_t w; i + 8 <= s.size()) {
      std::memcpy(&w, s.data() + i, 8);
      if (!(w & 0x8080808080808080ULL) && !has_json_special_byte(w)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (!json_detail::special_bytes[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t n = json_detail::utf8_sequence(s, i);
      if (n == 0) return replace_invalid_utf8(s, mark);  // rare: nlohmann does its exact replacement
      i += n;
      continue;
    }
    buf_.append(s.data() + run, i - run);
    switch (c) {
      case '\b':
        buf_.append("\\b");
        break;
      case '\t':
        buf_.append("\\t");
        break;
      case '\n':
        buf_.append("\\n");
        break;
      case '\f':
        buf_.append("\\f");
        break;
      case '\r':
        buf_.append("\\r");
        break;
      case '"':
        buf_.append("\\\"");
        break;
      case '\\':
        buf_.append("\\\\");
        break;
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        buf_.append(esc, sizeof esc);
      }
    }
    run = ++i;
  }
  buf_.append(s.data() + run, s.size() - run);
  buf_.push_back('"');
  maybe_flush();
}

}  // namespace onrecord
