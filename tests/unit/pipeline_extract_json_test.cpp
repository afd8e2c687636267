// The hand-written `extract` line must be byte for byte what nlohmann's dump of the same object gives
// (the output contract predates the fast writer): strings with quotes, controls, non-ASCII and invalid
// UTF-8, null and present fields, repeated stance topics, odd confidences.
#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/extract_json.h"
#include "read/publication_date.h"

namespace onrecord {
namespace {

std::string reference_line(const analysed_article& a) {
  return to_extract_json(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

text_span span_of(const std::string& text, std::string_view part) {
  const auto at = text.find(part);
  return {at, at + part.size()};
}

analysed_article sample_article() {
  analysed_article a;
  a.source.id = "whitcombe-\"budget\"\\notes";
  a.source.file = "dir/caf\xC3\xA9.txt";
  a.source.text =
      "Mayor Dana Whitcombe said: \xE2\x80\x9CWe will fund the \"night buses\"\ttoday.\xE2\x80\x9D\n"
      "Councillor Ravi Okafor \xF0\x9F\x9A\x8C asked \x01why\x1F not? \\ back\r\nslash \xC3\xA9l\xC3\xA8ve.";
  a.source.published = date::sys_days{date::year{2025} / 11 / 9};
  a.source.warnings = {"weekday 'Friday' does not match", "second \"warning\""};
  const std::string& t = a.source.text;

  statement s1;
  s1.content = span_of(t, "We will fund the \"night buses\"\ttoday.");
  s1.kind = statement_kind::direct;
  s1.speaker = "Dana Whitcombe";
  s1.speaker_kind = actor_kind::person;
  s1.speaker_mention = span_of(t, "Mayor Dana Whitcombe");
  s1.cue = span_of(t, "said");
  s1.attribution_rule = "cue-before-quote";
  s1.date.best = a.source.published;
  s1.date.latest = a.source.published;
  s1.date.earliest = date::sys_days{date::year{2025} / 11 / 3};
  s1.date.basis = date_basis::relative;
  s1.topics = {"transit", "budget"};
  s1.stances.push_back({"transit", stance_label::support, {span_of(t, "fund")}, "topics.txt:3 support 'fund'"});
  s1.stances.push_back({"budget", stance_label::oppose, {}, "rule with \"quotes\""});
  s1.stances.push_back({"transit", stance_label::neutral, {span_of(t, "night"), span_of(t, "buses")}, "later"});
  s1.confidence = 0.85;
  a.statements.push_back(s1);

  statement s2;
  s2.content = span_of(t, "\x01why\x1F not? \\ back\r\nslash \xC3\xA9l\xC3\xA8ve.");
  s2.kind = statement_kind::question;
  s2.confidence = 1.0;
  a.statements.push_back(s2);

  statement s3;  // everything optional missing, a confidence needing many digits
  s3.content = span_of(t, "\xF0\x9F\x9A\x8C");
  s3.kind = statement_kind::indirect;
  s3.confidence = 1.0 / 3.0;
  s3.speaker = "Ravi \"R.\" Okafor";
  a.statements.push_back(s3);
  return a;
}

TEST(ExtractJson, LineIsByteIdenticalToNlohmannDump) {
  const analysed_article a = sample_article();
  EXPECT_EQ(to_extract_json_line(a), reference_line(a));
}

TEST(ExtractJson, StreamedLineIsTheLinePlusNewline) {
  const analysed_article a = sample_article();
  std::ostringstream out;
  write_extract_json_line(out, a);
  write_extract_json_line(out, a);
  EXPECT_EQ(out.str(), reference_line(a) + "\n" + reference_line(a) + "\n");
}

TEST(ExtractJson, InvalidUtf8IsReplacedAsNlohmannDoes) {
  analysed_article a;
  a.source.id = "bad\xC3(\xE2\x82 end\xF0\x9F\x98";
  a.source.file = "\xFF\xFE.txt";
  a.source.text = "ok \xED\xA0\x80 surrogate \xC0\xAF overlong \xF4\x90\x80\x80 too high, cut \xE2\x82";
  statement s;
  s.content = {0, a.source.text.size()};
  s.speaker = std::string("\x80lone continuation");
  a.statements.push_back(s);
  EXPECT_EQ(to_extract_json_line(a), reference_line(a));
}

TEST(ExtractJson, EmptyArticleAndUnusualNumbers) {
  analysed_article a;
  a.source.id = "";
  EXPECT_EQ(to_extract_json_line(a), reference_line(a));
  for (const double c : {0.0, -0.0, 1e-7, 123456789012345678.0, 0.1 + 0.2}) {
    statement s;
    s.confidence = c;
    a.statements.push_back(s);
  }
  a.source.published = date::sys_days{date::year{1900} / 1 / 1};
  a.statements.back().date.best = date::sys_days{date::year{12345} / 1 / 1};
  EXPECT_EQ(to_extract_json_line(a), reference_line(a));
}

}  // namespace
}  // namespace onrecord
