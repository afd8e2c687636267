// `onrecord positions --actor NAME | --topic SLUG`: where an actor stands on each topic (or every
// actor on one topic), since when, and every change graded No Flip / Half Flip / Full Flop.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "query/position_analysis.h"
#include "report/position_report.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

positions_command::positions_command()
    : command(
          {"positions",
           "positions (--actor NAME [--topic SLUG] | --topic SLUG) [--from DATE] [--to DATE] "
           "[--format table|json|csv|md]",
           "Show the current stance per topic, since when, counts, and each change (No Flip / Half Flip / Full Flop) "
           "with both quotes; --topic alone lists every actor."}) {}

po::options_description positions_command::options() {
  po::options_description d("positions options");
  d.add_options()("actor,a", po::value<std::string>(&actor_), "actor name or alias (case-insensitive)")(
      "topic,t", po::value<std::string>(&topic_), "one topic slug; without --actor: every actor's position on it")(
      "from", po::value<std::string>(&from_), "only statements from this day, YYYY-MM-DD")(
      "to", po::value<std::string>(&to_), "only statements up to this day, YYYY-MM-DD")(
      "format,f", po::value<std::string>(&format_), "table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
void positions_command::setup(const po::variables_map&) {
  if (actor_.empty() && topic_.empty()) throw usage_error("positions needs --actor NAME or --topic SLUG (or both)");
  format_option(format_);
  day_option(from_, "from");
  day_option(to_, "to");
}

int positions_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  std::optional<std::int64_t> actor_id;
  if (!actor_.empty()) {
    const auto actor = resolve_actor_name(store, actor_, name());
    if (!actor) return exit_failure;
    actor_id = actor->id;
  }
  const auto topic = topic_.empty() ? std::nullopt : std::optional<std::string>(topic_);
  const auto positions =
      analyse_positions(store.topic_statements(actor_id, topic, day_option(from_, "from"), day_option(to_, "to")));
  if (positions.empty())
    std::cerr << fmt::format("onrecord positions: no statement{}{} is tagged with {}\n", actor_.empty() ? "" : " by ",
                             actor_, topic_.empty() ? "a topic" : "topic " + topic_);
  write_positions(std::cout, positions, format_option(format_), terminal_width());
  return exit_ok;
}

}  // namespace onrecord
