// html_escape copies runs between the five bytes HTML escapes (found eight bytes a step); it must give
// what escaping byte by byte gives, wherever the bytes sit against the eight-byte steps.
#include <gtest/gtest.h>

#include "report/document_report.h"

namespace onrecord {
namespace {

std::string escaped_byte_by_byte(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else if (c == '\'')
      out += "&#39;";
    else
      out += c;
  }
  return out;
}

TEST(HtmlEscape, SameAsByteByByteAtEveryOffset) {
  const std::string specials = "&<>\"'";
  for (std::size_t len = 0; len <= 20; ++len)
    for (std::size_t at = 0; at < len; ++at)
      for (char c : specials) {
        std::string s(len, 'x');
        s[at] = c;
        if (len > 3) s[len - 1] = '>';
        ASSERT_EQ(html_escape(s), escaped_byte_by_byte(s)) << s;
      }
  const std::string mixed = "Vale said: \xE2\x80\x9C<b>Tom & Jerry's</b> \"night\" buses\xE2\x80\x9D & more'";
  EXPECT_EQ(html_escape(mixed), escaped_byte_by_byte(mixed));
  EXPECT_EQ(html_escape(""), "");
  EXPECT_EQ(html_escape("plain text without anything to escape"), "plain text without anything to escape");
}

}  // namespace
}  // namespace onrecord
