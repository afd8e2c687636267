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
  // For the embedded cluster: connect through its pooler when it runs (a warm server connection
  // for a short command). Loading turns this off: a long session gains nothing from the pooler,
  // and COPY would pass every byte through one more process.
  bool through_pooler = true;
};

// An explicit URL wins and no server is started; else the embedded cluster at data_dir (or its default).
database_target locate_database(const std::optional<std::string>& db_url, const std::optional<std::string>& data_dir);

// "postgresql://u:secret@h/db" → "postgresql://u:***@h/db"; "password=x" → "password=***".
std::string mask_password(const std::string& conninfo);

}  // namespace onrecord
