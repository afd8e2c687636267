// `onrecord ingest PATH...`: read and analyse articles on this thread, load them on a second one
// (store/batch_loader.h) many articles per transaction; topics come from the database.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>

#include "classify/statement_classifier.h"
#include "classify/topic_lexicon.h"
#include "cli/commands.h"
#include "cli/extraction_arguments.h"
#include "cli/ingest_progress.h"
#include "pipeline/article_analyser.h"
#include "read/article_reader.h"
#include "read/publication_date.h"
#include "store/batch_loader.h"
#include "store/record_store.h"
#include "store/store_error.h"

namespace onrecord {
namespace po = boost::program_options;

namespace {
std::atomic<bool> interrupted{false};
extern "C" void on_interrupt(int) { interrupted = true; }

// The classifier's topics: the lexicons' (shipped, plus --lexicons folders), each topic stored in
// the database by `topics import` replacing the block of the same slug or added to them. A stored
// block without terms or groups (a stub written by `topics export`) changes nothing.
std::vector<topic_definition> ingest_topics(const lexicon_store& lexicons, const std::vector<topic_row>& stored) {
  std::vector<topic_definition> topics = load_topics(lexicons);
  for (const auto& row : stored) {
    std::vector<topic_definition> parsed;
    try {
      parsed = parse_topic_file(row.definition, "topic '" + row.slug + "' in the database");
    } catch (const topic_file_error& e) {
      std::cerr << "warning: " << e.what() << "; the topic is left out of this ingest\n";
      continue;
    }
    for (auto& d : parsed) {
      if (d.terms.empty() && d.groups.empty()) continue;
      const auto it =
          std::find_if(topics.begin(), topics.end(), [&](const topic_definition& t) { return t.slug == d.slug; });
      if (it != topics.end())
        *it = std::move(d);
      else
        topics.push_back(std::move(d));
    }
  }
  return topics;
}
}  // namespace

ingest_command::ingest_command()
    : command({"ingest", "ingest PATH...|- [options]",
               "Read articles (plain text or JSON Lines; folders recursively), extract their statements and load "
               "them, many articles per transaction; the same article loads once. Topics are the lexicons' plus those "
               "stored with `topics import`."}) {}

po::options_description ingest_command::options() {
  po::options_description d("ingest options");
  d.add_options()("path", po::value<std::vector<std::string>>(&paths_),
                  "files, folders (read recursively) or - for stdin")(
      "batch-articles", po::value<std::size_t>(&batch_articles_)->default_value(1000),
      "at most this many articles per transaction (1: one transaction per article)");
  add_extraction_options(d, split_quotations_);
  return d;
}
po::positional_options_description ingest_command::positionals() {
  po::positional_options_description p;
  p.add("path", -1);
  return p;
}
void ingest_command::setup(const po::variables_map&) {
  if (paths_.empty()) throw usage_error("ingest needs at least one PATH (or - for stdin)");
  if (batch_articles_ == 0) throw usage_error("--batch-articles needs a number of at least 1");
  extraction_ = extraction_options_from(split_quotations_);
}

int ingest_command::run(const global_options& globals) {
  database_target target = locate_database(globals.db_url, globals.data_dir);
  target.through_pooler = false;  // a long session: the pooler's warm connection saves nothing
  record_store store(std::move(target));
  store.migrate();
  const lexicon_store lexicons(globals.lexicon_dirs);
  const auto topics = ingest_topics(lexicons, store.topic_definitions());
  {  // `topics list` shows a topic's name and meaning, not only the slug its statements carry
    std::vector<topic_row> described;
    for (const auto& t : topics)
      described.push_back({t.slug, t.name.empty() ? t.slug : t.name, t.description, t.support_means, "", 0, 0, {}});
    store.describe_topics(described);
  }
  const article_analyser analyser(lexicons, topics, extraction_);

  interrupted = false;
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  const auto started = std::chrono::steady_clock::now();
  std::atomic<std::size_t> articles_read{0}, read_failed{0};
  std::atomic<std::uint64_t> bytes_read{0};
  batch_loader* loader_ptr = nullptr;
  const bool terminal = ::isatty(STDERR_FILENO) == 1 && !globals.quiet;
  ingest_progress progress(terminal, terminal ? input_size(paths_) : std::nullopt, [&] {
    ingest_snapshot s;
    s.articles_read = articles_read;
    s.bytes_read = bytes_read;
    if (loader_ptr) {
      const auto c = loader_ptr->committed();
      s.articles_loaded = c.loaded;
      s.statements_loaded = c.statements;
    }
    return s;
  });
  // The loader thread owns the connection from here on: this thread reads and analyses.
  batch_loader::limits limits;
  limits.batch_articles = batch_articles_;
  batch_loader loader(
      store, [] { return interrupted.load(); }, [&](const std::string& e) { progress.message("error: " + e); }, limits);
  loader_ptr = &loader;
  // the progress line stops before the loader it reads goes away, however this function ends
  struct progress_stopper {
    ingest_progress& p;
    ~progress_stopper() { p.stop(); }
  } stop_progress_first{progress};
  std::atomic<bool> loader_stopped{false};
  article_reader reader(
      reader_options{today_utc(), [&] { return interrupted.load() || loader_stopped.load(); },
                     globals.max_article_bytes},
      [&](article&& a) {
        if (interrupted || loader_stopped) return;
        for (const auto& w : a.warnings)
          progress.message(fmt::format("warning: {}: article \"{}\": {}", a.file, a.id, w));
        ++articles_read;
        bytes_read += a.text.size();
        if (!loader.push(analyser.analyse(std::move(a)))) loader_stopped = true;
      },
      [&](const input_error& e) {
        ++read_failed;
        progress.message("error: " + e.describe());
      });
  auto summary_line = [&] {
    const auto c = loader.committed();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const std::size_t failed = c.failed + read_failed;
    return fmt::format(
        "ingest: {} article{} loaded ({} statements, {} merged into existing statements), {} already present, {} "
        "failed; {:.1f} s, {:.0f} articles/s, {:.0f} statements/s, {} transaction{}, loader busy {:.0f}% of the time",
        c.loaded, c.loaded == 1 ? "" : "s", c.statements, c.merged, c.present, failed, seconds,
        seconds > 0 ? c.loaded / seconds : 0.0, seconds > 0 ? c.statements / seconds : 0.0, c.batches,
        c.batches == 1 ? "" : "s", seconds > 0 ? std::min(100.0, 100 * c.busy_seconds / seconds) : 0.0);
  };
  try {
    for (const auto& p : paths_) {
      if (interrupted || loader_stopped) break;
      reader.read_path(p);
    }
    loader.finish();
  } catch (const connection_lost& e) {
    progress.stop();
    std::cerr << fmt::format("onrecord ingest: {}\n{}; stopped: everything listed as loaded is committed\n", e.what(),
                             summary_line());
    return exit_failure;
  }
  progress.stop();
  const std::string summary = summary_line();
  if (interrupted) {
    std::cerr << summary << "; interrupted: everything listed as loaded is committed\n";
    return exit_interrupted;
  }
  const bool failed = loader.committed().failed + read_failed > 0;
  if (!globals.quiet || failed) std::cerr << summary << '\n';
  return failed ? exit_failure : exit_ok;
}

}  // namespace onrecord
