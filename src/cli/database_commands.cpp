// `onrecord db status|start|stop` and `onrecord migrate`.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "store/record_store.h"
#include "store/store_error.h"

namespace onrecord {
namespace po = boost::program_options;

db_command::db_command()
    : command({"db", "db status|start|stop [options]",
               "Show, start or stop the embedded PostgreSQL cluster (a private server on a Unix socket)."}) {}

po::options_description db_command::options() {
  po::options_description d("db options");
  d.add_options()("action", po::value<std::string>(&action_), "status, start or stop");
  return d;
}
po::positional_options_description db_command::positionals() {
  po::positional_options_description p;
  p.add("action", 1);
  return p;
}
void db_command::setup(const po::variables_map&) {
  if (action_.empty()) action_ = "status";
  if (action_ != "status" && action_ != "start" && action_ != "stop")
    throw usage_error(fmt::format("unknown db action '{}'; use status, start or stop", action_));
}

int db_command::run(const global_options& globals) {
  const database_target target = locate_database(globals.db_url, globals.data_dir);
  if (!target.cluster) {
    if (action_ != "status") {
      std::cerr << fmt::format(
          "onrecord db {}: the database is {} (from --db, ONRECORD_DB or DATABASE_URL); "
          "onrecord starts and stops only its embedded cluster\n",
          action_, target.display);
      return exit_failure;
    }
    record_store store(target);  // connecting is the status check
    std::cout << fmt::format("database: {}\nreachable: yes\n", target.display);
    return exit_ok;
  }
  embedded_cluster cluster = *target.cluster;
  if (action_ == "start") {
    cluster.ensure_running();
    std::cout << fmt::format("running: embedded cluster in {}\n", cluster.folder());
    if (!cluster.pooler_problem().empty())
      std::cerr << "onrecord db start: " << cluster.pooler_problem() << "\nonrecord db start: commands will connect to "
                << "PostgreSQL directly\n";
    return exit_ok;
  }
  if (action_ == "stop") {
    const bool was = cluster.stop();
    std::cout << (was ? fmt::format("stopped: embedded cluster in {}\n", cluster.folder())
                      : fmt::format("not running: embedded cluster in {}\n", cluster.folder()));
    return exit_ok;
  }
  const cluster_status s = cluster.status();
  std::cout << fmt::format("folder: {}\ninitialised: {}\nrunning: {}\nsocket: {}\nserver user: {}\nlog: {}\n", s.folder,
                           s.initialised ? "yes" : "no", s.running ? "yes" : "no", s.socket_dir, s.server_user,
                           s.log_file);
  const pooler_status& p = s.pooler;
  std::cout << fmt::format("pooler: {}\n", p.running  ? fmt::format("running ({}; log {})", p.socket, p.log_file)
                                           : p.usable ? std::string("not running (the next command starts it)")
                                                      : "not used: " + p.why_not);
  return exit_ok;
}

migrate_command::migrate_command()
    : command({"migrate", "migrate [options]",
               "Apply pending schema migrations (every command that needs the schema does this first)."}) {}

po::options_description migrate_command::options() { return po::options_description("migrate options"); }
void migrate_command::setup(const po::variables_map&) {}
int migrate_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  std::size_t applied = 0;
  for (const auto& m : store.migrate()) {
    if (m.applied_now) {
      ++applied;
      std::cout << "applied " << m.name << '\n';
    }
  }
  std::cout << fmt::format("schema up to date ({} migration{} applied now) in {}\n", applied, applied == 1 ? "" : "s",
                           store.display());
  return exit_ok;
}

}  // namespace onrecord
