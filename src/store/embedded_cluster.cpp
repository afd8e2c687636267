// The embedded cluster. PostgreSQL refuses to run as root, so a root-run onrecord runs initdb and
// pg_ctl through `runuser -u postgres`, and the cluster must live where that user can reach it.
#include "store/embedded_cluster.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <sstream>

#include "store/child_process.h"
#include "store/store_error.h"

namespace onrecord {
namespace fs = std::filesystem;

namespace {

constexpr const char* server_os_user = "postgres";
constexpr const char* database_user = "onrecord";

std::string quote_conninfo(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// Holds an exclusive flock on FOLDER/.lock while alive: two onrecord processes never initdb or start together.
class folder_lock {
 public:
  explicit folder_lock(const std::string& folder) {
    const std::string path = folder + "/.lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw store_error(fmt::format("cannot create lock file {}: {}", path, std::strerror(errno)));
    while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
    }
  }
  ~folder_lock() {
    if (fd_ >= 0) ::close(fd_);
  }
  folder_lock(const folder_lock&) = delete;
  folder_lock& operator=(const folder_lock&) = delete;

 private:
  int fd_ = -1;
};

struct os_user {
  uid_t uid;
  gid_t gid;
};

os_user lookup_server_user() {
  const passwd* pw = ::getpwnam(server_os_user);
  if (!pw)
    throw store_error(
        "onrecord runs as root, so the embedded PostgreSQL must run as the 'postgres' system user, "
        "and there is none: install PostgreSQL (scripts/install-deps) or pass --db");
  return {pw->pw_uid, pw->pw_gid};
}

// Every folder above `path` must let the server user pass, or PostgreSQL cannot open its files.
void check_reachable_by(const fs::path& path, const os_user& user) {
  for (fs::path p = path.parent_path(); !p.empty(); p = p.parent_path()) {
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0) {
      const bool ok = st.st_uid == user.uid   ? (st.st_mode & S_IXUSR)
                      : st.st_gid == user.gid ? (st.st_mode & S_IXGRP)
                                              : (st.st_mode & S_IXOTH);
      if (!ok)
        throw store_error(
            fmt::format("the embedded cluster folder {} is inside {}, which the 'postgres' system user cannot enter "
                        "(mode {:o}); PostgreSQL runs as that user when onrecord runs as root. Choose a --data-dir "
                        "outside it (the default for root is /var/lib/onrecord/pg)",
                        path.string(), p.string(), st.st_mode & 07777));
    }
    if (p == p.root_path()) break;
  }
}

}  // namespace

std::string postgres_bin_dir() {
  if (const char* env = std::getenv("ONRECORD_PG_BIN")) return env;
  std::vector<int> versions;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    const std::string name = e.path().filename().string();
    if (!name.empty() && std::all_of(name.begin(), name.end(), ::isdigit) && fs::exists(e.path() / "bin/initdb"))
      versions.push_back(std::stoi(name));
  }
  if (versions.empty())
    throw store_error(
        "PostgreSQL's server programs were not found under /usr/lib/postgresql (set ONRECORD_PG_BIN, "
        "run scripts/install-deps, or pass --db to use a server of your own)");
  return fmt::format("/usr/lib/postgresql/{}/bin", *std::max_element(versions.begin(), versions.end()));
}

namespace {

std::string normal_folder(const std::string& folder) {
  std::string f = fs::absolute(fs::path(folder)).lexically_normal().string();
  while (f.size() > 1 && f.back() == '/') f.pop_back();
  return f;
}

std::vector<std::string> run_as_server_user(bool as_root) {
  if (!as_root) return {};
  return {"runuser", "-u", server_os_user, "--"};
}

}  // namespace

embedded_cluster::embedded_cluster(std::string folder)
    : folder_(normal_folder(folder)),
      as_root_(::geteuid() == 0),
      pooler_(folder_, folder_ + "/socket", run_as_server_user(as_root_)) {}

std::string embedded_cluster::default_folder() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/onrecord/pg";
  if (::geteuid() == 0) return "/var/lib/onrecord/pg";
  const char* home = std::getenv("HOME");
  if (!home || !*home) {
    const passwd* pw = ::getpwuid(::geteuid());
    if (!pw) throw store_error("cannot tell the home folder: set HOME or pass --data-dir");
    home = pw->pw_dir;
  }
  return std::string(home) + "/.local/share/onrecord/pg";
}

