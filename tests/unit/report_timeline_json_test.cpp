// `timeline --format json` is written by hand (report/timeline_report.h); each line must be byte for
// byte nlohmann's dump of statement_json, the documented object: nulls for missing dates, basis and
// speaker, topics without a stance, sources with and without a date, escapes and invalid UTF-8.
#include <gtest/gtest.h>

#include <sstream>

#include "report/timeline_report.h"

namespace onrecord {
namespace {

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

std::vector<timeline_row> sample_rows() {
  timeline_row full;
  full.statement_id = 9'007'199'254'740'993;  // above 2^53: written as an integer, not a double
  full.date = day(2025, 11, 5);
  full.earliest = day(2025, 11, 3);
  full.latest = day(2025, 11, 9);
  full.date_basis = "relative";
  full.first_seen = day(2025, 11, 9);
  full.kind = "mixed";
  full.speaker = "Dana \"D.\" Whitcombe";
  full.text = "the night buses would \xE2\x80\x9Cnever\xE2\x80\x9D stop\tat \\ the caf\xC3\xA9 \xF0\x9F\x9A\x8C";
  full.stances = {{"transit", "support"}, {"budget", ""}, {"ice-cooperation", "oppose"}};
  full.sources = {{"harbor-1", "https://example.org/a?x=\"1\"", "Harbor Gazette", "Buses \x01 stay", day(2025, 11, 9)},
                  {"harbor-2", "", "", "", std::nullopt}};

  timeline_row bare;  // nothing optional: nulls, empty arrays and objects
  bare.statement_id = 1;
  bare.kind = "question";
  bare.text = "why\x1F not?\r\n";

  timeline_row broken;  // invalid UTF-8 in the text and a source title: replaced as nlohmann replaces it
  broken.statement_id = 42;
  broken.kind = "direct";
  broken.text = "caf\xC3 and \xED\xA0\x80 and \xF4\x90\x80\x80";
  broken.date = day(10000, 1, 2);  // a year outside 0-9999 keeps format_day's form
  broken.stances = {{"nypd-policy", ""}};
  broken.sources = {{"x", "u", "o", "t\xFF", day(1999, 12, 31)}};
  return {full, bare, broken};
}

TEST(TimelineJson, WrittenLineIsByteIdenticalToTheDocumentedObject) {
  for (const auto& r : sample_rows()) {
    std::string line;
    json_line_writer w(line, nullptr);
    write_statement_json(w, r);
    EXPECT_EQ(line, statement_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        << "statement " << r.statement_id;
  }
}

TEST(TimelineJson, WriteTimelinePrintsOneLinePerStatement) {
  const auto rows = sample_rows();
  std::ostringstream out;
  write_timeline(out, rows, output_format::json);
  std::string expected;
  for (const auto& r : rows)
    expected += statement_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  EXPECT_EQ(out.str(), expected);
  std::ostringstream none;
  write_timeline(none, {}, output_format::json);
  EXPECT_EQ(none.str(), "");
}

TEST(JsonLineWriter, NumbersAndDaysAsNlohmannWritesThem) {
  std::string buf;
  json_line_writer w(buf, nullptr);
  w.number(std::int64_t{-42});
  w.raw(',');
  w.number(std::size_t{18'446'744'073'709'551'615ULL});
  w.raw(',');
  w.number(0.1);
  w.raw(',');
  w.number(std::numeric_limits<double>::infinity());
  w.raw(',');
  w.day(day(2025, 1, 7));
  w.raw(',');
  w.day_or_null(std::nullopt);
  nlohmann::ordered_json j = {
      std::int64_t{-42}, std::size_t{18'446'744'073'709'551'615ULL}, 0.1, nullptr, "2025-01-07", nullptr};
  EXPECT_EQ("[" + buf + "]", j.dump());
}

TEST(JsonLineWriter, FlushesToTheStreamOnlyPastItsThresholdOrWhenAsked) {
  std::ostringstream out;
  std::string buf;
  json_line_writer w(buf, &out);
  w.string("short");
  EXPECT_EQ(out.str(), "");  // small output stays in the buffer
  const std::string big(70'000, 'a');
  w.string(big);
  EXPECT_EQ(out.str().size(), big.size() + 9);  // past 64 KiB: written out, buffer emptied
  EXPECT_TRUE(buf.empty());
  w.raw('\n');
  w.flush();
  EXPECT_EQ(out.str(), "\"short\"\"" + big + "\"\n");
}

}  // namespace
}  // namespace onrecord
