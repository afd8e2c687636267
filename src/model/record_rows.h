// Rows the query commands read back from the record (plain structs; only src/store talks SQL).
#pragma once
#include <date/date.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace onrecord {

struct actor_row {
  std::int64_t id = 0;
  std::string name;
  std::string kind;
  std::int64_t statements = 0;
  bool exact = false;  // found by its own name, not by an alias (record_store::find_actors)
};

struct source_row {
  std::string article_id;  // external id
  std::string url;
  std::string outlet;
  std::string title;
  std::optional<date::sys_days> published;
};

struct timeline_row {
  std::int64_t statement_id = 0;
  std::optional<date::sys_days> first_seen;  // earliest publication among the sources
  std::optional<date::sys_days> date, earliest, latest;
  std::string date_basis;
  std::string kind;
  std::string text;
  std::string speaker;
  std::string speaker_mention;
  std::string cue;
  std::map<std::string, std::string> stances;  // topic slug → stance ("" when unsure)
  std::vector<source_row> sources;
};

struct timeline_filter {
  std::int64_t actor_id = 0;
  std::optional<std::string> topic;
  std::optional<date::sys_days> from, to;
  std::vector<std::string> kinds;    // empty: every kind
  std::vector<std::string> stances;  // empty: any; else a stance on the topic (or on any topic)
  std::vector<std::string> outlets;  // empty: any; else reported by one of these (case-insensitive)
  std::optional<std::int64_t> limit;
};

struct load_result {
  bool loaded = false;  // false: the same article text was already in the record
  std::size_t statements = 0;
  std::size_t merged = 0;  // of those, already in the record from another source (one more source now)
};

}  // namespace onrecord
