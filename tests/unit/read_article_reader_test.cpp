// The article readers: plain text with a date token or headers, JSON Lines, and clear refusals.
#include <gtest/gtest.h>

#include "read/article_reader.h"
#include "read/publication_date.h"

namespace onrecord {
namespace {

struct collected {
  std::vector<article> articles;
  std::vector<input_error> errors;
  article_reader reader{reader_options{date::sys_days{date::year{2026} / 1 / 1}},
                        [this](article&& a) { articles.push_back(std::move(a)); },
                        [this](const input_error& e) { errors.push_back(e); }};
};

TEST(PlainTextReader, LeadingDateTokenOnTheSameLineAsTheText) {
  collected c;
  auto a =
      c.reader.parse_plain_text(" date 2025-03-04 Councillor Ravi Okafor said the bridge would reopen.", "x/a.txt");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->id, "a");
  ASSERT_TRUE(a->published);
  EXPECT_EQ(format_day(*a->published), "2025-03-04");
  EXPECT_EQ(a->text.substr(a->body_begin, 10), "Councillor");
  EXPECT_EQ(a->text[0], ' ') << "the text stays exactly as read";
}

TEST(PlainTextReader, HeaderLines) {
  collected c;
  auto a = c.reader.parse_plain_text(
      "Title: Bridge to reopen\nDate: 2025-03-04\nURL: https://example.org/b\nSource: Alder Gazette\n\nBody text.\n",
      "b.txt");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->title, "Bridge to reopen");
  EXPECT_EQ(a->url, "https://example.org/b");
  EXPECT_EQ(a->outlet, "Alder Gazette");
  EXPECT_EQ(format_day(*a->published), "2025-03-04");
  EXPECT_EQ(a->text.substr(a->body_begin), "Body text.\n");
}

TEST(PlainTextReader, NoDateIsAWarningNotAGuess) {
  collected c;
  auto a = c.reader.parse_plain_text("Just a body.", "c.txt");
  ASSERT_TRUE(a);
  EXPECT_FALSE(a->published);
  ASSERT_EQ(a->warnings.size(), 1u);
  EXPECT_NE(a->warnings[0].find("no publication date"), std::string::npos);
}

TEST(PlainTextReader, RefusesInvalidUtf8WithTheByteOffset) {
  collected c;
  EXPECT_FALSE(c.reader.parse_plain_text("abc\xC3\x28 def", "bad.txt"));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].byte_offset, 4u);
  EXPECT_NE(c.errors[0].describe().find("bad.txt: byte 4: invalid UTF-8"), std::string::npos) << c.errors[0].describe();
}

TEST(PlainTextReader, RefusesBinaryAndEmptyInput) {
  collected c;
  EXPECT_FALSE(c.reader.parse_plain_text(std::string("ab\0cd", 5), "bin.txt"));
  EXPECT_FALSE(c.reader.parse_plain_text("", "empty.txt"));
  EXPECT_FALSE(c.reader.parse_plain_text(" \n\t ", "blank.txt"));
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_NE(c.errors[0].message.find("NUL"), std::string::npos);
  EXPECT_NE(c.errors[1].message.find("empty"), std::string::npos);
  EXPECT_NE(c.errors[2].message.find("white space"), std::string::npos);
}

TEST(JsonLinesReader, ReadsFieldsAndIgnoresUnknownOnes) {
  collected c;
  auto a = c.reader.parse_json_line(
      R"({"id":"k1","text":"Hello.","published":"2024-02-29","url":"u","outlet":"o","title":"t","extra":[1,2]})",
      "f.jsonl", 3);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->id, "k1");
  EXPECT_EQ(a->line, 3u);
  EXPECT_EQ(format_day(*a->published), "2024-02-29");
  EXPECT_EQ(a->outlet, "o");
}

TEST(JsonLinesReader, BrokenLineWrongTypeAndMissingText) {
  collected c;
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"k1","text":)", "f.jsonl", 7));
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"k2","text":42})", "f.jsonl", 8));
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"k3"})", "f.jsonl", 9));
  EXPECT_FALSE(c.reader.parse_json_line(R"([1,2])", "f.jsonl", 10));
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].line, 7u);
  EXPECT_NE(c.errors[0].message.find("not valid JSON"), std::string::npos);
  EXPECT_NE(c.errors[1].message.find("\"text\" is a number; expected a string"), std::string::npos);
  EXPECT_NE(c.errors[2].message.find("missing field \"text\""), std::string::npos);
  EXPECT_NE(c.errors[3].message.find("array"), std::string::npos);
}

TEST(PublicationDate, RefusesMalformedImpossibleAncientAndFutureDays) {
  const auto today = date::sys_days{date::year{2026} / 1 / 1};
  EXPECT_TRUE(parse_publication_date("2025-11-09", today).day);
  EXPECT_TRUE(parse_publication_date("2025-11-09T08:30:00Z", today).day);
  EXPECT_FALSE(parse_publication_date("09/11/2025", today).day);
  EXPECT_FALSE(parse_publication_date("2025-02-30", today).day);
  EXPECT_FALSE(parse_publication_date("1899-12-31", today).day);
  const auto future = parse_publication_date("2027-01-01", today);
  EXPECT_FALSE(future.day);
  EXPECT_NE(future.warning.find("future"), std::string::npos);
}

}  // namespace
}  // namespace onrecord
