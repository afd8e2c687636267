// The embedded cluster's connection pooler: PgBouncer in session mode, on a Unix socket beside the
// server's, keeping server connections open between onrecord commands.
//
// Why: a query command is a new process with a new connection, and a new PostgreSQL backend pays
// for building its catalog caches and for the first touch of every shared-buffer page it reads.
// On our machines that was most of a short query's time (BENCHMARKS.md, "Results (session 8)"): a
// median timeline over a million statements took 63.8 ms connecting straight to the server and
// 17.1 ms through the pooler, whose idle server connection has all of that done already.
#pragma once
#include <sys/types.h>

#include <string>
#include <vector>

namespace onrecord {

struct pooler_status {
  bool installed = false;  // the pgbouncer program exists
  bool usable = false;     // installed, and the cluster folder can be written into its configuration
  bool running = false;
  std::string why_not;  // when not usable: why, in a phrase
  std::string socket;   // the pooler's socket file
  std::string log_file;
};

class connection_pooler {
 public:
  // folder: the cluster folder (the pooler's files go in folder/pooler); socket_dir: where the
  // server's socket is, and where the pooler's goes; run_as: the words that run a program as the
  // server's user ("runuser -u postgres --" for root: pgbouncer, like PostgreSQL, refuses root),
  // empty when onrecord runs as that user.
  connection_pooler(std::string folder, std::string socket_dir, std::vector<std::string> run_as);

  // The pgbouncer program: ONRECORD_PGBOUNCER, else /usr/sbin/pgbouncer ("" when neither exists).
  static std::string program();
  // The port that names the pooler's socket file (no TCP port is opened).
  static constexpr int port = 6432;

  pooler_status status() const;
  bool running() const;
  // Writes the configuration and starts the pooler in the background; throws store_error with the
  // end of its log when it does not come up. The caller holds the cluster folder's lock.
  void start(uid_t owner_uid, gid_t owner_gid, bool chown_files);
  // Returns false when it was not running.
  bool stop();

 private:
  std::string config_file() const;
  std::string pid_file() const;
  std::string log_file() const;
  std::string socket_file() const;
  long pid() const;

  std::string folder_;
  std::string socket_dir_;
  std::vector<std::string> run_as_;
};

}  // namespace onrecord
