// UTF-8 validation with clear errors, decoding, and the byte → code-point offset map (issue 3 item 1).
#include <gtest/gtest.h>

#include <string>

#include "text/utf8.h"

namespace onrecord {
namespace {

TEST(TextUtf8, ValidTextHasNoProblem) {
  EXPECT_FALSE(find_invalid_utf8("Mayor Dana Whitcombe said “yes” — twice, ’90s style, 🙂.").has_value());
}

TEST(TextUtf8, ProblemsNameTheByteAndWhatIsWrong) {
  auto p = find_invalid_utf8("Okafor\xFFsaid");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->byte_offset, 6u);
  EXPECT_EQ(p->what, "invalid UTF-8 lead byte 0xFF");

  p = find_invalid_utf8("ab\xE2\x80");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->what, "truncated UTF-8 sequence at end of input");

  p = find_invalid_utf8("a\xE2\x41\x41z");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->byte_offset, 2u);
  EXPECT_EQ(p->what, "invalid UTF-8 continuation byte 0x41");

  p = find_invalid_utf8("\xE0\x80\xAF");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->what, "overlong UTF-8 encoding");

  p = find_invalid_utf8("\xED\xA0\x80");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->what, "UTF-16 surrogate encoded in UTF-8");
}

TEST(TextUtf8, DecodingForwardAndBackward) {
  const std::string s = "a“b";  // “ is three bytes
  std::size_t pos = 1;
  EXPECT_EQ(decode_utf8(s, pos), U'\u201C');
  EXPECT_EQ(pos, 4u);
  EXPECT_EQ(decode_utf8_before(s, pos), U'\u201C');
  EXPECT_EQ(pos, 1u);
  std::size_t bad = 0;
  EXPECT_EQ(decode_utf8(std::string("\xFF"), bad), U'\uFFFD');
  EXPECT_EQ(bad, 1u);
  std::string out;
  append_utf8(out, U'\u2019');
  EXPECT_EQ(out, "’");
}

TEST(TextUtf8, CodePointOffsets) {
  std::string text = "“Okafor’s” plan";
  for (int i = 0; i < 40; ++i) text += " é";  // past one 64-byte block
  const code_point_index index(text);
  EXPECT_EQ(index.to_code_points(3), 1u);  // after the opening mark
  EXPECT_EQ(index.to_code_points(text.find("plan")), 11u);
  EXPECT_EQ(index.to_bytes(11), text.find("plan"));
  EXPECT_EQ(index.code_points(), 15u + 80u);
}

TEST(TextUtf8, CodePointOffsetsAtEveryByteOfMixedText) {
  // two- three- and four-byte sequences across several 64-byte blocks, every offset against a count
  std::string text;
  for (int i = 0; i < 30; ++i) text += i % 3 == 0 ? "Okafor’s é " : i % 3 == 1 ? "plan 🙂 " : "ab";
  const code_point_index index(text);
  std::size_t count = 0;
  for (std::size_t byte = 0; byte < text.size(); ++byte) {
    EXPECT_EQ(index.to_code_points(byte), count) << "byte " << byte;
    if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++count;
  }
  EXPECT_EQ(index.to_code_points(text.size()), count);
  EXPECT_EQ(index.code_points(), count);
}

}  // namespace
}  // namespace onrecord
