// `onrecord timeline --actor NAME`: what an actor said, in date order.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "read/publication_date.h"
#include "report/timeline_report.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

std::string timeline_command::name() const { return "timeline"; }
std::string timeline_command::synopsis() const {
  return "timeline --actor NAME [--topic SLUG] [--from DATE] [--to DATE] [--format table|json|csv|md]";
}
std::string timeline_command::purpose() const {
  return "List what an actor said, in date order, with kind, topics and stances, and the article it came from.";
}
po::options_description timeline_command::options() {
  po::options_description d("timeline options");
  d.add_options()("actor,a", po::value<std::string>(&actor_)->required(),
                  "actor name or alias (case-insensitive)")("topic,t", po::value<std::string>(&topic_),
                                                            "only statements tagged with this topic slug")(
      "from", po::value<std::string>(&from_), "first day, YYYY-MM-DD")("to", po::value<std::string>(&to_),
                                                                       "last day, YYYY-MM-DD")(
      "format,f", po::value<std::string>(&format_), "table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
void timeline_command::setup(const po::variables_map&) {
  if (!format_.empty() && !output_format_from(format_))
    throw usage_error(fmt::format("unknown format '{}'; use table, json, csv or md", format_));
  for (const auto* d : {&from_, &to_})
    if (!d->empty() && !parse_publication_date(*d).day)
      throw usage_error(fmt::format("'{}' is not a date; use YYYY-MM-DD", *d));
}

int timeline_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  store.migrate();
  const auto candidates = store.find_actors(actor_);
  if (candidates.empty()) {
    std::cerr << fmt::format("onrecord timeline: no actor called '{}' in the record (see `onrecord actors list`)\n",
                             actor_);
    return exit_failure;
  }
  // an exact name match wins; otherwise more than one candidate is ambiguous
  const bool exact = fmt::format("{}", candidates[0].name).size() == actor_.size() &&
                     std::equal(actor_.begin(), actor_.end(), candidates[0].name.begin(),
                                [](char a, char b) { return std::tolower(a) == std::tolower(b); });
  if (candidates.size() > 1 && !exact) {
    std::cerr << fmt::format("onrecord timeline: '{}' names {} actors; use one of:\n", actor_, candidates.size());
    for (const auto& c : candidates)
      std::cerr << fmt::format("  {} ({}, {} statements)\n", c.name, c.kind, c.statements);
    return exit_failure;
  }
  timeline_filter f;
  f.actor_id = candidates[0].id;
  if (!topic_.empty()) f.topic = topic_;
  if (!from_.empty()) f.from = parse_publication_date(from_).day;
  if (!to_.empty()) f.to = parse_publication_date(to_).day;
  const auto rows = store.timeline(f);
  const output_format format = format_.empty() ? default_output_format() : *output_format_from(format_);
  write_timeline(std::cout, rows, format, terminal_width());
  return exit_ok;
}

}  // namespace onrecord
