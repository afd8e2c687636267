// Where the record lives: a server named by --db / ONRECORD_DB / DATABASE_URL, or the embedded cluster.
#pragma once
#include <optional>
#include <string>

#include "store/embedded_cluster.h"

namespace onrecord {

struct database_target {
  std::string conninfo;
  std::string display;  // for messages: the URL with any password masked, or the cluster folder
  std::optional<embedded_cluster> cluster;
};

// An explicit URL wins and no server is started; else the embedded cluster at data_dir (or its default).
database_target locate_database(const std::optional<std::string>& db_url, const std::optional<std::string>& data_dir);

// "postgresql://u:secret@h/db" → "postgresql://u:***@h/db"; "password=x" → "password=***".
std::string mask_password(const std::string& conninfo);

}  // namespace onrecord
