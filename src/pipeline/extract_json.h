// The `extract` output contract: one JSON object per article, offsets in Unicode code points.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "model/analysed_article.h"

namespace onrecord {

// The object as a JSON value (slow: for tests and tools that want to inspect it).
nlohmann::ordered_json to_extract_json(const analysed_article& a);
// Compact, no trailing newline; byte for byte to_extract_json(a).dump(-1, ' ', false, replace).
std::string to_extract_json_line(const analysed_article& a);
// The same line plus '\n' written straight to `out` through a small buffer, so that memory does not
// grow with the size of the output (a 100 MB article gives some 400 MB of JSON).
void write_extract_json_line(std::ostream& out, const analysed_article& a);

}  // namespace onrecord
