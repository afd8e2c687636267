// `onrecord ingest PATH...`: read, analyse and load articles; one transaction per article.
#include <fmt/format.h>

#include <atomic>
#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/article_analyser.h"
#include "read/article_reader.h"
#include "read/publication_date.h"
#include "store/record_store.h"
#include "store/store_error.h"

namespace onrecord {
namespace po = boost::program_options;

namespace {
std::atomic<bool> interrupted{false};
extern "C" void on_interrupt(int) { interrupted = true; }
}  // namespace

std::string ingest_command::name() const { return "ingest"; }
std::string ingest_command::synopsis() const { return "ingest PATH...|- [options]"; }
std::string ingest_command::purpose() const {
  return "Read articles (plain text or JSON Lines; folders recursively), extract their statements and load "
         "them; the same article loads once.";
}
po::options_description ingest_command::options() {
  po::options_description d("ingest options");
  d.add_options()("path", po::value<std::vector<std::string>>(&paths_),
                  "files, folders (read recursively) or - for stdin");
  return d;
}
po::positional_options_description ingest_command::positionals() {
  po::positional_options_description p;
  p.add("path", -1);
  return p;
}
void ingest_command::setup(const po::variables_map&) {
  if (paths_.empty()) throw usage_error("ingest needs at least one PATH (or - for stdin)");
}

int ingest_command::run(const global_options& globals) {
  record_store store(locate_database(globals.db_url, globals.data_dir));
  store.migrate();
  const lexicon_store lexicons(globals.lexicon_dirs);
  const article_analyser analyser(lexicons);

  interrupted = false;
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  std::size_t loaded = 0, present = 0, statements = 0, failed = 0;
  article_reader reader(
      reader_options{today_utc(), [] { return interrupted.load(); }},
      [&](article&& a) {
        if (interrupted) return;
        for (const auto& w : a.warnings) std::cerr << fmt::format("warning: {}: article \"{}\": {}\n", a.file, a.id, w);
        load_result result;
        try {
          result = store.load(analyser.analyse(std::move(a)));
        } catch (const connection_lost&) {
          throw;  // nothing more can load: the run stops (exit 1), the summary says what was committed
        } catch (const store_error& e) {
          // this article only (its transaction rolled back); the others still load
          ++failed;
          std::cerr << "error: " << e.what() << '\n';
          return;
        }
        if (result.loaded) {
          ++loaded;
          statements += result.statements;
        } else {
          ++present;
        }
      },
      [&](const input_error& e) {
        ++failed;
        std::cerr << "error: " << e.describe() << '\n';
      });
  auto summary_line = [&] {
    return fmt::format("ingest: {} article{} loaded ({} statements), {} already present, {} failed", loaded,
                       loaded == 1 ? "" : "s", statements, present, failed);
  };
  try {
    for (const auto& p : paths_) {
      if (interrupted) break;
      reader.read_path(p);
    }
  } catch (const connection_lost& e) {
    std::cerr << fmt::format("onrecord ingest: {}\n{}; stopped: everything listed as loaded is committed\n",
                             e.what(), summary_line());
    return exit_failure;
  }
  const std::string summary = summary_line();
  if (interrupted) {
    std::cerr << summary << "; interrupted: everything listed as loaded is committed\n";
    return exit_interrupted;
  }
  if (!globals.quiet || failed) std::cerr << summary << '\n';
  return failed ? exit_failure : exit_ok;
}

}  // namespace onrecord
