// Runs a helper program (initdb, pg_ctl, pgbouncer) with an argument vector — never through a shell;
// and what is needed to watch the daemons they start.
#pragma once
#include <string>
#include <vector>

namespace onrecord {

struct child_result {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs argv[0] (looked up in PATH when it has no slash), waits, captures the output.
child_result run_child(const std::vector<std::string>& argv);

// True when `pid` is a live process (not a zombie) — the check behind a daemon's pid file.
bool process_alive(long pid);

// The last `max_lines` lines of a log file, each indented by two spaces, for an error message.
std::string tail_of_file(const std::string& path, std::size_t max_lines);

}  // namespace onrecord
