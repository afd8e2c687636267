// Parses the command line once, dispatches to a command, and turns every failure into a message
// and an exit code (no stack traces reach the user).
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "store/store_error.h"

namespace onrecord {
namespace po = boost::program_options;

namespace {

po::options_description global_description(global_options& g) {
  po::options_description d("global options");
  d.add_options()("help,h", "show this help")(
      "db", po::value<std::string>(),
      "PostgreSQL URL (postgresql://…); default: ONRECORD_DB, then DATABASE_URL, then the embedded cluster")(
      "data-dir", po::value<std::string>(),
      "folder of the embedded cluster (default ${XDG_DATA_HOME:-$HOME/.local/share}/onrecord/pg; "
      "as root without XDG_DATA_HOME: /var/lib/onrecord/pg)")(
      "lexicons", po::value<std::vector<std::string>>(&g.lexicon_dirs),
      "folder whose lexicon files extend the built-in ones (repeatable; also ONRECORD_LEXICONS)")(
      "quiet,q", po::bool_switch(&g.quiet), "no progress or summary on stderr")(
      "max-article-mb", po::value<std::size_t>()->default_value(default_max_article_bytes >> 20),
      "ingest and extract refuse an article (a file, or a JSON line) larger than this, without reading it "
      "into memory; 0: no limit");
  return d;
}

void print_overview(std::ostream& out, const std::vector<std::unique_ptr<command>>& commands) {
  out << "usage: onrecord <command> [options]\n\n"
         "Turns news coverage into a searchable record of who said what, when, on which topic,\n"
         "and with which stance.\n\ncommands:\n";
  for (const auto& c : commands) out << fmt::format("  {:<10} {}\n", c->name(), c->purpose());
  out << "\n`onrecord <command> --help` describes a command and its options.\n"
         "\nexit codes:\n"
         "  0    success\n"
         "  1    failure: an input could not be read or loaded, the database is unreachable,\n"
         "       or nothing matched what was asked for\n"
         "  2    bad usage (unknown command or option, missing argument)\n"
         "  130  interrupted (Ctrl-C); work committed before it is kept\n";
}

}  // namespace

int run_cli(int argc, char** argv) {
  auto commands = make_commands();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    if (args.size() >= 2 && args[0] == "help")
      args = {args[1], "--help"};
    else {
      print_overview(args.empty() ? std::cerr : std::cout, commands);
      return args.empty() ? exit_usage : exit_ok;
    }
  }
  if (args[0] == "--version") {
    std::cout << "onrecord " << ONRECORD_VERSION << '\n';
    return exit_ok;
  }
  // global options may also stand before the command name
  std::vector<std::string> leading;
  std::size_t i = 0;
  while (i < args.size() && args[i].starts_with("-")) {
    leading.push_back(args[i]);
    const bool takes_value =
        (args[i] == "--db" || args[i] == "--data-dir" || args[i] == "--lexicons" || args[i] == "--max-article-mb");
    if (takes_value && i + 1 < args.size()) leading.push_back(args[++i]);
    ++i;
  }
  if (i >= args.size()) {
    std::cerr << "onrecord: no command given; see `onrecord --help`\n";
    return exit_usage;
  }
  const std::string name = args[i];
  command* cmd = nullptr;
  for (auto& c : commands)
    if (c->name() == name) cmd = c.get();
  if (!cmd) {
    std::cerr << fmt::format("onrecord: unknown command '{}'; see `onrecord --help`\n", name);
    return exit_usage;
  }
  std::vector<std::string> rest(leading);
  rest.insert(rest.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());

  global_options globals;
  po::options_description all = global_description(globals);
  po::options_description own = cmd->options();
  all.add(own);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(rest).options(all).positional(cmd->positionals()).run(), vm);
    if (vm.count("help")) {
      std::cout << "usage: onrecord " << cmd->synopsis() << "\n\n"
                << cmd->purpose() << "\n\n"
                << own << '\n'
                << global_description(globals) << '\n';
      return exit_ok;
    }
    po::notify(vm);
    if (vm.count("db")) globals.db_url = vm["db"].as<std::string>();
    if (vm.count("data-dir")) globals.data_dir = vm["data-dir"].as<std::string>();
    const auto max_mb = vm["max-article-mb"].as<std::size_t>();
    if (max_mb > (std::size_t{1} << 20)) throw usage_error("--max-article-mb takes at most 1048576 (a terabyte)");
    globals.max_article_bytes = max_mb << 20;
    for (auto& d : lexicon_folders_from_environment()) globals.lexicon_dirs.push_back(d);
    cmd->setup(vm);
  } catch (const po::error& e) {
    std::cerr << fmt::format("onrecord {}: {}; see `onrecord {} --help`\n", name, e.what(), name);
    return exit_usage;
  } catch (const usage_error& e) {
    std::cerr << fmt::format("onrecord {}: {}; see `onrecord {} --help`\n", name, e.what(), name);
    return exit_usage;
  }
  try {
    return cmd->run(globals);
  } catch (const usage_error& e) {
    std::cerr << fmt::format("onrecord {}: {}; see `onrecord {} --help`\n", name, e.what(), name);
    return exit_usage;
  } catch (const store_error& e) {
    std::cerr << fmt::format("onrecord {}: {}\n", name, e.what());
    return exit_failure;
  } catch (const std::exception& e) {
    std::cerr << fmt::format("onrecord {}: {}\n", name, e.what());
    return exit_failure;
  }
}

}  // namespace onrecord
