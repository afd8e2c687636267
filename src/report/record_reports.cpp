// Search, actors, topics and stats output. JSON field names are documented in the README.
#include "report/record_reports.h"

#include <fmt/format.h>

#include "read/publication_date.h"
#include "report/search_snippet.h"
#include "report/table_writer.h"
#include "report/timeline_report.h"

namespace onrecord {
namespace {

std::string day(const std::optional<date::sys_days>& d) { return d ? format_day(*d) : std::string(); }

// Key/value rows (actors show, topics show, stats) for the non-JSON formats.
void write_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields,
                  output_format format, std::size_t width) {
  text_table t;
  t.csv_header = {"field", "value"};
  t.header = {"FIELD", "VALUE"};
  if (format == output_format::md) t.header = t.csv_header;
  t.flexible = 1;
  for (const auto& [k, v] : fields) t.rows.push_back({k, v});
  if (format == output_format::table) {
    std::size_t key = 0;
    for (const auto& [k, v] : fields) key = std::max(key, display_width(k));
    // a long value (a topic's description, a statement's words) wraps under its own column: a
    // record shown field by field is read whole, not cut at the terminal's edge
    const std::size_t room = width > key + 22 ? width - key - 2 : 20;
    for (const auto& [k, v] : fields) {
      const auto lines = wrap_words(v, room);
      for (std::size_t i = 0; i < std::max<std::size_t>(lines.size(), 1); ++i) {
        if (i == 0)
          out << k << ':' << std::string(key - display_width(k) + 1, ' ');
        else
          out << std::string(key + 2, ' ');
        out << (lines.empty() ? std::string() : lines[i]) << '\n';
      }
    }
    return;
  }
  write_text_table(out, t, format, width);
}

std::string stance_counts(const std::map<std::string, std::int64_t>& m) {
  std::string out;
  for (const auto& [stance, n] : m) {
    if (!n) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", stance.empty() ? "unsure" : stance, n);
  }
  return out;
}

}  // namespace

void write_search(std::ostream& out, const std::vector<search_row>& found, output_format format, std::size_t width) {
  std::vector<search_row> rows = found;
  for (auto& r : rows) r.snippet = mark_snippet_cuts(r.snippet, r.statement.text);
  if (format == output_format::json) {
    for (const auto& r : rows) {
      auto j = statement_json(r.statement);
      j["rank"] = r.rank;
      j["snippet"] = r.snippet;
      write_json_line(out, j);
    }
    return;
  }
  text_table t;
  t.csv_header = {"statement_id", "rank", "date", "speaker", "kind", "snippet", "text", "sources"};
  t.header = {"ID", "DATE", "SPEAKER", "SNIPPET", "SOURCES"};
  t.flexible = 3;
  t.max_width = 24;
  t.wrap = true;
  for (const auto& r : rows) {
    if (format == output_format::csv)
      t.rows.push_back({std::to_string(r.statement.statement_id), fmt::format("{:.4f}", r.rank), day(r.statement.date),
                        r.statement.speaker, r.statement.kind, r.snippet, r.statement.text,
                        sources_text(r.statement.sources)});
    else
      t.rows.push_back(
          {std::to_string(r.statement.statement_id), display_date(r.statement), r.statement.speaker, r.snippet,
           format == output_format::table ? outlets_text(r.statement.sources) : sources_text(r.statement.sources)});
  }
  if (format == output_format::csv) {
    write_text_table(out, t, format, width);
    return;
  }
  if (format == output_format::md) t.header = {"id", "date", "speaker", "snippet", "sources"};
  write_text_table(out, t, format, width);
  if (format == output_format::table) out << fmt::format("{} match{}\n", rows.size(), rows.size() == 1 ? "" : "es");
}

void write_actor_list(std::ostream& out, const std::vector<actor_row>& actors, output_format format,
                      std::size_t width) {
  if (format == output_format::json) {
    for (const auto& a : actors)
      write_json_line(out, {{"id", a.id}, {"name", a.name}, {"kind", a.kind}, {"statements", a.statements}});
    return;
  }
  text_table t;
  t.csv_header = {"id", "name", "kind", "statements"};
  t.header = {"ID", "NAME", "KIND", "STATEMENTS"};
  if (format == output_format::md) t.header = t.csv_header;
  for (const auto& a : actors) t.rows.push_back({std::to_string(a.id), a.name, a.kind, std::to_string(a.statements)});
  write_text_table(out, t, format, width);
}

