// Rows the positions, search, actors, topics and stats commands read back from the record (plain
// structs; only src/store talks SQL). Timeline rows are in record_rows.h.
#pragma once
#include <date/date.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/record_rows.h"

namespace onrecord {

// One statement tagged with a topic, as positions reads it.
struct topic_statement {
  std::int64_t statement_id = 0;
  std::int64_t actor_id = 0;
  std::string actor;
  std::string topic;
  std::optional<date::sys_days> date, earliest, latest, first_seen;
  std::string kind;
  std::string text;
  std::string stance;           // "" when unsure
  std::string stance_rule;      // the rule that fired
  std::string stance_evidence;  // the cue words, joined with " … "
  std::vector<source_row> sources;
};

struct search_filter {
  std::string query;  // websearch syntax
  std::optional<std::int64_t> actor_id;
  std::optional<std::string> topic;
  std::optional<date::sys_days> from, to;
  std::int64_t limit = 20;
};

struct search_row {
  timeline_row statement;
  double rank = 0;
  std::string snippet;  // with the matched words between « and »
};

struct actor_topic_count {
  std::string topic;
  std::int64_t statements = 0;
  std::map<std::string, std::int64_t> stances;  // stance → count
};

struct actor_detail {
  actor_row actor;
  std::vector<std::pair<std::string, std::string>> aliases;  // alias, origin (ingest|user)
  std::vector<actor_topic_count> topics;
  std::optional<date::sys_days> first, last;  // dates of the first and last dated statement
  std::int64_t corrected = 0;                 // statements re-attributed to this actor by hand
};

struct topic_row {
  std::string slug;
  std::string name;
  std::string description;
  std::string support_means;
  std::string definition;  // the topic-file block (empty for a topic only seen in statements)
  std::int64_t statements = 0;
  std::int64_t actors = 0;
  std::map<std::string, std::int64_t> stances;  // stance → count
};

struct record_stats {
  std::int64_t articles = 0, statements = 0, sources = 0, actors = 0, topics = 0;
  std::int64_t statements_with_several_sources = 0;
  std::int64_t without_speaker = 0, without_date = 0, with_stance = 0;
  std::int64_t articles_without_date = 0;
  std::optional<date::sys_days> first_published, last_published, first_said, last_said;
  std::map<std::string, std::int64_t> by_kind;
};

}  // namespace onrecord
