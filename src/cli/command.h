// One subcommand of `onrecord`: setup() parses and validates only, run() does the work.
#pragma once
#include <boost/program_options.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cli/global_options.h"
#include "lexicon/lexicon_store.h"

namespace onrecord {

// Exit codes, documented in `onrecord --help`.
enum exit_code : int {
  exit_ok = 0,
  exit_failure = 1,  // an article failed, the database was unreachable, a lookup found nothing
  exit_usage = 2,    // bad command line
  exit_interrupted = 130,
};

struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What `onrecord --help` and `onrecord COMMAND --help` say of a command.
struct command_text {
  std::string name;      // "ingest"
  std::string synopsis;  // "ingest PATH... [options]"
  std::string purpose;   // one sentence
};

class command {
 public:
  explicit command(command_text text) : text_(std::move(text)) {}
  virtual ~command() = default;
  const std::string& name() const { return text_.name; }
  const std::string& synopsis() const { return text_.synopsis; }
  const std::string& purpose() const { return text_.purpose; }
  // Options of this command (global options are added by the dispatcher).
  virtual boost::program_options::options_description options() = 0;
  // Positional arguments, by name: {"path", -1} means every remaining argument.
  virtual boost::program_options::positional_options_description positionals() { return {}; }
  // Validates the parsed options; throws usage_error. No I/O here.
  virtual void setup(const boost::program_options::variables_map& vm) = 0;
  virtual int run(const global_options& globals) = 0;

 private:
  command_text text_;
};

std::vector<std::unique_ptr<command>> make_commands();

// Entry point used by main(): parses, dispatches, catches at the top.
int run_cli(int argc, char** argv);

}  // namespace onrecord