std::string embedded_cluster::pgdata() const { return folder_ + "/data"; }
std::string embedded_cluster::socket_dir() const { return folder_ + "/socket"; }
std::string embedded_cluster::log_file() const { return folder_ + "/server.log"; }

std::vector<std::string> embedded_cluster::as_server_user(std::vector<std::string> argv) const {
  std::vector<std::string> out = run_as_server_user(as_root_);
  out.insert(out.end(), argv.begin(), argv.end());
  return out;
}

namespace {

long postmaster_pid(const std::string& pgdata) {
  std::ifstream in(pgdata + "/postmaster.pid");
  long pid = 0;
  if (!(in >> pid) || pid <= 0) return 0;
  return pid;
}

}  // namespace

bool embedded_cluster::server_running() const {
  // postmaster.pid's first line is the server's pid; no process spawn, so this check is cheap. A
  // killed server leaves postmaster.pid and the socket file behind: the pid must be a live process.
  const long pid = postmaster_pid(pgdata());
  if (!pid || !process_alive(pid)) return false;
  return fs::exists(socket_dir() + "/.s.PGSQL.5432");
}

cluster_status embedded_cluster::status() const {
  cluster_status s;
  s.folder = folder_;
  s.initialised = fs::exists(pgdata() + "/PG_VERSION");
  s.running = s.initialised && server_running();
  s.socket_dir = socket_dir();
  s.log_file = log_file();
  s.server_user = as_root_ ? server_os_user : (::getpwuid(::geteuid()) ? ::getpwuid(::geteuid())->pw_name : "");
  s.pooler = pooler_.status();
  return s;
}

bool embedded_cluster::pooler_settled() const {
  const pooler_status p = pooler_.status();
  return !p.usable || p.running;
}

void embedded_cluster::start_pooler() {
  if (pooler_settled()) return;
  uid_t uid = ::geteuid();
  gid_t gid = ::getegid();
  if (as_root_) {
    const os_user pg = lookup_server_user();
    uid = pg.uid;
    gid = pg.gid;
  }
  try {
    pooler_.start(uid, gid, as_root_);
  } catch (const store_error& e) {
    pooler_problem_ = e.what();
  }
}

std::uint64_t embedded_shared_buffers_mb(std::uint64_t memory_bytes) {
  constexpr std::uint64_t mb = 1024 * 1024;
  return std::clamp<std::uint64_t>(memory_bytes / 8 / mb, 128, 2048);
}

std::uint64_t usable_memory_bytes() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), page_size = ::sysconf(_SC_PAGE_SIZE);
  std::uint64_t memory = pages > 0 && page_size > 0 ? static_cast<std::uint64_t>(pages) * page_size : 0;
  // a container's limit: "max" (v2) or a huge number (v1) when there is none
  for (const char* limit_file : {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
    std::uint64_t limit = 0;
    if (std::ifstream in(limit_file); in >> limit && limit > 0 && (memory == 0 || limit < memory)) memory = limit;
  }
  return memory;
}

void embedded_cluster::initdb() {
  const auto r = run_child(as_server_user({bin_dir_ + "/initdb", "-D", pgdata(), "-U", database_user, "-A", "trust",
                                           "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"}));
  if (r.exit_code != 0)
    throw store_error(fmt::format("initdb failed for {} (exit {}):\n{}", pgdata(), r.exit_code, r.output));
  // only a Unix socket in a 0700 folder: no TCP port, no other OS user
  std::ofstream conf(pgdata() + "/postgresql.conf", std::ios::app);
  conf << "\n# onrecord embedded cluster\n"
       << "listen_addresses = ''\n"
       << "unix_socket_directories = '" << socket_dir() << "'\n"
       << "unix_socket_permissions = 0700\n"
       << "shared_buffers = " << embedded_shared_buffers_mb(usable_memory_bytes()) << "MB\n"
       << "max_wal_size = 1GB\n"
       << "logging_collector = off\n";
  if (!conf) throw store_error("cannot write " + pgdata() + "/postgresql.conf");
}

