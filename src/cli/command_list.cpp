// The table of subcommands, in the order `onrecord --help` lists them.
#include "cli/commands.h"

namespace onrecord {

std::vector<std::unique_ptr<command>> make_commands() {
  std::vector<std::unique_ptr<command>> out;
  out.push_back(std::make_unique<ingest_command>());
  out.push_back(std::make_unique<extract_command>());
  out.push_back(std::make_unique<timeline_command>());
  out.push_back(std::make_unique<migrate_command>());
  out.push_back(std::make_unique<db_command>());
  return out;
}

}  // namespace onrecord
