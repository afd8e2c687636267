// The record in PostgreSQL: migrations, loading analysed articles, reading timelines. The only
// place (with embedded_cluster) that includes libpqxx.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/analysed_article.h"
#include "model/query_rows.h"
#include "model/record_rows.h"
#include "store/database_target.h"

namespace onrecord {

// What one batch load did: a result per article, in batch order. `abandoned`: the caller asked to
// stop before the commit, so the batch was rolled back and nothing of it is loaded.
struct batch_load_result {
  std::vector<load_result> articles;
  bool abandoned = false;
};

struct named_timeline {
  std::optional<actor_row> actor;
  std::vector<timeline_row> statements;
};

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
  // Queries need not call it first: the first query of a record_store checks the schema and migrates
  // when it is behind (find_actors and timeline_of in their own statement, the others in a round trip
  // before theirs).
  std::vector<migration_info> migrate();

  // One article and its statements in one transaction; loaded=false when the text was there already.
  load_result load(const analysed_article& a);
  // Many articles in one transaction (record_loading.cpp): COPY into session staging tables, then
  // insert-selects with conflict handling; loads serialise across processes (sql/load_lock.sql).
  // Asks `abandon` just before committing: true rolls the batch back. Throws connection_lost when
  // the connection broke, store_error when the batch failed (nothing of it is loaded: the caller
  // retries each article alone, so that one bad article costs only itself).
  batch_load_result load_batch(std::span<const analysed_article> batch, const std::function<bool()>& abandon = nullptr);
  // Topic definitions stored by `topics import` (slug, name, definition; others left empty).
  std::vector<topic_row> topic_definitions();

  // Actors named `name` (or with it as an alias), exact name first, then the most quoted.
  std::vector<actor_row> find_actors(const std::string& name);
  // The timeline of filter.actor_id.
  std::vector<timeline_row> timeline(const timeline_filter& filter);
  // The timeline of the actor `actor_name` means (filter.actor_id unused), resolved in the same
  // statement: the actor of exactly that name, else the only actor with it as a name or alias.
  // No actor when the name is unknown or ambiguous (find_actors then says which).
  named_timeline timeline_of(const std::string& actor_name, const timeline_filter& filter);

  // The query commands (record_queries.cpp). Each reads in one read-only transaction.
  // Tagged statements of one actor and/or one topic (nullopt: all), in date order within each.
  std::vector<topic_statement> topic_statements(std::optional<std::int64_t> actor_id,
                                                const std::optional<std::string>& topic,
                                                std::optional<date::sys_days> from = std::nullopt,
                                                std::optional<date::sys_days> to = std::nullopt);
  std::vector<search_row> search(const search_filter& filter);
  std::optional<timeline_row> statement_by_id(std::int64_t id);
  std::vector<actor_row> list_actors();
  actor_detail describe_actor(const actor_row& actor);
  std::vector<topic_row> list_topics(const std::optional<std::string>& slug = std::nullopt);
  record_stats stats();

  // Corrections, each in its own transaction. Throws store_error on a conflict it can explain.
  void add_alias(std::int64_t actor_id, const std::string& alias);
  // `gone` merges into `keep`; returns {statements moved, aliases moved}.
  std::pair<std::int64_t, std::int64_t> merge_actors(std::int64_t keep, std::int64_t gone);
  void rename_actor(std::int64_t actor_id, const std::string& new_name);
  void set_actor_kind(std::int64_t actor_id, const std::string& kind);
  // false when there is no such statement
  bool reassign_statement(std::int64_t statement_id, std::int64_t actor_id);
  // Stores topics (slug, name, description, support_means, definition); returns how many were new.
  std::size_t import_topics(const std::vector<topic_row>& topics);
  // The topics an ingest tags with (slug, name, description, support_means), stored or brought up
  // to date unless a user imported the topic (sql/describe_topic.sql); one transaction.
  void describe_topics(const std::vector<topic_row>& topics);

  const std::string& display() const { return target_.display; }

 private:
  struct impl;
  database_target target_;
  std::unique_ptr<impl> impl_;
};

}  // namespace onrecord
