// `onrecord timeline --actor NAME`: what an actor said, in date order, with every source.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "report/timeline_report.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

timeline_command::timeline_command()
    : command({"timeline",
               "timeline --actor NAME [--topic SLUG] [--from DATE] [--to DATE] [--kind K,…] [--stance S,…] "
               "[--outlet O,…] [--limit N] [--format table|json|csv|md]",
               "List what an actor said, in date order, with kind, topics and stances, and every article that reports "
               "it."}) {}

po::options_description timeline_command::options() {
  po::options_description d("timeline options");
  d.add_options()("actor,a", po::value<std::string>(&actor_)->required(),
                  "actor name or alias (case-insensitive); an ambiguous name lists the candidates")(
      "topic,t", po::value<std::string>(&topic_), "only statements tagged with this topic slug")(
      "from", po::value<std::string>(&from_), "first day, YYYY-MM-DD")(
      "to", po::value<std::string>(&to_), "last day, YYYY-MM-DD")("kind", po::value<std::vector<std::string>>(&kinds_),
                                                                  "only these kinds: direct, indirect, mixed, question "
                                                                  "(comma list or repeated)")(
      "stance", po::value<std::vector<std::string>>(&stances_),
      "only statements with this stance (on --topic, else on any topic): support, oppose, neutral")(
      "outlet", po::value<std::vector<std::string>>(&outlets_),
      "only statements reported by one of these outlets (case-insensitive; comma list or repeated)")(
      "limit", po::value<long long>(&limit_), "at most N statements (the earliest)")(
      "format,f", po::value<std::string>(&format_), "table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
void timeline_command::setup(const po::variables_map&) {
  format_option(format_);
  day_option(from_, "from");
  day_option(to_, "to");
  kinds_ = split_list(kinds_);
  require_each_of(kinds_, {"direct", "indirect", "mixed", "question"}, "kind");
  stances_ = split_list(stances_);
  require_each_of(stances_, {"support", "oppose", "neutral"}, "stance");
  outlets_ = split_list(outlets_);
  if (limit_ < 0) throw usage_error("--limit must be 0 (no limit) or more");
}

int timeline_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  timeline_filter f;
  if (!topic_.empty()) f.topic = topic_;
  f.from = day_option(from_, "from");
  f.to = day_option(to_, "to");
  f.kinds = kinds_;
  f.stances = stances_;
  f.outlets = outlets_;
  if (limit_ > 0) f.limit = limit_;
  // the name is resolved in the timeline's own statement: one round trip
  auto timeline = store.timeline_of(actor_, f);
  if (!timeline.actor) {
    // unknown or ambiguous: find_actors says which (or finds the actor the record has gained meanwhile)
    const auto actor = resolve_actor_name(store, actor_, name());
    if (!actor) return exit_failure;
    f.actor_id = actor->id;
    timeline.statements = store.timeline(f);
  }
  write_timeline(std::cout, timeline.statements, format_option(format_), terminal_width());
  return exit_ok;
}

}  // namespace onrecord
