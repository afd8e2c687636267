// `positions --format json` is written by hand (report/position_report.h); each line must be byte for
// byte nlohmann's dump of position_json, the documented object: an insufficient position with no
// statements, and an evidenced one with first, last and two changes whose briefs carry escapes,
// empty stances and sources.
#include <gtest/gtest.h>

#include <sstream>

#include "report/position_report.h"

namespace onrecord {
namespace {

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

topic_statement brief(std::int64_t id, std::string stance, std::optional<date::sys_days> said) {
  topic_statement s;
  s.statement_id = id;
  s.actor_id = 7;
  s.actor = "Dana Whitcombe";
  s.topic = "ice-cooperation";
  s.date = said;
  s.earliest = said;
  s.latest = said;
  s.kind = "direct";
  s.text = "We will \"never\" hand over\tdetainers \xE2\x80\x94 not once";
  s.stance = std::move(stance);
  s.stance_rule = s.stance.empty() ? "" : "topics.txt:12 oppose 'never hand over'";
  s.stance_evidence = s.stance.empty() ? "" : "never hand over";
  s.sources = {{"harbor-9", "https://example.org/9", "Harbor Gazette", "Whitcombe on \"detainers\"", said}};
  return s;
}

std::vector<topic_position> sample_positions() {
  topic_position none;  // nothing tagged with evidence
  none.actor_id = 3;
  none.actor = "Ravi \\ Okafor";
  none.topic = "nypd-policy";
  none.counts = {{"support", 0}, {"oppose", 0}, {"neutral", 0}, {"unsure", 1}};
  none.statements = 1;

  topic_position full;
  full.actor_id = 7;
  full.actor = "Dana Whitcombe";
  full.topic = "ice-cooperation";
  full.sufficient = true;
  full.stance = "oppose";
  full.since = day(2025, 11, 5);
  full.counts = {{"support", 2}, {"oppose", 3}, {"neutral", 0}, {"unsure", 1}};
  full.statements = 6;
  full.evidenced = 5;
  full.first = brief(11, "support", day(2024, 3, 1));
  full.last = brief(19, "", std::nullopt);
  full.changes.push_back(
      {change_grade::full_flop, brief(12, "support", day(2024, 5, 2)), brief(13, "oppose", day(2024, 9, 30))});
  full.changes.push_back({change_grade::half_flip, brief(14, "oppose", day(2025, 1, 2)), brief(15, "neutral", {})});
  full.overall = change_grade::full_flop;
  return {none, full};
}

TEST(PositionJson, WrittenLineIsByteIdenticalToTheDocumentedObject) {
  for (const auto& p : sample_positions()) {
    std::string line;
    json_line_writer w(line, nullptr);
    write_position_json(w, p);
    EXPECT_EQ(line, position_json(p).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) << p.topic;
  }
}

TEST(PositionJson, WritePositionsPrintsOneLinePerPosition) {
  const auto positions = sample_positions();
  std::ostringstream out;
  write_positions(out, positions, output_format::json);
  std::string expected;
  for (const auto& p : positions)
    expected += position_json(p).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  EXPECT_EQ(out.str(), expected);
}

}  // namespace
}  // namespace onrecord
