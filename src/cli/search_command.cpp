// `onrecord search "TEXT"`: full-text search over what was said, best match first, with snippets.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "report/record_reports.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

search_command::search_command()
    : command({"search",
               "search TEXT [--actor NAME] [--topic SLUG] [--from DATE] [--to DATE] [--limit N] "
               "[--format table|json|csv|md]",
               "Search statements by their words (web search syntax: \"a phrase\", or, -word), best match first, "
               "with the matched words marked « »."}) {}

po::options_description search_command::options() {
  po::options_description d("search options");
  d.add_options()("text", po::value<std::vector<std::string>>(&words_), "what to look for (web search syntax)")(
      "actor,a", po::value<std::string>(&actor_), "only this actor's statements")(
      "topic,t", po::value<std::string>(&topic_), "only statements tagged with this topic slug")(
      "from", po::value<std::string>(&from_), "first day, YYYY-MM-DD")("to", po::value<std::string>(&to_),
                                                                       "last day, YYYY-MM-DD")(
      "limit", po::value<long long>(&limit_)->default_value(20), "at most N matches")(
      "format,f", po::value<std::string>(&format_), "table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
po::positional_options_description search_command::positionals() {
  po::positional_options_description p;
  p.add("text", -1);
  return p;
}
void search_command::setup(const po::variables_map&) {
  if (words_.empty()) throw usage_error("search needs the TEXT to look for");
  format_option(format_);
  day_option(from_, "from");
  day_option(to_, "to");
  if (limit_ <= 0) throw usage_error("--limit must be 1 or more");
}

int search_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  search_filter f;
  for (const auto& w : words_) f.query += (f.query.empty() ? "" : " ") + w;
  if (!actor_.empty()) {
    const auto actor = resolve_actor_name(store, actor_, name());
    if (!actor) return exit_failure;
    f.actor_id = actor->id;
  }
  if (!topic_.empty()) f.topic = topic_;
  f.from = day_option(from_, "from");
  f.to = day_option(to_, "to");
  f.limit = limit_;
  write_search(std::cout, store.search(f), format_option(format_), terminal_width());
  return exit_ok;
}

}  // namespace onrecord
