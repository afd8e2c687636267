// Hand-written UTF-8 handling: strict validation with byte offsets for error messages.
#include "text/utf8.h"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

namespace onrecord {
namespace {

constexpr std::size_t block = 64;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// 1 in each byte of w (eight text bytes) that is a continuation byte (top bit set, the next clear)
std::uint64_t continuation_ones(std::uint64_t w) { return (w & ~(w << 1) & 0x8080808080808080ULL) >> 7; }

// the sum of the eight bytes of w, when it stays below 256: one multiply instead of a popcount
// call (a baseline x86-64 build has no popcnt instruction)
std::size_t byte_sum(std::uint64_t w) { return static_cast<std::size_t>((w * 0x0101010101010101ULL) >> 56); }

// continuation bytes in text[from, to), to - from < 256
std::size_t continuations_in(std::string_view text, std::size_t from, std::size_t to) {
  std::uint64_t ones = 0;
  std::size_t i = from;
  for (; i + 8 <= to; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    ones += continuation_ones(w);
  }
  std::size_t n = byte_sum(ones);
  for (; i < to; ++i)
    if (is_continuation(static_cast<unsigned char>(text[i]))) ++n;
  return n;
}

}  // namespace

std::optional<utf8_problem> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // fast path over ASCII, eight bytes at a time
    while (i + 8 <= n) {
      std::uint64_t w;
      __builtin_memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return utf8_problem{i, fmt::format("invalid UTF-8 lead byte 0x{:02X}", c)};
    }
    if (i + len > n) return utf8_problem{i, "truncated UTF-8 sequence at end of input"};
    for (std::size_t k = 1; k < len; ++k) {
      if (!is_continuation(p[i + k]))
        return utf8_problem{i + k, fmt::format("invalid UTF-8 continuation byte 0x{:02X}", p[i + k])};
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return utf8_problem{i, "overlong UTF-8 encoding"};
    if (cp >= 0xD800 && cp <= 0xDFFF) return utf8_problem{i, "UTF-16 surrogate encoded in UTF-8"};
    if (cp > 0x10FFFF) return utf8_problem{i, "code point above U+10FFFF"};
    i += len;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || pos + len > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(s[pos + k]);
    if (!is_continuation(cc)) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  pos += len;
  return cp;
}

char32_t decode_utf8_before(std::string_view s, std::size_t& pos) {
  if (pos == 0) return 0;
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && is_continuation(static_cast<unsigned char>(s[start]))) --start;
  std::size_t p = start;
  const char32_t cp = decode_utf8(s, p);
  if (p != pos) {  // not a well-formed sequence ending at pos: step back one byte
    pos -= 1;
    return 0xFFFD;
  }
  pos = start;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

code_point_index::code_point_index(std::string_view text) : text_(text) {
  block_counts_.reserve(text.size() / block + 2);
  std::size_t count = 0;
  std::size_t i = 0;
  // whole blocks eight bytes at a time: a continuation byte has its top bit set and the next clear
  for (; i + block <= text.size(); i += block) {
    block_counts_.push_back(static_cast<std::uint32_t>(count));
    count += block - continuations_in(text, i, i + block);
  }
  if (i < text.size()) block_counts_.push_back(static_cast<std::uint32_t>(count));
  for (; i < text.size(); ++i)
    if (!is_continuation(static_cast<unsigned char>(text[i]))) ++count;
  total_ = count;
}

std::size_t code_point_index::to_code_points(std::size_t byte_offset) const {
  if (byte_offset >= text_.size()) return total_;
  const std::size_t b = byte_offset / block;
  return block_counts_[b] + (byte_offset - b * block) - continuations_in(text_, b * block, byte_offset);
}

std::size_t code_point_index::to_bytes(std::size_t cp) const {
  if (cp >= total_) return text_.size();
  // binary search the block, then walk
  std::size_t lo = 0, hi = block_counts_.size();
  while (hi - lo > 1) {
    const std::size_t mid = (lo + hi) / 2;
    if (block_counts_[mid] <= cp)
      lo = mid;
    else
      hi = mid;
  }
  std::size_t count = block_counts_[lo];
  std::size_t i = lo * block;
  for (; i < text_.size(); ++i) {
    if (!is_continuation(static_cast<unsigned char>(text_[i]))) {
      if (count == cp) return i;
      ++count;
    }
  }
  return text_.size();
}

}  // namespace onrecord
