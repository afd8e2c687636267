// A timeline (one actor's statements in date order) written as table, JSON, CSV or Markdown.
#pragma once
#include <ostream>
#include <vector>

#include "model/record_rows.h"
#include "report/output_format.h"

namespace onrecord {

// "2025-11-05", "≤2025-11-09" (only an upper bound), "2025-11-03…2025-11-09" (a range), "undated".
std::string display_date(const timeline_row& r);

void write_timeline(std::ostream& out, const std::vector<timeline_row>& rows, output_format format,
                    std::size_t width = 100);

}  // namespace onrecord
