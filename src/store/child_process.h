// Runs a helper program (initdb, pg_ctl) with an argument vector — never through a shell.
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

}  // namespace onrecord
