// `onrecord report`: one document about an actor (or every actor on a topic) — a header, the
// positions summary, a timeline chart and the statements with dates, quotes and sources — as
// Markdown or as one self-contained HTML file (inline CSS and SVG; no scripts, fonts or network).
// Everything that comes from the data is escaped.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "model/record_rows.h"
#include "query/position_analysis.h"

namespace onrecord {

struct report_entry {
  std::string actor;
  timeline_row statement;  // stances: topic → stance ("" unsure)
};

// What a report is about: one actor (the chart has a lane per topic) or one topic across actors (a
// lane per actor).
enum class report_subject { actor, topic };

struct report_document {
  report_subject subject = report_subject::actor;
  std::string title;  // "Zohran Mamdani" or "Who stands where: ice-cooperation"
  std::string scope;  // "topic ice-cooperation · 2025-01-01 … 2025-12-31"; may be empty
  std::vector<topic_position> positions;
  std::vector<report_entry> entries;  // in date order
};

void write_markdown_report(std::ostream& out, const report_document& doc);
void write_html_report(std::ostream& out, const report_document& doc);

// &, <, >, " and ' as entities.
std::string html_escape(std::string_view s);
// The URL when it is http(s), else "" (no javascript: or data: links from the data).
std::string safe_link(std::string_view url);

}  // namespace onrecord
