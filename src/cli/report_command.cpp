// `onrecord report`: a Markdown or self-contained HTML report on an actor (or on every actor of a
// topic): header, positions summary, SVG timeline, statements with dates, quotes and sources.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "read/publication_date.h"
#include "report/counted.h"
#include "report/document_report.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

report_command::report_command()
    : command(
          {"report",
           "report (--actor NAME [--topic SLUG] | --topic SLUG) [--from DATE] [--to DATE] [--format md|html] "
           "[-o FILE]",
           "Write a report to hand to an editor: positions, a timeline chart and every statement with its sources, as "
           "Markdown or one self-contained HTML file."}) {}

po::options_description report_command::options() {
  po::options_description d("report options");
  d.add_options()("actor,a", po::value<std::string>(&actor_), "actor name or alias (case-insensitive)")(
      "topic,t", po::value<std::string>(&topic_), "one topic slug; without --actor: every actor on that topic")(
      "from", po::value<std::string>(&from_), "first day, YYYY-MM-DD")("to", po::value<std::string>(&to_),
                                                                       "last day, YYYY-MM-DD")(
      "format,f", po::value<std::string>(&format_), "md or html (default: from the -o file's extension, else md)")(
      "output,o", po::value<std::string>(&output_), "file to write (default: stdout)");
  return d;
}
void report_command::setup(const po::variables_map&) {
  if (actor_.empty() && topic_.empty()) throw usage_error("report needs --actor NAME or --topic SLUG (or both)");
  if (format_.empty()) format_ = output_.ends_with(".html") || output_.ends_with(".htm") ? "html" : "md";
  if (format_ == "markdown") format_ = "md";
  if (format_ != "md" && format_ != "html")
    throw usage_error(fmt::format("unknown format '{}'; use md or html", format_));
  day_option(from_, "from");
  day_option(to_, "to");
}

int report_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  const auto from = day_option(from_, "from"), to = day_option(to_, "to");
  const auto topic = topic_.empty() ? std::nullopt : std::optional<std::string>(topic_);
  report_document doc;
  std::optional<std::int64_t> actor_id;
  if (!actor_.empty()) {
    const auto actor = resolve_actor_name(store, actor_, name());
    if (!actor) return exit_failure;
    actor_id = actor->id;
    doc.title = actor->name;
    timeline_filter f;
    f.actor_id = actor->id;
    f.topic = topic;
    f.from = from;
    f.to = to;
    for (auto& row : store.timeline(f)) doc.entries.push_back({actor->name, std::move(row)});
  } else {
    doc.subject = report_subject::topic;
    doc.title = "Who stands where: " + topic_;
    for (const auto& s : store.topic_statements(std::nullopt, topic, from, to)) {
      timeline_row r;
      r.statement_id = s.statement_id;
      r.date = s.date;
      r.earliest = s.earliest;
      r.latest = s.latest;
      r.first_seen = s.first_seen;
      r.kind = s.kind;
      r.text = s.text;
      r.speaker = s.actor;
      r.stances[s.topic] = s.stance;
      r.sources = s.sources;
      doc.entries.push_back({s.actor, std::move(r)});
    }
    std::stable_sort(doc.entries.begin(), doc.entries.end(), [](const report_entry& a, const report_entry& b) {
      const auto& x = a.statement;
      const auto& y = b.statement;
      if (x.date.has_value() != y.date.has_value()) return x.date.has_value();
      if (x.date != y.date) return *x.date < *y.date;
      return x.statement_id < y.statement_id;
    });
  }
  doc.positions = analyse_positions(store.topic_statements(actor_id, topic, from, to));
  std::vector<std::string> scope;
  if (topic && actor_id) scope.push_back("topic " + *topic);
  if (from || to) scope.push_back(fmt::format("{} … {}", from ? format_day(*from) : "", to ? format_day(*to) : ""));
  for (const auto& s : scope) doc.scope += (doc.scope.empty() ? "" : " · ") + s;

  std::ostringstream text;
  if (format_ == "html")
    write_html_report(text, doc);
  else
    write_markdown_report(text, doc);
  if (output_.empty() || output_ == "-") {
    std::cout << text.str();
    return exit_ok;
  }
  std::ofstream file(output_, std::ios::binary | std::ios::trunc);
  if (file) file << text.str();
  if (!file.good()) {
    std::cerr << fmt::format("onrecord report: cannot write {}: {}\n", output_, std::strerror(errno));
    return exit_failure;
  }
  if (!globals.quiet)
    std::cerr << fmt::format("report: {} ({}, {})\n", output_, counted(doc.entries.size(), "statement", "statements"),
                             counted(doc.positions.size(), "position", "positions"));
  return exit_ok;
}

}  // namespace onrecord
