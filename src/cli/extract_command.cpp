// `onrecord extract PATH...|-`: statements as JSON Lines, no database.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/extraction_arguments.h"
#include "lexicon/lexicon_store.h"
#include "pipeline/article_analyser.h"
#include "pipeline/extract_json.h"
#include "read/article_reader.h"
#include "read/publication_date.h"
#include "report/counted.h"

namespace onrecord {
namespace po = boost::program_options;

extract_command::extract_command()
    : command({"extract", "extract PATH...|- [options]",
               "Print the statements found in articles as JSON Lines (one object per article); needs no database."}) {}

po::options_description extract_command::options() {
  po::options_description d("extract options");
  d.add_options()("path", po::value<std::vector<std::string>>(&paths_),
                  "files, folders (read recursively) or - for stdin");
  add_extraction_options(d, split_quotations_);
  return d;
}

po::positional_options_description extract_command::positionals() {
  po::positional_options_description p;
  p.add("path", -1);
  return p;
}

void extract_command::setup(const po::variables_map&) {
  if (paths_.empty()) throw usage_error("extract needs at least one PATH (or - for stdin)");
  extraction_ = extraction_options_from(split_quotations_);
}

int extract_command::run(const global_options& globals) {
  const lexicon_store lexicons(globals.lexicon_dirs);
  const article_analyser analyser(lexicons, extraction_);
  std::ios::sync_with_stdio(false);
  std::size_t failed = 0;
  article_reader reader(
      reader_options{today_utc(), nullptr, globals.max_article_bytes},
      [&](article&& a) {
        for (const auto& w : a.warnings) std::cerr << fmt::format("warning: {}: article \"{}\": {}\n", a.file, a.id, w);
        const auto result = analyser.analyse(std::move(a));
        write_extract_json_line(std::cout, result);
      },
      [&](const input_error& e) {
        ++failed;
        std::cerr << "error: " << e.describe() << '\n';
      });
  for (const auto& p : paths_) reader.read_path(p);
  std::cout.flush();
  if (!globals.quiet)
    std::cerr << fmt::format("extract: {}, {} failed\n", counted(reader.counts().articles, "article", "articles"),
                             failed);
  return failed ? exit_failure : exit_ok;
}

}  // namespace onrecord
