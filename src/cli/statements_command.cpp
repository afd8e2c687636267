// `onrecord statements show ID | reassign ID --actor NAME`: one statement, and re-attributing it
// to the right speaker. A re-attribution is remembered by the statement's words, so re-ingesting
// the article (or another report of the same quote) keeps it.
#include <fmt/format.h>

#include <charconv>
#include <iostream>

#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "report/timeline_report.h"
#include "store/record_store.h"

namespace onrecord {
namespace po = boost::program_options;

statements_command::statements_command()
    : command({"statements", "statements show ID [--format table|json|csv|md] | statements reassign ID --actor NAME",
               "Show one statement, or re-attribute it to another actor (the correction survives re-ingesting)."}) {}

po::options_description statements_command::options() {
  po::options_description d("statements options");
  d.add_options()("args", po::value<std::vector<std::string>>(&args_), "show ID, or reassign ID")(
      "actor,a", po::value<std::string>(&actor_), "for reassign: the actor who said it (name or alias)")(
      "format,f", po::value<std::string>(&format_), "for show: table (default on a terminal), json, csv, md");
  return d;
}
po::positional_options_description statements_command::positionals() {
  po::positional_options_description p;
  p.add("args", -1);
  return p;
}
void statements_command::setup(const po::variables_map&) {
  format_option(format_);
  if (args_.size() != 2 || (args_[0] != "show" && args_[0] != "reassign"))
    throw usage_error("use `onrecord statements show ID` or `onrecord statements reassign ID --actor NAME`");
  const auto& s = args_[1];
  const auto r = std::from_chars(s.data(), s.data() + s.size(), id_);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size() || id_ <= 0)
    throw usage_error(fmt::format("'{}' is not a statement id (a number, as timeline --format json shows it)", s));
  if (args_[0] == "reassign" && actor_.empty()) throw usage_error("reassign needs --actor NAME");
}

int statements_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  const auto before = store.statement_by_id(id_);
  if (!before) {
    std::cerr << fmt::format("onrecord statements: there is no statement {}\n", id_);
    return exit_failure;
  }
  if (args_[0] == "show") {
    write_timeline(std::cout, {*before}, format_option(format_), terminal_width());
    return exit_ok;
  }
  const auto actor = resolve_actor_name(store, actor_, name());
  if (!actor) return exit_failure;
  store.reassign_statement(id_, actor->id);
  std::cout << fmt::format("statement {} is now attributed to {} (was {})\n", id_, actor->name,
                           before->speaker.empty() ? "nobody" : before->speaker);
  return exit_ok;
}

}  // namespace onrecord
