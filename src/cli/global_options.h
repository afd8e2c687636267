// Options every command takes, parsed once into a plain struct.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "read/article_reader.h"

namespace onrecord {

struct global_options {
  std::optional<std::string> db_url;    // --db, else ONRECORD_DB, else DATABASE_URL
  std::optional<std::string> data_dir;  // --data-dir for the embedded cluster
  std::vector<std::string> lexicon_dirs;
  bool quiet = false;
  std::size_t max_article_bytes = default_max_article_bytes;  // --max-article-mb (ingest, extract)
};

}  // namespace onrecord
