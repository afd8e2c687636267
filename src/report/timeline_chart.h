// The HTML report's timeline chart: an inline SVG with one lane per topic (and one for statements
// without a topic) in an actor's report, one lane per actor in a topic's report; a mark per day and
// stance coloured by that stance, position changes ringed and labelled, dates on the axis.
#pragma once
#include <ostream>

#include "report/document_report.h"

namespace onrecord {

// Writes the chart, or a note when no statement is dated.
void write_svg_timeline(std::ostream& out, const report_document& doc);

}  // namespace onrecord
