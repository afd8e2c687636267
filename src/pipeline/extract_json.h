// The `extract` output contract: one JSON object per article, offsets in Unicode code points.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "model/analysed_article.h"

namespace onrecord {

nlohmann::ordered_json to_extract_json(const analysed_article& a);
std::string to_extract_json_line(const analysed_article& a);  // compact, no trailing newline

}  // namespace onrecord
