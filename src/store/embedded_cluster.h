// The private PostgreSQL cluster onrecord starts on its own: initdb on first use, a Unix socket in
// a 0700 folder (no TCP port), run as the `postgres` system user when onrecord runs as root.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection_pooler.h"

namespace onrecord {

struct cluster_status {
  std::string folder;
  bool initialised = false;
  bool running = false;
  std::string socket_dir;
  std::string log_file;
  std::string server_user;  // OS user the server runs as
  pooler_status pooler;
};

class embedded_cluster {
 public:
  // folder: --data-dir, or the default (see default_folder()).
  explicit embedded_cluster(std::string folder);

  // ${XDG_DATA_HOME:-$HOME/.local/share}/onrecord/pg; as root without XDG_DATA_HOME,
  // /var/lib/onrecord/pg, because root's home (0700) is closed to the postgres user.
  static std::string default_folder();

  cluster_status status() const;
  // initdb if needed, start if not running, create the `onrecord` database, start the connection
  // pooler (connection_pooler.h) when it is installed; idempotent and safe when two processes do
  // it at once (a lock file serialises them). A pooler that fails to start is not an error: the
  // cluster works without it, and pooler_problem() says what went wrong.
  void ensure_running();
  // Stops the pooler, then the server. Returns false when the server was not running.
  bool stop();

  // A connection straight to the server (loading, creating databases).
  std::string connection_string(const std::string& database = "onrecord") const;
  // Through the pooler when it runs (the query commands: a warm server connection), else straight.
  std::string client_connection_string(const std::string& database = "onrecord") const;
  // Why the pooler did not start in ensure_running(), or "".
  const std::string& pooler_problem() const { return pooler_problem_; }
  const std::string& folder() const { return folder_; }

 private:
  std::string pgdata() const;
  std::string socket_dir() const;
  std::string log_file() const;
  std::string socket_connection_string(const std::string& database, const std::string& port) const;
  void initdb();
  void start();
  std::vector<std::string> as_server_user(std::vector<std::string> argv) const;
  bool server_running() const;
  bool pooler_settled() const;
  void start_pooler();

  std::string folder_;
  bool as_root_ = false;
  std::string bin_dir_;
  connection_pooler pooler_;
  std::string pooler_problem_;
};

// shared_buffers of a new cluster, in MB: an eighth of `memory_bytes` (the machine's memory, or its
// cgroup's limit when lower), at least PostgreSQL's default 128 MB and at most 2 GB. With 128 MB a
// record of a million statements (1.5 GB) is read through the kernel's page cache at every query
// ("search" on a frequent word copies 35,000 pages in); PostgreSQL only takes the memory as it uses it.
std::uint64_t embedded_shared_buffers_mb(std::uint64_t memory_bytes);
// The memory this process may use: physical memory, or the cgroup (v2 or v1) limit when lower.
std::uint64_t usable_memory_bytes();

// Folder of PostgreSQL's server programs (ONRECORD_PG_BIN, else the newest /usr/lib/postgresql/N/bin).
std::string postgres_bin_dir();

}  // namespace onrecord
