// PgBouncer for the embedded cluster: its configuration written at every start (so a new onrecord
// never runs with an old one), started as a daemon as the server's user, stopped before the server.
#include "store/connection_pooler.h"

#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "store/child_process.h"
#include "store/store_error.h"

namespace onrecord {
namespace fs = std::filesystem;

namespace {

// PgBouncer's configuration has no quoting for its own settings (a value runs to the end of the
// line, and ';' or '#' may start a comment): a folder path is written only when it is plain.
bool plain_path(const std::string& path) {
  return std::all_of(path.begin(), path.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '+' || c == '@' || c == ',' ||
           c == '~';
  });
}

template <typename Done>
bool wait_for(const Done& done, int tenths) {
  for (int i = 0; i < tenths; ++i) {
    if (done()) return true;
    ::usleep(100000);
  }
  return done();
}

}  // namespace

connection_pooler::connection_pooler(std::string folder, std::string socket_dir, std::vector<std::string> run_as)
    : folder_(std::move(folder)), socket_dir_(std::move(socket_dir)), run_as_(std::move(run_as)) {}

std::string connection_pooler::program() {
  if (const char* env = std::getenv("ONRECORD_PGBOUNCER")) return fs::exists(env) ? env : "";
  return fs::exists("/usr/sbin/pgbouncer") ? "/usr/sbin/pgbouncer" : "";
}

std::string connection_pooler::config_file() const { return folder_ + "/pooler/pgbouncer.ini"; }
std::string connection_pooler::pid_file() const { return folder_ + "/pooler/pgbouncer.pid"; }
std::string connection_pooler::log_file() const { return folder_ + "/pooler/pgbouncer.log"; }
std::string connection_pooler::socket_file() const { return fmt::format("{}/.s.PGSQL.{}", socket_dir_, port); }

// The pid in the pid file when that process is this cluster's pooler. After a crash or a reboot the
// file and the socket stay behind, and the number may belong to another process by then: that one
// must be neither trusted as the pooler nor sent a signal. The pooler was started with this
// cluster's configuration file as its last argument, which /proc/PID/cmdline shows.
long connection_pooler::pid() const {
  std::ifstream in(pid_file());
  long p = 0;
  if (!(in >> p) || !process_alive(p)) return 0;
  std::ifstream cmdline("/proc/" + std::to_string(p) + "/cmdline", std::ios::binary);
  const std::string args((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
  return args.ends_with(config_file() + '\0') ? p : 0;
}

bool connection_pooler::running() const { return pid() != 0 && fs::exists(socket_file()); }

pooler_status connection_pooler::status() const {
  pooler_status s;
  s.installed = !program().empty();
  s.socket = socket_file();
  s.log_file = log_file();
  if (!s.installed)
    s.why_not = "pgbouncer is not installed (scripts/install-deps installs it)";
  else if (!plain_path(folder_))
    s.why_not = "the cluster folder's path holds characters PgBouncer's configuration cannot hold";
  s.usable = s.installed && s.why_not.empty();
  s.running = running();
  return s;
}

void connection_pooler::start(uid_t owner_uid, gid_t owner_gid, bool chown_files) {
  const std::string dir = folder_ + "/pooler";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw store_error(fmt::format("cannot create the pooler folder {}: {}", dir, ec.message()));
  ::chmod(dir.c_str(), 0700);
  // Session pooling: a client keeps one server connection for as long as it is connected, so
  // everything onrecord does in a session (prepared statements, transactions, advisory locks)
  // behaves as on a direct connection; DISCARD ALL clears it before the next client. Every
  // database is reached as the one user the cluster has; the socket folder is private (0700), so
  // accepting any local client is what the server's own trust authentication does already.
  std::ofstream conf(config_file(), std::ios::trunc);
  conf << "; written by onrecord at every start of the embedded cluster: edits are overwritten\n"
       << "[databases]\n"
       << "* = host=" << socket_dir_ << " port=5432 user=onrecord\n"
       << "[pgbouncer]\n"
       << "listen_addr =\n"
       << "listen_port = " << port << "\n"
       << "unix_socket_dir = " << socket_dir_ << "\n"
       << "unix_socket_mode = 0700\n"
       << "auth_type = any\n"
       << "pool_mode = session\n"
       << "default_pool_size = 20\n"
       << "max_client_conn = 200\n"
       << "server_reset_query = DISCARD ALL\n"
       // a warm server connection is the point: keep it for an hour of no use
       << "server_idle_timeout = 3600\n"
       << "server_lifetime = 86400\n"
       << "ignore_startup_parameters = extra_float_digits\n"
       << "log_connections = 0\n"
       << "log_disconnections = 0\n"
       << "log_stats = 0\n"
       << "logfile = " << log_file() << "\n"
       << "pidfile = " << pid_file() << "\n";
  conf.close();
  if (!conf) throw store_error("cannot write " + config_file());
  if (chown_files) {
    for (const std::string& f : {dir, config_file()}) (void)!::chown(f.c_str(), owner_uid, owner_gid);
    if (fs::exists(log_file())) (void)!::chown(log_file().c_str(), owner_uid, owner_gid);
  }
  // a pooler killed with kill -9 leaves its pid file and socket behind; pgbouncer refuses to start
  // over a pid file naming any live process, and replaces a stale socket itself
  if (!pid()) fs::remove(pid_file(), ec);
  std::vector<std::string> argv = run_as_;
  for (const std::string& a : {program(), std::string("-d"), std::string("-q"), config_file()}) argv.push_back(a);
  const auto r = run_child(argv);
  if (r.exit_code != 0 || !wait_for([this] { return running(); }, 50))
    throw store_error(fmt::format("the connection pooler (pgbouncer) did not start (exit {}). {}Last lines of {}:\n{}",
                                  r.exit_code, r.output, log_file(), tail_of_file(log_file(), 10)));
}

bool connection_pooler::stop() {
  const long p = pid();
  if (!p) return false;
  // SIGTERM: immediate shutdown (SIGINT would wait for clients to finish)
  if (::kill(static_cast<pid_t>(p), SIGTERM) != 0 && errno != ESRCH)
    throw store_error(fmt::format("cannot stop the connection pooler (pid {}): {}", p, std::strerror(errno)));
  if (!wait_for([p] { return !process_alive(p); }, 50))
    throw store_error(fmt::format("the connection pooler (pid {}) did not stop within 5 s", p));
  return true;
}

}  // namespace onrecord
