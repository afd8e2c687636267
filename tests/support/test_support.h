// Shared helpers for the test suites: where the corpus is, reading files, running the binary.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace onrecord::testing {

std::string source_dir();
// ../shared beside the checkout (or ONRECORD_SHARED), or nullopt when absent.
std::optional<std::string> shared_dir();
std::string read_file(const std::string& path);

struct process_result {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs the built onrecord binary with args (no shell), optional stdin text.
process_result run_onrecord(const std::vector<std::string>& args, const std::string& stdin_text = "");
process_result run_program(const std::vector<std::string>& argv, const std::string& stdin_text = "");

}  // namespace onrecord::testing

// Skips the current test with a clear message when ../shared is absent.
#define ONRECORD_REQUIRE_SHARED(var)                                                     \
  auto var##_opt = ::onrecord::testing::shared_dir();                                    \
  if (!var##_opt) GTEST_SKIP() << "../shared is absent: corpus tests skipped";           \
  const std::string var = *var##_opt
