// Options every command takes, parsed once into a plain struct.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace onrecord {

struct global_options {
  std::optional<std::string> db_url;    // --db, else ONRECORD_DB, else DATABASE_URL
  std::optional<std::string> data_dir;  // --data-dir for the embedded cluster
  std::vector<std::string> lexicon_dirs;
  bool quiet = false;
};

}  // namespace onrecord
