// Field names and order here are a contract (external scoring reads them): change with care.
#include "pipeline/extract_json.h"

#include "read/publication_date.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

using nlohmann::ordered_json;

ordered_json day_or_null(const std::optional<date::sys_days>& d) {
  return d ? ordered_json(format_day(*d)) : ordered_json(nullptr);
}

}  // namespace

ordered_json to_extract_json(const analysed_article& a) {
  const std::string& text = a.source.text;
  const code_point_index cps(text);
  auto cp = [&](std::size_t byte) { return cps.to_code_points(byte); };
  auto slice = [&](text_span s) { return text.substr(s.begin, s.size()); };

  ordered_json art;
  art["id"] = a.source.id;
  art["file"] = a.source.file;
  art["published"] = day_or_null(a.source.published);
  if (!a.source.warnings.empty()) art["warnings"] = a.source.warnings;

  ordered_json list = ordered_json::array();
  for (const auto& s : a.statements) {
    ordered_json j;
    j["start"] = cp(s.content.begin);
    j["end"] = cp(s.content.end);
    j["text"] = slice(s.content);
    j["kind"] = to_string(s.kind);
    j["speaker"] = s.speaker ? ordered_json(*s.speaker) : ordered_json(nullptr);
    j["speaker_kind"] = to_string(s.speaker_kind);
    if (s.speaker_mention) {
      j["speaker_mention"] = slice(*s.speaker_mention);
      j["speaker_start"] = cp(s.speaker_mention->begin);
      j["speaker_end"] = cp(s.speaker_mention->end);
    } else {
      j["speaker_mention"] = nullptr;
      j["speaker_start"] = nullptr;
      j["speaker_end"] = nullptr;
    }
    j["cue"] = s.cue ? ordered_json(slice(*s.cue)) : ordered_json(nullptr);
    j["date"] = day_or_null(s.date.best);
    j["date_earliest"] = day_or_null(s.date.earliest);
    j["date_latest"] = day_or_null(s.date.latest);
    j["date_basis"] = s.date.basis ? ordered_json(to_string(*s.date.basis)) : ordered_json(nullptr);
    j["topics"] = s.topics;
    ordered_json stance = ordered_json::object();
    ordered_json evidence = ordered_json::object();
    for (const auto& st : s.stances) {
      stance[st.topic] = to_string(st.label);
      ordered_json ev;
      ev["rule"] = st.rule;
      ordered_json spans = ordered_json::array();
      for (const auto& e : st.evidence) spans.push_back({{"start", cp(e.begin)}, {"end", cp(e.end)}, {"text", slice(e)}});
      ev["spans"] = spans;
      evidence[st.topic] = ev;
    }
    j["stance"] = stance;
    j["stance_evidence"] = evidence;
    j["confidence"] = s.confidence;
    j["attribution_rule"] = s.attribution_rule;
    list.push_back(std::move(j));
  }
  ordered_json out;
  out["article"] = std::move(art);
  out["statements"] = std::move(list);
  return out;
}

std::string to_extract_json_line(const analysed_article& a) {
  return to_extract_json(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace onrecord