void write_actor_detail(std::ostream& out, const actor_detail& d, output_format format, std::size_t width) {
  if (format == output_format::json) {
    nlohmann::ordered_json j{
        {"id", d.actor.id}, {"name", d.actor.name}, {"kind", d.actor.kind}, {"statements", d.actor.statements}};
    j["aliases"] = nlohmann::ordered_json::array();
    for (const auto& [alias, origin] : d.aliases) j["aliases"].push_back({{"alias", alias}, {"origin", origin}});
    j["topics"] = nlohmann::ordered_json::array();
    for (const auto& t : d.topics) {
      nlohmann::ordered_json stances = nlohmann::ordered_json::object();
      for (const auto& [s, n] : t.stances) stances[s.empty() ? "unsure" : s] = n;
      j["topics"].push_back({{"topic", t.topic}, {"statements", t.statements}, {"stances", stances}});
    }
    j["first_said"] = day_json(d.first);
    j["last_said"] = day_json(d.last);
    j["corrected_statements"] = d.corrected;
    write_json_line(out, j);
    return;
  }
  std::vector<std::pair<std::string, std::string>> f{{"id", std::to_string(d.actor.id)},
                                                     {"name", d.actor.name},
                                                     {"kind", d.actor.kind},
                                                     {"statements", std::to_string(d.actor.statements)}};
  std::string aliases;
  for (const auto& [alias, origin] : d.aliases)
    aliases += (aliases.empty() ? "" : ", ") + alias + (origin == "user" ? " (user)" : "");
  f.emplace_back("aliases", aliases);
  f.emplace_back("first said", day(d.first));
  f.emplace_back("last said", day(d.last));
  f.emplace_back("corrected statements", std::to_string(d.corrected));
  for (const auto& t : d.topics)
    f.emplace_back("topic " + t.topic, fmt::format("{} ({})", t.statements, stance_counts(t.stances)));
  write_fields(out, f, format, width);
}

void write_topic_list(std::ostream& out, const std::vector<topic_row>& topics, output_format format,
                      std::size_t width) {
  if (format == output_format::json) {
    for (const auto& t : topics)
      write_json_line(out, {{"slug", t.slug},
                            {"name", t.name},
                            {"statements", t.statements},
                            {"actors", t.actors},
                            {"support", t.stances.at("support")},
                            {"oppose", t.stances.at("oppose")},
                            {"neutral", t.stances.at("neutral")},
                            {"unsure", t.stances.at("unsure")}});
    return;
  }
  text_table t;
  t.csv_header = {"slug", "name", "statements", "actors", "support", "oppose", "neutral", "unsure"};
  t.header = {"SLUG", "NAME", "STATEMENTS", "ACTORS", "SUPPORT", "OPPOSE", "NEUTRAL", "UNSURE"};
  if (format == output_format::md) t.header = t.csv_header;
  for (const auto& x : topics)
    t.rows.push_back({x.slug, x.name, std::to_string(x.statements), std::to_string(x.actors),
                      std::to_string(x.stances.at("support")), std::to_string(x.stances.at("oppose")),
                      std::to_string(x.stances.at("neutral")), std::to_string(x.stances.at("unsure"))});
  write_text_table(out, t, format, width);
}

void write_topic_detail(std::ostream& out, const topic_row& t, output_format format, std::size_t width) {
  if (format == output_format::json) {
    write_json_line(out, {{"slug", t.slug},
                          {"name", t.name},
                          {"description", t.description},
                          {"support_means", t.support_means},
                          {"statements", t.statements},
                          {"actors", t.actors},
                          {"support", t.stances.at("support")},
                          {"oppose", t.stances.at("oppose")},
                          {"neutral", t.stances.at("neutral")},
                          {"unsure", t.stances.at("unsure")},
                          {"definition", t.definition}});
    return;
  }
  write_fields(out,
               {{"slug", t.slug},
                {"name", t.name},
                {"description", t.description},
                {"support means", t.support_means},
                {"statements", std::to_string(t.statements)},
                {"actors", std::to_string(t.actors)},
                {"stances", stance_counts(t.stances)}},
               format, width);
  if (format == output_format::table && !t.definition.empty()) out << '\n' << t.definition;
}

void write_stats(std::ostream& out, const record_stats& s, output_format format, std::size_t width) {
  if (format == output_format::json) {
    nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
    for (const auto& [k, n] : s.by_kind) kinds[k] = n;
    write_json_line(out, {{"articles", s.articles},
                          {"articles_without_date", s.articles_without_date},
                          {"statements", s.statements},
                          {"sources", s.sources},
                          {"statements_with_several_sources", s.statements_with_several_sources},
                          {"actors", s.actors},
                          {"topics", s.topics},
                          {"statements_without_speaker", s.without_speaker},
                          {"statements_without_date", s.without_date},
                          {"statements_with_stance", s.with_stance},
                          {"first_published", day_json(s.first_published)},
                          {"last_published", day_json(s.last_published)},
                          {"first_said", day_json(s.first_said)},
                          {"last_said", day_json(s.last_said)},
                          {"by_kind", kinds}});
    return;
  }
  std::vector<std::pair<std::string, std::string>> f{
      {"articles", std::to_string(s.articles)},
      {"articles without date", std::to_string(s.articles_without_date)},
      {"statements", std::to_string(s.statements)},
      {"sources", std::to_string(s.sources)},
      {"statements with several sources", std::to_string(s.statements_with_several_sources)},
      {"actors", std::to_string(s.actors)},
      {"topics", std::to_string(s.topics)},
      {"statements without speaker", std::to_string(s.without_speaker)},
      {"statements without date", std::to_string(s.without_date)},
      {"statements with a stance", std::to_string(s.with_stance)},
      {"published", s.first_published ? day(s.first_published) + " … " + day(s.last_published) : ""},
      {"said", s.first_said ? day(s.first_said) + " … " + day(s.last_said) : ""}};
  for (const auto& [k, n] : s.by_kind) f.emplace_back("kind " + k, std::to_string(n));
  write_fields(out, f, format, width);
}

}  // namespace onrecord
