// A timeline (one actor's statements in date order) written as table, JSON, CSV or Markdown.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/record_rows.h"
#include "report/output_format.h"
#include "text/json_line_writer.h"

namespace onrecord {

// "2025-11-05", "≤2025-11-09" (only an upper bound), "2025-11-03…2025-11-09" (a range), "undated".
std::string display_date(const timeline_row& r);
std::string display_date(const std::optional<date::sys_days>& best, const std::optional<date::sys_days>& earliest,
                         const std::optional<date::sys_days>& latest);

// A statement's words as people read them in tables and reports: a quote that ended in a comma
// before its attribution ("… detainers,” she said) is shown without that comma. JSON and CSV keep
// the text exactly as extracted.
std::string shown_text(const std::string& text);

// "topic:stance, topic" and "outlet article; outlet article": the cells tables and CSV share.
std::string stances_text(const std::map<std::string, std::string>& stances);
std::string sources_text(const std::vector<source_row>& sources);
// "Harbour Gazette +1": the first outlet and how many more, for terminal tables.
std::string outlets_text(const std::vector<source_row>& sources);

nlohmann::ordered_json day_json(const std::optional<date::sys_days>& d);
nlohmann::ordered_json sources_json(const std::vector<source_row>& sources);
// The same array written straight into a JSON writer.
void write_sources_json(json_line_writer& w, const std::vector<source_row>& sources);
// The documented JSON object of one statement (README: "timeline --format json").
nlohmann::ordered_json statement_json(const timeline_row& r);
// The same object written straight into a JSON writer (what `timeline --format json` prints: building
// nlohmann objects took two thirds of a 1,000-statement timeline's client time); a test holds the two
// to byte identity.
void write_statement_json(json_line_writer& w, const timeline_row& r);
// `,"date":…,"date_earliest":…,"date_latest":…`, the dates every statement object carries.
void write_date_fields(json_line_writer& w, const std::optional<date::sys_days>& date,
                       const std::optional<date::sys_days>& earliest, const std::optional<date::sys_days>& latest);
// One JSON value a line, invalid UTF-8 replaced.
void write_json_line(std::ostream& out, const nlohmann::ordered_json& j);

void write_timeline(std::ostream& out, const std::vector<timeline_row>& rows, output_format format,
                    std::size_t width = 100);

}  // namespace onrecord