void embedded_cluster::start() {
  // After a crash (kill -9) the old server's pid must be gone, or PostgreSQL refuses to start
  // ("lock file already exists"), and its children must have let go of the shared memory ("still in
  // use"): both happen within moments, so wait for the pid and retry a refused start a few times.
  if (const long old = postmaster_pid(pgdata()))
    for (int i = 0; i < 150 && (::kill(static_cast<pid_t>(old), 0) == 0 || errno == EPERM); ++i) ::usleep(100000);
  child_result r;
  for (int attempt = 0; attempt < 4; ++attempt) {
    if (attempt) ::sleep(2);
    // No parallel workers: on two cores a worker is a new process whose first pages cost more than it
    // saves, and the planner picks one for an actor's statements once the statistics say so
    // (`positions` for a 1,000-statement actor: 24 ms without, 55 ms with; BENCHMARKS.md, session 10).
    // On the command line, so that clusters made by earlier builds get it too.
    r = run_child(as_server_user({bin_dir_ + "/pg_ctl", "-D", pgdata(), "-l", log_file(), "-o",
                                  "-c max_parallel_workers_per_gather=0", "-w", "-t", "60", "-s", "start"}));
    if (r.exit_code == 0 && server_running()) break;
  }
  if (r.exit_code != 0 || !server_running())
    throw store_error(fmt::format("the embedded PostgreSQL in {} did not start (exit {}). {}Last lines of {}:\n{}",
                                  folder_, r.exit_code, r.output, log_file(), tail_of_file(log_file(), 15)));
}

void embedded_cluster::ensure_running() {
  if (fs::exists(pgdata() + "/PG_VERSION") && server_running() && pooler_settled()) return;
  bin_dir_ = postgres_bin_dir();
  std::error_code ec;
  fs::create_directories(folder_, ec);
  if (ec) throw store_error(fmt::format("cannot create the cluster folder {}: {}", folder_, ec.message()));
  ::chmod(folder_.c_str(), 0700);
  if (as_root_) {
    const os_user pg = lookup_server_user();
    check_reachable_by(folder_, pg);
    if (::chown(folder_.c_str(), pg.uid, pg.gid) != 0)
      throw store_error(fmt::format("cannot hand {} to the postgres user: {}", folder_, std::strerror(errno)));
  }
  folder_lock lock(folder_);
  if (as_root_) {
    const os_user pg = lookup_server_user();
    (void)!::chown((folder_ + "/.lock").c_str(), pg.uid, pg.gid);
  }
  if (!fs::exists(pgdata() + "/PG_VERSION")) initdb();
  if (!fs::exists(socket_dir())) {
    fs::create_directories(socket_dir(), ec);
    ::chmod(socket_dir().c_str(), 0700);
    if (as_root_) {
      const os_user pg = lookup_server_user();
      (void)!::chown(socket_dir().c_str(), pg.uid, pg.gid);
    }
  }
  if (!server_running()) start();
  // the onrecord database (a fixed identifier, never user text)
  try {
    pqxx::connection c(connection_string("postgres"));
    pqxx::nontransaction w(c);
    if (w.exec("SELECT 1 FROM pg_database WHERE datname = 'onrecord'").empty()) w.exec("CREATE DATABASE onrecord");
  } catch (const pqxx::failure& e) {
    throw store_error(
        fmt::format("the embedded PostgreSQL in {} started but refused a connection: {}", folder_, e.what()));
  }
  start_pooler();
}

bool embedded_cluster::stop() {
  pooler_.stop();
  if (!status().running) return false;
  bin_dir_ = postgres_bin_dir();
  const auto r = run_child(as_server_user({bin_dir_ + "/pg_ctl", "-D", pgdata(), "-m", "fast", "-w", "-s", "stop"}));
  if (r.exit_code != 0) throw store_error(fmt::format("pg_ctl stop failed for {}:\n{}", pgdata(), r.output));
  return true;
}

std::string embedded_cluster::connection_string(const std::string& database) const {
  return socket_connection_string(database, "");
}

std::string embedded_cluster::client_connection_string(const std::string& database) const {
  return pooler_.running() ? socket_connection_string(database, fmt::format(" port={}", connection_pooler::port))
                           : connection_string(database);
}

// The cluster's socket folder; `port` (" port=N" or "") picks the pooler's socket in it over the server's.
std::string embedded_cluster::socket_connection_string(const std::string& database, const std::string& port) const {
  return fmt::format("host={}{} dbname={} user={} application_name=onrecord", quote_conninfo(socket_dir()), port,
                     quote_conninfo(database), database_user);
}

}  // namespace onrecord
