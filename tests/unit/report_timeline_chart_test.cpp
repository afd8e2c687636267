// The report's SVG timeline (report/timeline_chart.h): statements of one lane, day and stance share a
// mark with their count; different stances on one day stand side by side; a long lane name widens
// the label column instead of running off the chart's left edge; a position change is ringed.
#include <gtest/gtest.h>

#include <sstream>

#include "report/timeline_chart.h"

namespace onrecord {
namespace {

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

report_entry said(std::int64_t id, date::sys_days when, std::map<std::string, std::string> stances, std::string text) {
  report_entry e;
  e.actor = "Dana Whitcombe";
  e.statement.statement_id = id;
  e.statement.date = when;
  e.statement.kind = "direct";
  e.statement.text = std::move(text);
  e.statement.stances = std::move(stances);
  return e;
}

// An actor's position on ferry-policy that turned (a Full Flop) at the given statement.
topic_position flopped_at(std::string actor, std::int64_t statement_id) {
  topic_position p;
  p.actor = std::move(actor);
  p.topic = "ferry-policy";
  position_change c;
  c.after.statement_id = statement_id;
  c.grade = change_grade::full_flop;
  p.changes.push_back(c);
  return p;
}

std::string chart(const report_document& doc) {
  std::ostringstream out;
  write_svg_timeline(out, doc);
  return out.str();
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST(TimelineChart, StatementsOfOneDayAndStanceShareAMarkWithTheirCount) {
  report_document doc;
  const auto d = day(2025, 6, 18);
  doc.entries = {said(1, d, {{"ferry-policy", "oppose"}}, "The ferry stays in port."),
                 said(2, d, {{"ferry-policy", "oppose"}}, "No ferry in winter."),
                 said(3, d, {{"ferry-policy", "oppose"}}, "The pier cannot take it."),
                 said(4, day(2025, 3, 4), {{"ferry-policy", "support"}}, "Run the ferry all year.")};
  const std::string svg = chart(doc);
  EXPECT_EQ(count(svg, "class=\"mark oppose\""), 1u) << svg;
  EXPECT_EQ(count(svg, "class=\"mark support\""), 1u);
  EXPECT_NE(svg.find("class=\"count\" fill=\"#ffffff\">3</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("2025-06-18 · 3 statements · oppose"), std::string::npos);
  EXPECT_NE(svg.find("No ferry in winter."), std::string::npos) << "each statement is in the mark's tooltip";
  EXPECT_EQ(count(svg, "class=\"count\""), 1u) << "a mark of one statement carries no count";
}

TEST(TimelineChart, DifferentStancesOnOneDayStandSideBySide) {
  report_document doc;
  const auto d = day(2025, 6, 18);
  doc.entries = {said(1, d, {{"ferry-policy", "oppose"}}, "No."), said(2, d, {{"ferry-policy", "support"}}, "Yes."),
                 said(3, day(2025, 6, 1), {}, "Later.")};
  const std::string svg = chart(doc);
  auto cx_of = [&](const std::string& cls) {
    const auto at = svg.rfind("<circle cx=\"", svg.find("class=\"mark " + cls + "\""));
    return std::stod(svg.substr(at + 12));
  };
  EXPECT_NEAR(std::abs(cx_of("oppose") - cx_of("support")), 17.0, 0.11);
  EXPECT_NE(svg.find(">(no topic)</text>"), std::string::npos) << "a statement with no topic has its own lane";
}

TEST(TimelineChart, ALongLaneNameWidensTheLabelColumn) {
  report_document doc;
  const std::string long_topic = "harbour-immigration-enforcement";  // 31 characters
  doc.entries = {said(1, day(2025, 1, 2), {{long_topic, "support"}}, "Yes."),
                 said(2, day(2025, 2, 3), {{"ferry", "oppose"}}, "No.")};
  const std::string svg = chart(doc);
  const auto label = svg.find(">" + long_topic + "</text>");
  ASSERT_NE(label, std::string::npos) << svg;
  const auto x_at = svg.rfind("<text x=\"", label);
  const double label_end = std::stod(svg.substr(x_at + 9));  // text-anchor end: the text ends here
  EXPECT_GE(label_end - 7.0 * static_cast<double>(long_topic.size()), 0.0) << "the label starts inside the chart";

  const std::string endless(80, 'x');  // wider than the column allows: clipped, whole in its tooltip
  doc.entries = {said(1, day(2025, 1, 2), {{endless, "support"}}, "Yes.")};
  const std::string clipped = chart(doc);
  EXPECT_NE(clipped.find("<title>" + endless + "</title>"), std::string::npos);
  EXPECT_NE(clipped.find("x…</text>"), std::string::npos);
  EXPECT_EQ(clipped.find(endless + "</text>"), std::string::npos);
}

TEST(TimelineChart, APositionChangeIsRingedAndLabelled) {
  report_document doc;
  doc.entries = {said(1, day(2025, 3, 4), {{"ferry-policy", "support"}}, "Run it."),
                 said(2, day(2025, 6, 18), {{"ferry-policy", "oppose"}}, "Stop it.")};
  doc.positions.push_back(flopped_at("Dana Whitcombe", 2));
  const std::string svg = chart(doc);
  EXPECT_EQ(count(svg, "class=\"change\""), 1u) << svg;
  EXPECT_NE(svg.find(std::string(to_string(change_grade::full_flop)) + "</text>"), std::string::npos);
}

// A topic's report ("who stands where") compares actors: a lane each, in the positions' order, so
// that one actor's change of position is not drawn among everyone else's statements.
TEST(TimelineChart, ATopicReportHasALanePerActor) {
  report_document doc;
  doc.subject = report_subject::topic;
  auto by = [](std::string actor, report_entry e) {
    e.actor = std::move(actor);
    return e;
  };
  doc.entries = {by("Ravi Okafor", said(1, day(2025, 3, 4), {{"ferry-policy", "oppose"}}, "No.")),
                 by("Dana Whitcombe", said(2, day(2025, 3, 4), {{"ferry-policy", "support"}}, "Yes.")),
                 by("Dana Whitcombe", said(3, day(2025, 6, 18), {{"ferry-policy", "oppose"}}, "Now no.")),
                 by("", said(4, day(2025, 6, 20), {{"ferry-policy", ""}}, "Who knows."))};
  doc.positions.push_back(flopped_at("Dana Whitcombe", 3));
  const std::string svg = chart(doc);
  const auto whitcombe = svg.find(">Dana Whitcombe</text>"), okafor = svg.find(">Ravi Okafor</text>"),
             unknown = svg.find(">(unknown speaker)</text>");
  ASSERT_NE(whitcombe, std::string::npos) << svg;
  ASSERT_NE(okafor, std::string::npos);
  ASSERT_NE(unknown, std::string::npos);
  EXPECT_LT(whitcombe, okafor) << "the positions' actors come first";
  EXPECT_EQ(svg.find(">ferry-policy</text>"), std::string::npos) << "no lane per topic";
  auto cy_of = [&](const std::string& text) {
    const auto at = svg.rfind("cy=\"", svg.find(text));
    return std::stoi(svg.substr(at + 4));
  };
  EXPECT_NE(cy_of("“No.”"), cy_of("“Yes.”")) << "two actors on one day are on two lanes";
  EXPECT_EQ(cy_of("“Yes.”"), cy_of("“Now no.”"));
  EXPECT_EQ(count(svg, "class=\"change\""), 1u);
  EXPECT_NE(svg.find("Timeline of statements by actor"), std::string::npos);
}

TEST(TimelineChart, NoDatedStatementGivesANote) {
  report_document doc;
  doc.entries = {said(1, day(2025, 1, 1), {}, "Undated.")};
  doc.entries[0].statement.date.reset();
  EXPECT_NE(chart(doc).find("No dated statements to chart."), std::string::npos);
}

}  // namespace
}  // namespace onrecord
