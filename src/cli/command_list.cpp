// The table of subcommands, in the order `onrecord --help` lists them.
#include "cli/commands.h"

namespace onrecord {

std::vector<std::unique_ptr<command>> make_commands() {
  std::vector<std::unique_ptr<command>> out;
  out.push_back(std::make_unique<ingest_command>());
  out.push_back(std::make_unique<extract_command>());
  out.push_back(std::make_unique<timeline_command>());
  out.push_back(std::make_unique<positions_command>());
  out.push_back(std::make_unique<search_command>());
  out.push_back(std::make_unique<report_command>());
  out.push_back(std::make_unique<actors_command>());
  out.push_back(std::make_unique<statements_command>());
  out.push_back(std::make_unique<topics_command>());
  out.push_back(std::make_unique<stats_command>());
  out.push_back(std::make_unique<migrate_command>());
  out.push_back(std::make_unique<db_command>());
  return out;
}

}  // namespace onrecord
