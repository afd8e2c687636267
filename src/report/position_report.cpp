// Positions output. JSON field names are documented in the README and kept stable.
#include "report/position_report.h"

#include <fmt/format.h>

#include "read/publication_date.h"
#include "report/table_writer.h"
#include "report/timeline_report.h"

namespace onrecord {
namespace {

// the four counts, in the order the JSON object lists them
constexpr const char* count_names[] = {"support", "oppose", "neutral", "unsure"};

std::string day(const std::optional<date::sys_days>& d) { return d ? format_day(*d) : std::string(); }

std::string statement_date(const topic_statement& s) { return display_date(s.date, s.earliest, s.latest); }

nlohmann::ordered_json statement_brief(const topic_statement& s) {
  nlohmann::ordered_json j;
  j["statement_id"] = s.statement_id;
  j["date"] = day_json(s.date);
  j["date_earliest"] = day_json(s.earliest);
  j["date_latest"] = day_json(s.latest);
  j["kind"] = s.kind;
  j["text"] = s.text;
  j["stance"] = s.stance.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.stance);
  j["stance_evidence"] = s.stance_evidence;
  j["stance_rule"] = s.stance_rule;
  j["sources"] = sources_json(s.sources);
  return j;
}

void write_statement_brief(json_line_writer& w, const topic_statement& s) {
  w.raw("{\"statement_id\":");
  w.number(s.statement_id);
  write_date_fields(w, s.date, s.earliest, s.latest);
  w.raw(",\"kind\":");
  w.string(s.kind);
  w.raw(",\"text\":");
  w.string(s.text);
  w.raw(",\"stance\":");
  w.string_or_null_if_empty(s.stance);
  w.raw(",\"stance_evidence\":");
  w.string(s.stance_evidence);
  w.raw(",\"stance_rule\":");
  w.string(s.stance_rule);
  w.raw(",\"sources\":");
  write_sources_json(w, s.sources);
  w.raw('}');
}

std::string source_brief(const topic_statement& s) {
  if (s.sources.empty()) return "";
  const auto& f = s.sources.front();
  std::string out = f.outlet.empty() ? f.article_id : f.outlet;
  if (s.sources.size() > 1) out += fmt::format(" +{}", s.sources.size() - 1);
  return out;
}

void write_side_by_side(std::ostream& out, const std::string& left, const std::string& right, std::size_t width) {
  const std::size_t col = width > 12 ? (width - 6) / 2 : 20;
  const auto l = wrap_words(left, col), r = wrap_words(right, col);
  for (std::size_t i = 0; i < std::max(l.size(), r.size()); ++i) {
    std::string a = i < l.size() ? l[i] : "";
    a += std::string(col - std::min(col, display_width(a)), ' ');
    std::string line = "    " + a + "  " + (i < r.size() ? r[i] : "");
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

void write_position_block(std::ostream& out, const topic_position& p, std::size_t width) {
  out << fmt::format("{} — {}: {}", p.actor, p.topic, position_text(p));
  if (p.sufficient) out << fmt::format(" since {} ({})", day(p.since), to_string(p.overall));
  out << '\n';
  out << fmt::format("  statements: {} (support {}, oppose {}, neutral {}, unsure {}); dated with evidence: {}\n",
                     p.statements, p.counts.at("support"), p.counts.at("oppose"), p.counts.at("neutral"),
                     p.counts.at("unsure"), p.evidenced);
  const std::size_t text_width = width > 40 ? width - 32 : 40;
  if (p.first)
    out << fmt::format("  first: {:<12} {}\n", statement_date(*p.first),
                       fit_width(fmt::format("“{}”", shown_text(p.first->text)), text_width));
  if (p.last)
    out << fmt::format("  last:  {:<12} {}\n", statement_date(*p.last),
                       fit_width(fmt::format("“{}”", shown_text(p.last->text)), text_width));
  for (const auto& c : p.changes) {
    out << fmt::format("  {} on {}: {} → {}\n", to_string(c.grade), statement_date(c.after), c.before.stance,
                       c.after.stance);
    write_side_by_side(
        out, fmt::format("{} ({}) {}", statement_date(c.before), c.before.stance, source_brief(c.before)),
        fmt::format("{} ({}) {}", statement_date(c.after), c.after.stance, source_brief(c.after)), width);
    write_side_by_side(out, fmt::format("“{}”", shown_text(c.before.text)),
                       fmt::format("“{}”", shown_text(c.after.text)), width);
  }
}

}  // namespace

nlohmann::ordered_json position_json(const topic_position& p) {
  nlohmann::ordered_json j;
  j["actor"] = p.actor;
  j["topic"] = p.topic;
  j["position"] = p.sufficient ? nlohmann::ordered_json(p.stance) : nlohmann::ordered_json(nullptr);
  j["status"] = p.sufficient ? "evidenced" : "insufficient evidence";
  j["since"] = day_json(p.since);
  j["grade"] = std::string(to_string(p.overall));
  j["statements"] = p.statements;
  j["evidenced"] = p.evidenced;
  j["counts"] = nlohmann::ordered_json::object();
  for (const char* s : count_names) j["counts"][s] = p.counts.at(s);
  j["first"] = p.first ? statement_brief(*p.first) : nlohmann::ordered_json(nullptr);
  j["last"] = p.last ? statement_brief(*p.last) : nlohmann::ordered_json(nullptr);
  j["changes"] = nlohmann::ordered_json::array();
  for (const auto& c : p.changes)
    j["changes"].push_back({{"grade", std::string(to_string(c.grade))},
                            {"from", c.before.stance},
                            {"to", c.after.stance},
                            {"date", day_json(c.after.date)},
                            {"before", statement_brief(c.before)},
                            {"after", statement_brief(c.after)}});
  return j;
}

void write_position_json(json_line_writer& w, const topic_position& p) {
  w.raw("{\"actor\":");
  w.string(p.actor);
  w.raw(",\"topic\":");
  w.string(p.topic);
  w.raw(",\"position\":");
  p.sufficient ? w.string(p.stance) : w.null();
  w.raw(",\"status\":");
  w.string(p.sufficient ? "evidenced" : "insufficient evidence");
  w.raw(",\"since\":");
  w.day_or_null(p.since);
  w.raw(",\"grade\":");
  w.string(to_string(p.overall));
  w.raw(",\"statements\":");
  w.number(p.statements);
  w.raw(",\"evidenced\":");
  w.number(p.evidenced);
  w.raw(",\"counts\":{");
  bool first = true;
  for (const char* s : count_names) {
    if (!first) w.raw(',');
    first = false;
    w.key(s);
    w.number(p.counts.at(s));
  }
  w.raw("},\"first\":");
  p.first ? write_statement_brief(w, *p.first) : w.null();
  w.raw(",\"last\":");
  p.last ? write_statement_brief(w, *p.last) : w.null();
  w.raw(",\"changes\":[");
  for (std::size_t k = 0; k < p.changes.size(); ++k) {
    const position_change& c = p.changes[k];
    if (k) w.raw(',');
    w.raw("{\"grade\":");
    w.string(to_string(c.grade));
    w.raw(",\"from\":");
    w.string(c.before.stance);
    w.raw(",\"to\":");
    w.string(c.after.stance);
    w.raw(",\"date\":");
    w.day_or_null(c.after.date);
    w.raw(",\"before\":");
    write_statement_brief(w, c.before);
    w.raw(",\"after\":");
    write_statement_brief(w, c.after);
    w.raw('}');
  }
  w.raw("]}");
}

std::string position_text(const topic_position& p) { return p.sufficient ? p.stance : "insufficient evidence"; }

std::string changes_text(const topic_position& p) {
  if (p.changes.empty()) return "No Flip";
  std::string out;
  for (const auto& c : p.changes) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{} {}: {} → {}", to_string(c.grade), statement_date(c.after), c.before.stance, c.after.stance);
  }
  return out;
}

void write_positions(std::ostream& out, const std::vector<topic_position>& positions, output_format format,
                     std::size_t width) {
  if (format == output_format::json) {
    write_json_lines(out, positions, write_position_json);
    return;
  }
  if (format == output_format::table) {
    for (std::size_t i = 0; i < positions.size(); ++i) {
      if (i) out << '\n';
      write_position_block(out, positions[i], width);
    }
    return;
  }
  text_table t;
  t.csv_header = {"actor",  "topic",   "position", "since",   "grade",      "statements", "evidenced", "support",
                  "oppose", "neutral", "unsure",   "changes", "first_date", "first_text", "last_date", "last_text"};
  t.header = t.csv_header;
  for (const auto& p : positions)
    t.rows.push_back({p.actor, p.topic, position_text(p), day(p.since),
                      p.sufficient ? std::string(to_string(p.overall)) : "", std::to_string(p.statements),
                      std::to_string(p.evidenced), std::to_string(p.counts.at("support")),
                      std::to_string(p.counts.at("oppose")), std::to_string(p.counts.at("neutral")),
                      std::to_string(p.counts.at("unsure")), p.changes.empty() ? "" : changes_text(p),
                      p.first ? statement_date(*p.first) : "", p.first ? p.first->text : "",
                      p.last ? statement_date(*p.last) : "", p.last ? p.last->text : ""});
  if (format == output_format::csv) {
    write_text_table(out, t, format, width);
    return;
  }
  // Markdown: the summary, then each change with its two quotes side by side
  text_table md;
  md.header = {"actor", "topic", "position", "since", "grade", "statements (support/oppose/neutral/unsure)"};
  md.csv_header = md.header;
  for (const auto& p : positions)
    md.rows.push_back({p.actor, p.topic, position_text(p), day(p.since),
                       p.sufficient ? std::string(to_string(p.overall)) : "",
                       fmt::format("{} ({}/{}/{}/{})", p.statements, p.counts.at("support"), p.counts.at("oppose"),
                                   p.counts.at("neutral"), p.counts.at("unsure"))});
  write_text_table(out, md, format, width);
  for (const auto& p : positions)
    for (const auto& c : p.changes) {
      out << fmt::format("\n**{}** — {}, {}: {} on {}\n\n", md_cell(p.actor), md_cell(p.topic), to_string(c.grade),
                         c.before.stance + " → " + c.after.stance, statement_date(c.after));
      out << fmt::format("| before ({}, {}) | after ({}, {}) |\n|---|---|\n", statement_date(c.before), c.before.stance,
                         statement_date(c.after), c.after.stance);
      out << fmt::format("| “{}” | “{}” |\n", md_cell(shown_text(c.before.text)), md_cell(shown_text(c.after.text)));
    }
}

}  // namespace onrecord
