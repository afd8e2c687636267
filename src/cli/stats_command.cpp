// `onrecord stats`: what the record holds.
#include <iostream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "report/record_reports.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

stats_command::stats_command()
    : command({"stats", "stats [--format table|json|csv|md]",
               "Count articles, statements, sources, actors and topics, the dates covered, and statements without a "
               "speaker or a date."}) {}

po::options_description stats_command::options() {
  po::options_description d("stats options");
  d.add_options()("format,f", po::value<std::string>(&format_),
                  "table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
void stats_command::setup(const po::variables_map&) { format_option(format_); }

int stats_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  write_stats(std::cout, store.stats(), format_option(format_), terminal_width());
  return exit_ok;
}

}  // namespace onrecord
