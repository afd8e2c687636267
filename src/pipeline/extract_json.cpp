// Field names and order here are a contract (external scoring reads them): change with care.
// The line is written by text/json_line_writer.h; to_extract_json keeps the same object as a JSON value,
// and a unit test holds the two to byte identity.
#include "pipeline/extract_json.h"

#include "read/publication_date.h"
#include "text/json_line_writer.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

using nlohmann::ordered_json;

ordered_json day_or_null(const std::optional<date::sys_days>& d) {
  return d ? ordered_json(format_day(*d)) : ordered_json(nullptr);
}

void write_article(json_line_writer& w, const analysed_article& a) {
  const std::string& text = a.source.text;
  const code_point_index cps(text);
  const auto cp = [&](std::size_t byte) { w.number(cps.to_code_points(byte)); };
  const auto slice = [&](text_span s) { w.string(std::string_view(text).substr(s.begin, s.size())); };

  w.raw("{\"article\":{");
  w.key("id");
  w.string(a.source.id);
  w.raw(',');
  w.key("file");
  w.string(a.source.file);
  w.raw(',');
  w.key("published");
  w.day_or_null(a.source.published);
  if (!a.source.warnings.empty()) {
    w.raw(',');
    w.key("warnings");
    w.raw('[');
    for (std::size_t k = 0; k < a.source.warnings.size(); ++k) {
      if (k) w.raw(',');
      w.string(a.source.warnings[k]);
    }
    w.raw(']');
  }
  w.raw("},\"statements\":[");
  bool first = true;
  for (const auto& s : a.statements) {
    if (!first) w.raw(',');
    first = false;
    w.raw("{\"start\":");
    cp(s.content.begin);
    w.raw(",\"end\":");
    cp(s.content.end);
    w.raw(",\"text\":");
    slice(s.content);
    w.raw(",\"kind\":");
    w.string(to_string(s.kind));
    w.raw(",\"speaker\":");
    w.string_or_null(s.speaker);
    w.raw(",\"speaker_kind\":");
    w.string(to_string(s.speaker_kind));
    if (s.speaker_mention) {
      w.raw(",\"speaker_mention\":");
      slice(*s.speaker_mention);
      w.raw(",\"speaker_start\":");
      cp(s.speaker_mention->begin);
      w.raw(",\"speaker_end\":");
      cp(s.speaker_mention->end);
    } else {
      w.raw(",\"speaker_mention\":null,\"speaker_start\":null,\"speaker_end\":null");
    }
    w.raw(",\"cue\":");
    if (s.cue) {
      slice(*s.cue);
    } else {
      w.null();
    }
    w.raw(",\"date\":");
    w.day_or_null(s.date.best);
    w.raw(",\"date_earliest\":");
    w.day_or_null(s.date.earliest);
    w.raw(",\"date_latest\":");
    w.day_or_null(s.date.latest);
    w.raw(",\"date_basis\":");
    if (s.date.basis) {
      w.string(to_string(*s.date.basis));
    } else {
      w.null();
    }
    w.raw(",\"topics\":[");
    for (std::size_t k = 0; k < s.topics.size(); ++k) {
      if (k) w.raw(',');
      w.string(s.topics[k]);
    }
    // a topic judged twice keeps its first place and its last judgement (as a JSON object would)
    std::vector<std::size_t> shown;  // index of the judgement printed at each topic's first place
    for (std::size_t k = 0; k < s.stances.size(); ++k) {
      bool seen = false;
      for (std::size_t& j : shown)
        if (s.stances[j].topic == s.stances[k].topic) j = k, seen = true;
      if (!seen) shown.push_back(k);
    }
    w.raw("],\"stance\":{");
    for (std::size_t k = 0; k < shown.size(); ++k) {
      if (k) w.raw(',');
      w.escaped_key(s.stances[shown[k]].topic);
      w.string(to_string(s.stances[shown[k]].label));
    }
    w.raw("},\"stance_evidence\":{");
    for (std::size_t k = 0; k < shown.size(); ++k) {
      const stance_judgement& st = s.stances[shown[k]];
      if (k) w.raw(',');
      w.escaped_key(st.topic);
      w.raw("{\"rule\":");
      w.string(st.rule);
      w.raw(",\"spans\":[");
      for (std::size_t e = 0; e < st.evidence.size(); ++e) {
        if (e) w.raw(',');
        w.raw("{\"start\":");
        cp(st.evidence[e].begin);
        w.raw(",\"end\":");
        cp(st.evidence[e].end);
        w.raw(",\"text\":");
        slice(st.evidence[e]);
        w.raw('}');
      }
      w.raw("]}");
    }
    w.raw("},\"confidence\":");
    w.number(s.confidence);
    w.raw(",\"attribution_rule\":");
    w.string(s.attribution_rule);
    w.raw('}');
  }
  w.raw("]}");
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
      for (const auto& e : st.evidence)
        spans.push_back({{"start", cp(e.begin)}, {"end", cp(e.end)}, {"text", slice(e)}});
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
  std::string out;
  json_line_writer w(out, nullptr);
  write_article(w, a);
  return out;
}

void write_extract_json_line(std::ostream& out, const analysed_article& a) {
  thread_local std::string buffer;  // reused: no allocation per article once it has grown
  buffer.clear();
  json_line_writer w(buffer, &out);
  write_article(w, a);
  w.raw('\n');
  w.flush();
}

}  // namespace onrecord
