// The connection behind record_store and the small conversions its queries share; private to
// src/store (record_store.cpp loads and migrates, record_queries.cpp answers the query commands).
#pragma once
#include <date/date.h>

#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <vector>

#include "lexicon/embedded_file.h"
#include "read/publication_date.h"
#include "store/record_store.h"
#include "store/store_error.h"

namespace onrecord {

// A read of several queries (statements, then their sources and topics) sees one snapshot of the
// record: an ingest that commits meanwhile shows in all of them or in none. Read-only, so a query
// that tried to write would fail.
using snapshot_read = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;
// A read of one query needs no transaction of its own: the statement sees one snapshot anyway,
// and BEGIN and ROLLBACK would be two more round trips to the server.
using single_read = pqxx::nontransaction;

namespace store_detail {
// This build's migrations as sql/migrations_recorded.sql gives the ones a database records:
// "version:checksum" in version order, joined by commas.
const std::string& this_build_migrations();
}  // namespace store_detail

struct record_store::impl {
  explicit impl(const std::string& conninfo) : conn(conninfo) {}
  pqxx::connection conn;
  std::set<std::string> prepared;
  std::set<std::string> known_topics;
  bool staging_ready = false;  // the session's staging tables exist (sql/stage_tables.sql)
  // No query has checked the schema yet. The first query does (migrating when it is behind): most in a
  // round trip of its own (`ready`), find_actors and timeline_of inside their own statement (first_query).
  bool schema_unchecked = true;

  // The connection, once the schema is checked: what a query starts from unless it checks the schema
  // itself (first_query).
  pqxx::connection& ready(record_store& store) {
    if (schema_unchecked) store.migrate();
    return conn;
  }

  // Runs `run(conn)`, a query whose result also carries the migrations the database records
  // (`recorded(result)`: "" when there are none). While no query has checked the schema, a difference
  // from this build's, or an error (a new database; a schema behind this build, which the query may not
  // fit), migrates and runs the query again; once checked, it simply runs.
  template <typename Run, typename Recorded>
  pqxx::result first_query(record_store& store, Run run, Recorded recorded) {
    if (!schema_unchecked) return run(conn);
    std::optional<pqxx::result> result;
    try {
      result = run(conn);
    } catch (const pqxx::sql_error&) {
      // migrate() below says what is wrong with the schema, or the query fails again with its own error
    }
    if (!result || recorded(*result) != store_detail::this_build_migrations()) {
      store.migrate();
      return run(conn);
    }
    schema_unchecked = false;
    return *result;
  }

  // Prepares sql/NAME.sql on first use, for queries run many times a command (loading).
  const std::string& query(const std::string& name) {
    if (!prepared.count(name)) {
      conn.prepare(name, sql(name));
      prepared.insert(name);
    }
    return *prepared.find(name);
  }

  // The text of sql/NAME.sql, for the queries a command runs once: exec_params parses, binds and
  // runs it in one round trip, where preparing first costs a second that only repeated use repays
  // (and round trips, not server time, were most of a short query command's wait on a busy machine).
  const std::string& sql(const std::string& name) {
    auto it = texts.find(name);
    if (it == texts.end()) {
      const embedded_file* f = find_embedded(embedded_queries(), name + ".sql");
      if (!f) throw store_error("internal: no query sql/" + name + ".sql in this build");
      it = texts.emplace(name, std::string(f->content)).first;
    }
    return it->second;
  }
  std::map<std::string, std::string> texts;
};

namespace store_detail {

// Nullable text parameter for libpqxx 6.4 (it has no std::optional support): nullptr is SQL NULL.
inline const char* nullable(const std::optional<std::string>& v) { return v ? v->c_str() : nullptr; }

inline std::optional<std::string> day_text(const std::optional<date::sys_days>& d) {
  return d ? std::optional<std::string>(format_day(*d)) : std::nullopt;
}

inline std::optional<date::sys_days> parse_day(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return parse_publication_date(f.c_str()).day;
}

inline std::string text_or_empty(const pqxx::field& f) { return f.is_null() ? std::string() : f.as<std::string>(); }

// A PostgreSQL array literal of text values ({"a","b"}), for a text[] parameter.
inline std::string text_array_literal(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

}  // namespace store_detail
}  // namespace onrecord
