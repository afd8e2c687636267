// UTF-8 validation, decoding and the byte → code-point offset map used at the output edge.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

struct utf8_problem {
  std::size_t byte_offset = 0;
  std::string what;  // e.g. "invalid UTF-8 continuation byte 0x41"
};

// The first problem in s, or nullopt when s is valid UTF-8 (overlongs and surrogates are invalid).
std::optional<utf8_problem> find_invalid_utf8(std::string_view s);

// Decodes the code point at s[pos] and advances pos; invalid bytes decode as U+FFFD, one byte each.
char32_t decode_utf8(std::string_view s, std::size_t& pos);

// The code point that ends right before byte `pos` (pos moves back to its first byte); 0 at the start.
char32_t decode_utf8_before(std::string_view s, std::size_t& pos);

void append_utf8(std::string& out, char32_t cp);

// Maps byte offsets of one text to code-point offsets in O(1) after an O(n) build.
class code_point_index {
 public:
  explicit code_point_index(std::string_view text);
  std::size_t to_code_points(std::size_t byte_offset) const;
  std::size_t to_bytes(std::size_t code_point_offset) const;
  std::size_t code_points() const { return total_; }

 private:
  // code points before each 64-byte block start; offsets inside a block are counted on demand
  std::vector<std::uint32_t> block_counts_;
  std::string_view text_;
  std::size_t total_ = 0;
};

}  // namespace onrecord
