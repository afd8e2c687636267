// Timeline output. JSON field names are documented in the README and kept stable.
#include "report/timeline_report.h"

#include <fmt/format.h>

#include "read/publication_date.h"
#include "report/table_writer.h"

namespace onrecord {

std::string stances_text(const std::map<std::string, std::string>& stances) {
  std::string out;
  for (const auto& [topic, stance] : stances) {
    if (!out.empty()) out += ", ";
    out += topic;
    if (!stance.empty()) out += ":" + stance;
  }
  return out;
}

std::string sources_text(const std::vector<source_row>& sources) {
  std::string out;
  for (const auto& s : sources) {
    if (!out.empty()) out += "; ";
    out += s.outlet.empty() ? s.article_id : s.outlet + " " + s.article_id;
  }
  return out;
}

std::string outlets_text(const std::vector<source_row>& sources) {
  if (sources.empty()) return "";
  const auto& f = sources.front();
  std::string out = f.outlet.empty() ? f.article_id : f.outlet;
  if (sources.size() > 1) out += fmt::format(" +{}", sources.size() - 1);
  return out;
}

std::string shown_text(const std::string& text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (end > 0 && text[end - 1] == ',') --end;
  return text.substr(0, end);
}

nlohmann::ordered_json day_json(const std::optional<date::sys_days>& d) {
  return d ? nlohmann::ordered_json(format_day(*d)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json sources_json(const std::vector<source_row>& sources) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& s : sources)
    out.push_back({{"article", s.article_id},
                   {"url", s.url},
                   {"outlet", s.outlet},
                   {"title", s.title},
                   {"published", day_json(s.published)}});
  return out;
}

std::string display_date(const std::optional<date::sys_days>& best, const std::optional<date::sys_days>& earliest,
                         const std::optional<date::sys_days>& latest) {
  if (!best) return "undated";
  if (earliest && latest && *earliest == *latest) return format_day(*best);
  // fmt rather than operator+: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string
  if (!earliest && latest) return fmt::format("≤{}", format_day(*latest));
  if (earliest && latest) return fmt::format("{}…{}", format_day(*earliest), format_day(*latest));
  if (earliest && !latest) return fmt::format("≥{}", format_day(*earliest));
  return fmt::format("~{}", format_day(*best));
}

std::string display_date(const timeline_row& r) { return display_date(r.date, r.earliest, r.latest); }

nlohmann::ordered_json statement_json(const timeline_row& r) {
  nlohmann::ordered_json j;
  j["statement_id"] = r.statement_id;
  j["date"] = day_json(r.date);
  j["date_earliest"] = day_json(r.earliest);
  j["date_latest"] = day_json(r.latest);
  j["date_basis"] = r.date_basis.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.date_basis);
  j["first_seen"] = day_json(r.first_seen);
  j["kind"] = r.kind;
  j["speaker"] = r.speaker.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.speaker);
  j["text"] = r.text;
  j["topics"] = nlohmann::ordered_json::array();
  j["stance"] = nlohmann::ordered_json::object();
  for (const auto& [topic, stance] : r.stances) {
    j["topics"].push_back(topic);
    if (!stance.empty()) j["stance"][topic] = stance;
  }
  j["sources"] = sources_json(r.sources);
  return j;
}

void write_json_line(std::ostream& out, const nlohmann::ordered_json& j) {
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_sources_json(json_line_writer& w, const std::vector<source_row>& sources) {
  w.raw('[');
  for (std::size_t k = 0; k < sources.size(); ++k) {
    const source_row& s = sources[k];
    if (k) w.raw(',');
    w.raw("{\"article\":");
    w.string(s.article_id);
    w.raw(",\"url\":");
    w.string(s.url);
    w.raw(",\"outlet\":");
    w.string(s.outlet);
    w.raw(",\"title\":");
    w.string(s.title);
    w.raw(",\"published\":");
    w.day_or_null(s.published);
    w.raw('}');
  }
  w.raw(']');
}

void write_date_fields(json_line_writer& w, const std::optional<date::sys_days>& date,
                       const std::optional<date::sys_days>& earliest, const std::optional<date::sys_days>& latest) {
  w.raw(",\"date\":");
  w.day_or_null(date);
  w.raw(",\"date_earliest\":");
  w.day_or_null(earliest);
  w.raw(",\"date_latest\":");
  w.day_or_null(latest);
}

void write_statement_json(json_line_writer& w, const timeline_row& r) {
  w.raw("{\"statement_id\":");
  w.number(r.statement_id);
  write_date_fields(w, r.date, r.earliest, r.latest);
  w.raw(",\"date_basis\":");
  w.string_or_null_if_empty(r.date_basis);
  w.raw(",\"first_seen\":");
  w.day_or_null(r.first_seen);
  w.raw(",\"kind\":");
  w.string(r.kind);
  w.raw(",\"speaker\":");
  w.string_or_null_if_empty(r.speaker);
  w.raw(",\"text\":");
  w.string(r.text);
  w.raw(",\"topics\":[");
  bool first = true;
  for (const auto& [topic, stance] : r.stances) {
    if (!first) w.raw(',');
    first = false;
    w.string(topic);
  }
  w.raw("],\"stance\":{");
  first = true;
  for (const auto& [topic, stance] : r.stances) {
    if (stance.empty()) continue;
    if (!first) w.raw(',');
    first = false;
    w.escaped_key(topic);
    w.string(stance);
  }
  w.raw("},\"sources\":");
  write_sources_json(w, r.sources);
  w.raw('}');
}

void write_timeline(std::ostream& out, const std::vector<timeline_row>& rows, output_format format, std::size_t width) {
  if (format == output_format::json) {
    write_json_lines(out, rows, write_statement_json);
    return;
  }
  text_table t;
  if (format == output_format::csv) {
    t.csv_header = {"statement_id", "date",    "date_earliest", "date_latest", "date_basis", "first_seen",
                    "kind",         "speaker", "text",          "topics",      "sources"};
    t.header = t.csv_header;
    auto day = [](const std::optional<date::sys_days>& d) { return d ? format_day(*d) : std::string(); };
    for (const auto& r : rows)
      t.rows.push_back({std::to_string(r.statement_id), day(r.date), day(r.earliest), day(r.latest), r.date_basis,
                        day(r.first_seen), r.kind, r.speaker, r.text, stances_text(r.stances),
                        sources_text(r.sources)});
    write_text_table(out, t, format, width);
    return;
  }
  t.header = {"DATE", "KIND", "TOPICS", "STATEMENT", "SOURCES"};
  t.csv_header = t.header;
  t.flexible = 3;
  t.max_width = 26;
  t.column_max = {0, 0, 22, 0, 18};
  t.wrap = true;
  for (const auto& r : rows)
    t.rows.push_back({display_date(r), r.kind, stances_text(r.stances),
                      format == output_format::table ? fmt::format("“{}”", shown_text(r.text)) : shown_text(r.text),
                      format == output_format::table ? outlets_text(r.sources) : sources_text(r.sources)});
  if (format == output_format::md) {
    t.header = {"date", "kind", "topics", "statement", "sources"};
    write_text_table(out, t, format, width);
    return;
  }
  write_text_table(out, t, format, width);
  out << fmt::format("{} statement{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

}  // namespace onrecord
