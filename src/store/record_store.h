// The record in PostgreSQL: migrations, loading analysed articles, reading timelines. The only
// place (with embedded_cluster) that includes libpqxx.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/analysed_article.h"
#include "model/record_rows.h"
#include "store/database_target.h"

namespace onrecord {

struct migration_info {
  int version = 0;
  std::string name;
  bool applied_now = false;
};

class record_store {
 public:
  // Connects (starting the embedded cluster when the target is one). Throws store_error.
  explicit record_store(database_target target);
  ~record_store();
  record_store(const record_store&) = delete;
  record_store& operator=(const record_store&) = delete;

  // Applies pending migrations, each in its own transaction; refuses a changed or unknown one.
  std::vector<migration_info> migrate();

  // One article and its statements in one transaction; loaded=false when the text was there already.
  load_result load(const analysed_article& a);

  std::vector<actor_row> find_actors(const std::string& name);
  std::vector<timeline_row> timeline(const timeline_filter& filter);

  const std::string& display() const { return target_.display; }

 private:
  struct impl;
  database_target target_;
  std::unique_ptr<impl> impl_;
};

}  // namespace onrecord
