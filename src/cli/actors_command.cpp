// `onrecord actors list|show|alias add|merge|rename|set-kind`: who is in the record, and the
// corrections users make to it. Corrections are stored so that re-ingesting keeps them.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "report/record_reports.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

actors_command::actors_command()
    : command(
          {"actors",
           "actors list | show NAME | alias add NAME ALIAS | merge KEEP OTHER | rename NAME NEW_NAME | "
           "set-kind NAME person|organisation|unknown [--format table|json|csv|md]",
           "List actors with their statement counts, show one with aliases and topics, or correct the record: add an "
           "alias, merge two actors (OTHER's statements and aliases move to KEEP), rename, set the kind."}) {}

po::options_description actors_command::options() {
  po::options_description d("actors options");
  d.add_options()("args", po::value<std::vector<std::string>>(&args_), "the action and its arguments")(
      "format,f", po::value<std::string>(&format_),
      "for list and show: table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
po::positional_options_description actors_command::positionals() {
  po::positional_options_description p;
  p.add("args", -1);
  return p;
}
void actors_command::setup(const po::variables_map&) {
  format_option(format_);
  if (args_.empty()) args_ = {"list"};
  const std::string& a = args_[0];
  auto need = [&](std::size_t n, const char* form) {
    if (args_.size() != n) throw usage_error(fmt::format("use `onrecord actors {}`", form));
  };
  if (a == "list")
    need(1, "list");
  else if (a == "show")
    need(2, "show NAME");
  else if (a == "alias") {
    if (args_.size() < 2 || args_[1] != "add") throw usage_error("use `onrecord actors alias add NAME ALIAS`");
    need(4, "alias add NAME ALIAS");
    if (args_[3].empty()) throw usage_error("the alias is empty");
  } else if (a == "merge")
    need(3, "merge KEEP OTHER");
  else if (a == "rename") {
    need(3, "rename NAME NEW_NAME");
    if (args_[2].empty()) throw usage_error("the new name is empty");
  } else if (a == "set-kind") {
    need(3, "set-kind NAME person|organisation|unknown");
    if (args_[2] != "person" && args_[2] != "organisation" && args_[2] != "unknown")
      throw usage_error(fmt::format("kind '{}' is not one of person, organisation, unknown", args_[2]));
  } else
    throw usage_error(
        fmt::format("unknown actors action '{}'; use list, show, alias add, merge, rename or set-kind", a));
}

int actors_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  const std::string& a = args_[0];
  const auto format = format_option(format_);
  if (a == "list") {
    write_actor_list(std::cout, store.list_actors(), format, terminal_width());
    return exit_ok;
  }
  const auto actor = resolve_actor_name(store, args_[a == "alias" ? 2 : 1], name());
  if (!actor) return exit_failure;
  if (a == "show") {
    write_actor_detail(std::cout, store.describe_actor(*actor), format, terminal_width());
  } else if (a == "alias") {
    store.add_alias(actor->id, args_[3]);
    std::cout << fmt::format("alias '{}' now names {}\n", args_[3], actor->name);
  } else if (a == "merge") {
    const auto other = resolve_actor_name(store, args_[2], name());
    if (!other) return exit_failure;
    if (other->id == actor->id) {
      std::cerr << fmt::format("onrecord actors: '{}' and '{}' are the same actor ({})\n", args_[1], args_[2],
                               actor->name);
      return exit_failure;
    }
    const auto [statements, aliases] = store.merge_actors(actor->id, other->id);
    std::cout << fmt::format("merged {} into {}: {} statement{} and {} alias{} moved\n", other->name, actor->name,
                             statements, statements == 1 ? "" : "s", aliases, aliases == 1 ? "" : "es");
  } else if (a == "rename") {
    store.rename_actor(actor->id, args_[2]);
    std::cout << fmt::format("renamed {} to {} (the old name stays an alias)\n", actor->name, args_[2]);
  } else if (a == "set-kind") {
    store.set_actor_kind(actor->id, args_[2]);
    std::cout << fmt::format("{} is now a{} {}\n", actor->name, args_[2] == "person" ? "" : "n", args_[2]);
  }
  return exit_ok;
}

}  // namespace onrecord
