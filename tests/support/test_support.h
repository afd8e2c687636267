// Shared helpers for the test suites: where the corpus is, reading files, running the binary.
#pragma once
#include <filesystem>
#include <nlohmann/json.hpp>
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

// A folder of its own under /tmp, removed with everything in it when the test is done. `mode`:
// 0711 when the `postgres` user must pass through it (an embedded cluster inside), 0755 when
// another user must read what it holds.
struct scratch_folder {
  explicit scratch_folder(const std::string& tag, unsigned mode = 0700);
  ~scratch_folder();
  scratch_folder(const scratch_folder&) = delete;
  scratch_folder& operator=(const scratch_folder&) = delete;
  // Writes `content` to NAME inside (creating subfolders); returns the file's path.
  std::string write(const std::string& name, const std::string& content) const;
  std::filesystem::path path;
};

// The JSON objects of JSON Lines output (blank lines skipped).
std::vector<nlohmann::json> json_lines(const std::string& out);

// Copies a gold JSON Lines file keeping only what an article carries (id, text, published), so
// that no gold field can reach onrecord; returns how many articles were written.
std::size_t write_articles_only(const std::string& gold_path, const std::string& out_path);

}  // namespace onrecord::testing

// Skips the current test with a clear message when ../shared is absent.
#define ONRECORD_REQUIRE_SHARED(var)                                           \
  auto var##_opt = ::onrecord::testing::shared_dir();                          \
  if (!var##_opt) GTEST_SKIP() << "../shared is absent: corpus tests skipped"; \
  const std::string var = *var##_opt
