// The fields of one JSON Lines article object, pulled out in a single pass over the line without
// building a JSON document: the fast path of article_reader::parse_json_line.
#pragma once
#include <string>
#include <string_view>

namespace onrecord {

// The fields the reader uses. A field that is absent or null stays empty and unset.
struct article_json_fields {
  std::string id, text, published, url, outlet, title, source;
  bool has_id = false, has_text = false;
  bool source_is_string = false;
};

// Fills `out` when `line` is one JSON object that the general parser (nlohmann::json) accepts and
// whose known fields are strings, nulls or (id only) a plain integer, giving exactly the values
// the general parser would. Returns false, with `out` in an unspecified state, for anything else —
// invalid JSON, another top-level value, a known field of another type, a repeated known field,
// an escaped key, a number with an exponent or too many digits for the fast path — so that the
// caller's general path reports the problem exactly as before. `line` must be valid UTF-8.
bool scan_article_json(std::string_view line, article_json_fields& out);

}  // namespace onrecord
