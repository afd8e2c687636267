// `onrecord topics list|show SLUG|import FILE|export`: the topics in the database. A topic file
// (the format of lexicons/topics.txt, see src/classify/topic_lexicon.h) is checked before anything
// is stored; export writes the stored definitions back in the same format.
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "classify/topic_lexicon.h"
#include "cli/commands.h"
#include "cli/query_arguments.h"
#include "report/record_reports.h"
#include "store/record_store.h"
#include "store/store_error.h"

namespace onrecord {
namespace po = boost::program_options;

namespace {
std::string read_whole_file(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) throw store_error(fmt::format("cannot read topic file {}: {}", path, std::strerror(errno)));
  std::string text;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  const bool failed = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (failed) throw store_error(fmt::format("cannot read topic file {}", path));
  return text;
}
}  // namespace

topics_command::topics_command()
    : command({"topics", "topics list | show SLUG | import FILE | export [--format table|json|csv|md]",
               "List the topics with statement and stance counts, show one, import a topic file into the database, or "
               "export the stored topics as a topic file."}) {}

po::options_description topics_command::options() {
  po::options_description d("topics options");
  d.add_options()("args", po::value<std::vector<std::string>>(&args_), "the action and its argument")(
      "format,f", po::value<std::string>(&format_),
      "for list and show: table (default on a terminal), json (default otherwise), csv, md");
  return d;
}
po::positional_options_description topics_command::positionals() {
  po::positional_options_description p;
  p.add("args", -1);
  return p;
}
void topics_command::setup(const po::variables_map&) {
  format_option(format_);
  if (args_.empty()) args_ = {"list"};
  const auto& a = args_[0];
  if ((a == "list" || a == "export") && args_.size() == 1) return;
  if (a == "show" && args_.size() == 2) return;
  if (a == "import" && args_.size() == 2) return;
  throw usage_error("use `onrecord topics list`, `topics show SLUG`, `topics import FILE` or `topics export`");
}

int topics_command::run(const global_options& globals) {
  const auto& a = args_[0];
  std::vector<topic_row> rows;
  if (a == "import") {
    // parse before connecting: a malformed file changes nothing
    const auto defs = parse_topic_file(read_whole_file(args_[1]), args_[1]);
    for (const auto& d : defs)
      rows.push_back(
          {d.slug, d.name.empty() ? d.slug : d.name, d.description, d.support_means, format_topic_file({d}), 0, 0, {}});
  }
  record_store store(locate_database(globals.db_url, globals.data_dir));
  const auto format = format_option(format_);
  if (a == "import") {
    const auto added = store.import_topics(rows);
    std::cout << fmt::format("imported {} topic{} from {} ({} new, {} updated)\n", rows.size(),
                             rows.size() == 1 ? "" : "s", args_[1], added, rows.size() - added);
    return exit_ok;
  }
  if (a == "list") {
    write_topic_list(std::cout, store.list_topics(), format, terminal_width());
    return exit_ok;
  }
  if (a == "show") {
    const auto t = store.list_topics(args_[1]);
    if (t.empty()) {
      std::cerr << fmt::format("onrecord topics: no topic '{}' in the database (see `onrecord topics list`)\n",
                               args_[1]);
      return exit_failure;
    }
    write_topic_detail(std::cout, t[0], format, terminal_width());
    return exit_ok;
  }
  // export: stored definitions as one topic file; a topic only seen in statements gets a stub block
  std::cout << "# Topics exported by onrecord; `onrecord topics import FILE` reads this back.\n";
  for (const auto& t : store.list_topics()) {
    std::cout << '\n';
    if (!t.definition.empty())
      std::cout << t.definition;
    else
      std::cout << fmt::format("topic {}\nname {}\n", t.slug, t.name);
  }
  return exit_ok;
}

}  // namespace onrecord
