// Positions (per actor and topic: current stance, since when, counts, changes with both quotes)
// written as table, JSON, CSV or Markdown.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "query/position_analysis.h"
#include "report/output_format.h"
#include "text/json_line_writer.h"

namespace onrecord {

// "oppose", or "insufficient evidence".
std::string position_text(const topic_position& p);
// "Full Flop 2024-05-02: support → oppose; …", or "No Flip".
std::string changes_text(const topic_position& p);

// The documented JSON object of one position (README: "positions --format json"), and the same
// written straight into a JSON writer (what `positions --format json` prints; a test holds the two
// to byte identity).
nlohmann::ordered_json position_json(const topic_position& p);
void write_position_json(json_line_writer& w, const topic_position& p);

void write_positions(std::ostream& out, const std::vector<topic_position>& positions, output_format format,
                     std::size_t width = 100);

}  // namespace onrecord
