// Testing eight bytes a step: the scanners that only stop at rare bytes (quotation marks, sentence
// terminals, what a JSON string must escape) or read a run of lower-case letters pass the text
// between them over without a test a byte.
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace onrecord {

// The top bit of each byte of w that is zero, exact for the lowest zero byte (a borrow only marks
// bytes above a zero byte): where the first zero byte is, not how many there are.
inline std::uint64_t zero_byte_bits(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  return (w - ones) & ~w & highs;
}

// Whether any of eight bytes (a little-endian load) is a quote, a backslash or a control character
// (below 0x20): the bytes a JSON string cannot hold as they are; never false when such a byte is there.
inline bool has_json_special_byte(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::uint64_t control = (w - ones * 0x20) & ~w & highs;  // top bit: some byte is below 0x20
  return (zero_byte_bits(w ^ (ones * '"')) | zero_byte_bits(w ^ (ones * '\\')) | control) != 0;
}

// The first position in text[pos, end) holding one of Bytes, end when none does.
template <unsigned char... Bytes>
inline std::size_t find_any_byte(std::string_view text, std::size_t pos, std::size_t end) {
  static_assert(std::endian::native == std::endian::little, "the first byte of a load is its lowest");
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  for (; pos + 8 <= end; pos += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + pos, 8);
    const std::uint64_t hits = (zero_byte_bits(w ^ (ones * Bytes)) | ...);
    if (hits) return pos + static_cast<std::size_t>(std::countr_zero(hits) / 8);
  }
  for (; pos < end; ++pos) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (((b == Bytes) || ...)) return pos;
  }
  return end;
}

// The first position in text[pos, end) that is not an ASCII lower-case letter, end when all are:
// words are mostly such runs, and eight bytes a step beat a compare and a branch a byte.
inline std::size_t skip_lower_ascii_letters(std::string_view text, std::size_t pos, std::size_t end) {
  static_assert(std::endian::native == std::endian::little, "the first byte of a load is its lowest");
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  for (; pos + 8 <= end; pos += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + pos, 8);
    // on the low seven bits of each byte, whose sums cannot carry into the next byte: top bit set
    // when at least 'a', and when above 'z'; a byte with its own top bit set is no ASCII letter
    const std::uint64_t low7 = w & ~highs;
    const std::uint64_t at_least_a = (low7 + ones * (0x80 - 'a')) & highs;
    const std::uint64_t above_z = (low7 + ones * (0x80 - 'z' - 1)) & highs;
    const std::uint64_t other = ~(at_least_a & ~above_z & ~w) & highs;
    if (other) return pos + static_cast<std::size_t>(std::countr_zero(other) / 8);
  }
  while (pos < end && text[pos] >= 'a' && text[pos] <= 'z') ++pos;
  return pos;
}

}  // namespace onrecord
