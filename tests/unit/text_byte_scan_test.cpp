// find_any_byte: the eight-bytes-a-step skip to the next of a few bytes, checked against a byte loop.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "text/byte_scan.h"

namespace onrecord {
namespace {

std::size_t find_by_bytes(std::string_view text, std::size_t pos, std::size_t end, std::string_view wanted) {
  for (; pos < end; ++pos)
    if (wanted.find(text[pos]) != std::string_view::npos) return pos;
  return end;
}

TEST(TextByteScan, FindsTheFirstWantedByteAtEveryOffset) {
  // marks at every position of an eight-byte step, inside and across steps, and UTF-8 lead bytes
  const std::string text =
      "Mayor Dana Whitcombe said \xE2\x80\x9Cyes.\xE2\x80\x9D Then: 'no' \xC2\xAB"
      "a\xC2\xBB!? Okafor's plan..."
      "aaaaaaa.bbbbbbbb\"cccccccccccccccccc?";
  const std::string_view quotes("\"'\xE2\xC2", 4), terminals(".!?\xE2", 4);
  for (std::size_t end = 0; end <= text.size(); ++end) {
    for (std::size_t pos = 0; pos <= end; ++pos) {
      EXPECT_EQ((find_any_byte<'"', '\'', 0xE2, 0xC2>(text, pos, end)), find_by_bytes(text, pos, end, quotes))
          << "pos " << pos << " end " << end;
      EXPECT_EQ((find_any_byte<'.', '!', '?', 0xE2>(text, pos, end)), find_by_bytes(text, pos, end, terminals))
          << "pos " << pos << " end " << end;
    }
  }
}

TEST(TextByteScan, StopsAtTheEndOfTheRangeNotTheText) {
  const std::string text = "no marks in these words at all, then one here: \"";
  EXPECT_EQ((find_any_byte<'"'>(text, 0, text.size() - 1)), text.size() - 1);
  EXPECT_EQ((find_any_byte<'"'>(text, 0, text.size())), text.size() - 1);
  EXPECT_EQ((find_any_byte<'"'>(text, 5, 5)), 5u);
}

TEST(TextByteScan, SkipsLowerCaseLettersAtEveryOffset) {
  // runs shorter and longer than a step, ended by capitals, digits, the bytes next to 'a' and 'z'
  // ('`', '{'), their top-bit twins (0xE1, 0xFA) and UTF-8 lead bytes
  const std::string text =
      "quietly said Whitcombe abcdefghijklmnopqrstuvwxyz`a{b@zZ9x\xE1y\xFAw caf\xC3\xA9 "
      "okafor\xE2\x80\x99s plan, endsinaverylongrunoflettersonly";
  for (std::size_t end = 0; end <= text.size(); ++end) {
    for (std::size_t pos = 0; pos <= end; ++pos) {
      std::size_t slow = pos;
      while (slow < end && text[slow] >= 'a' && text[slow] <= 'z') ++slow;
      EXPECT_EQ(skip_lower_ascii_letters(text, pos, end), slow) << "pos " << pos << " end " << end;
    }
  }
}

}  // namespace
}  // namespace onrecord
