// libpqxx 6.4 lives here: every query is a prepared statement from sql/*.sql with bound parameters.
#include "store/record_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>

#include "lexicon/embedded_file.h"
#include "read/publication_date.h"
#include "store/store_error.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

// Nullable text parameter for libpqxx 6.4 (it has no std::optional support): nullptr is SQL NULL.
const char* nullable(const std::optional<std::string>& v) { return v ? v->c_str() : nullptr; }

std::optional<std::string> day_text(const std::optional<date::sys_days>& d) {
  return d ? std::optional<std::string>(format_day(*d)) : std::nullopt;
}

std::optional<date::sys_days> parse_day(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return parse_publication_date(f.c_str()).day;
}

std::string text_array_literal(const std::vector<std::string>& items) {
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

int migration_version(std::string_view file_name) {
  int v = 0;
  std::size_t i = 0;
  for (; i < file_name.size() && std::isdigit(static_cast<unsigned char>(file_name[i])); ++i) v = v * 10 + (file_name[i] - '0');
  if (i != 4 || i >= file_name.size() || file_name[i] != '_')
    throw store_error(fmt::format("migration file {} is not named NNNN_name.sql", file_name));
  return v;
}

}  // namespace

struct record_store::impl {
  explicit impl(const std::string& conninfo) : conn(conninfo) {}
  pqxx::connection conn;
  std::set<std::string> prepared;
  std::set<std::string> known_topics;

  // Prepares sql/NAME.sql on first use.
  const std::string& query(const std::string& name) {
    if (!prepared.count(name)) {
      const embedded_file* f = find_embedded(embedded_queries(), name + ".sql");
      if (!f) throw store_error("internal: no query sql/" + name + ".sql in this build");
      conn.prepare(name, std::string(f->content));
      prepared.insert(name);
    }
    return *prepared.find(name);
  }
};

record_store::record_store(database_target target) : target_(std::move(target)) {
  if (target_.cluster) target_.cluster->ensure_running();
  try {
    impl_ = std::make_unique<impl>(target_.conninfo);
  } catch (const pqxx::broken_connection& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw store_error(fmt::format("cannot connect to the database ({}): {}", target_.display, mask_password(why)));
  }
}

record_store::~record_store() = default;

std::vector<migration_info> record_store::migrate() {
  std::vector<migration_info> out;
  struct pending_file {
    int version;
    const embedded_file* file;
    std::string checksum;
  };
  std::vector<pending_file> files;
  std::map<int, std::pair<std::string, std::string>> applied;  // version → (name, checksum)
  try {
    {
      pqxx::nontransaction setup(impl_->conn);
      // one migrating process at a time; a session lock, released below or when the session ends
      setup.exec_prepared(impl_->query("migrations_lock"));
      setup.exec_prepared(impl_->query("migrations_table"));
      for (const auto& row : setup.exec_prepared(impl_->query("migrations_applied")))
        applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
      for (const auto& f : embedded_migrations())
        files.push_back({migration_version(f.name), &f,
                         setup.exec_prepared1(impl_->query("migration_checksum"), std::string(f.content))[0]
                             .as<std::string>()});
    }
    auto unlock = [&] {
      pqxx::nontransaction done(impl_->conn);
      done.exec_prepared(impl_->query("migrations_unlock"));
    };
    int newest_known = 0;
    for (const auto& [version, f, checksum] : files) {
      newest_known = std::max(newest_known, version);
      if (auto it = applied.find(version); it != applied.end()) {
        if (it->second.second != checksum) {
          unlock();
          throw store_error(fmt::format(
              "migration {} was changed after it was applied to this database (checksum {} in the database, "
              "{} in this build); restore the original file and put the change in a new migration",
              f->name, it->second.second.substr(0, 12), checksum.substr(0, 12)));
        }
        out.push_back({version, std::string(f->name), false});
        continue;
      }
      try {
        pqxx::work w(impl_->conn, "migration");
        w.exec(std::string(f->content));
        w.exec_prepared(impl_->query("record_migration"), version, std::string(f->name), checksum);
        w.commit();
      } catch (const pqxx::sql_error& e) {
        unlock();
        throw store_error(fmt::format("migration {} failed and was rolled back (the schema is as it was): {}", f->name,
                                      e.what()));
      }
      out.push_back({version, std::string(f->name), true});
    }
    unlock();
    for (const auto& [version, info] : applied)
      if (version > newest_known)
        throw store_error(fmt::format(
            "the database was written by a newer onrecord (it has migration {}, this build knows up to {:04d}); "
            "use a newer onrecord",
            info.first, newest_known));
  } catch (const pqxx::broken_connection& e) {
    throw store_error(fmt::format("lost the database connection ({}) while migrating: {}", target_.display, e.what()));
  }
  return out;
}

load_result record_store::load(const analysed_article& a) {
  const article& src = a.source;
  const code_point_index cps(src.text);
  auto cp = [&](std::size_t byte) { return std::to_string(cps.to_code_points(byte)); };
  load_result result;
  try {
    pqxx::work w(impl_->conn, "load");
    const auto inserted =
        w.exec_prepared(impl_->query("insert_article"), src.text, src.id, src.file, src.url, src.outlet, src.title,
                        nullable(day_text(src.published)), text_array_literal(src.warnings));
    if (inserted.empty()) return result;  // the same text is loaded already
    const auto article_id = inserted[0][0].as<std::int64_t>();

    std::map<std::string, std::int64_t> actors;  // canonical name → id, this transaction
    std::set<std::string> new_topics;
    auto actor_id_for = [&](const statement& s) -> std::optional<std::string> {
      if (!s.speaker || s.speaker->empty()) return std::nullopt;
      const std::string& name = *s.speaker;
      if (auto it = actors.find(name); it != actors.end()) return std::to_string(it->second);
      auto r = w.exec_prepared(impl_->query("upsert_actor"), name, std::string(to_string(s.speaker_kind)));
      if (r.empty()) r = w.exec_prepared(impl_->query("find_actor_by_name"), name);
      if (r.empty()) throw store_error("internal: actor '" + name + "' vanished while loading");
      const auto id = r[0][0].as<std::int64_t>();
      w.exec_prepared(impl_->query("insert_alias"), name, id);
      // a person is also found by surname ("Whitcombe" for "Dana Whitcombe")
      if (s.speaker_kind == actor_kind::person) {
        const auto space = name.rfind(' ');
        if (space != std::string::npos && space + 1 < name.size())
          w.exec_prepared(impl_->query("insert_alias"), name.substr(space + 1), id);
      }
      actors[name] = id;
      return std::to_string(id);
    };

    for (const auto& s : a.statements) {
      const auto actor = actor_id_for(s);
      std::optional<std::string> mention, mention_start, mention_end, cue;
      if (s.speaker_mention) {
        mention = src.text.substr(s.speaker_mention->begin, s.speaker_mention->size());
        mention_start = cp(s.speaker_mention->begin);
        mention_end = cp(s.speaker_mention->end);
      }
      if (s.cue) cue = src.text.substr(s.cue->begin, s.cue->size());
      std::optional<std::string> basis;
      if (s.date.basis) basis = std::string(to_string(*s.date.basis));
      const auto r = w.exec_prepared(
          impl_->query("insert_statement"), article_id, nullable(actor), std::string(to_string(s.kind)),
          src.text.substr(s.content.begin, s.content.size()), cp(s.content.begin), cp(s.content.end), nullable(mention),
          nullable(mention_start), nullable(mention_end), nullable(cue), s.attribution_rule,
          nullable(day_text(s.date.best)), nullable(day_text(s.date.earliest)), nullable(day_text(s.date.latest)),
          nullable(basis), s.confidence);
      if (r.empty()) continue;  // the same span twice in one article
      ++result.statements;
      const auto statement_id = r[0][0].as<std::int64_t>();
      for (const auto& topic : s.topics) {
        if (!impl_->known_topics.count(topic)) {
          w.exec_prepared(impl_->query("ensure_topic"), topic, topic);
          new_topics.insert(topic);
        }
        const stance_judgement* st = nullptr;
        for (const auto& j : s.stances)
          if (j.topic == topic) st = &j;
        std::optional<std::string> label, rule, evidence;
        if (st) {
          label = std::string(to_string(st->label));
          rule = st->rule;
          nlohmann::json spans = nlohmann::json::array();
          for (const auto& e : st->evidence)
            spans.push_back({{"start", cps.to_code_points(e.begin)},
                             {"end", cps.to_code_points(e.end)},
                             {"text", src.text.substr(e.begin, e.size())}});
          evidence = spans.dump();
        }
        w.exec_prepared(impl_->query("insert_statement_topic"), statement_id, topic, nullable(label), nullable(rule),
                        nullable(evidence));
      }
    }
    w.commit();
    impl_->known_topics.insert(new_topics.begin(), new_topics.end());
    result.loaded = true;
    return result;
  } catch (const pqxx::broken_connection& e) {
    throw store_error(fmt::format("lost the database connection ({}) while loading article \"{}\" ({}); it was "
                                  "rolled back, re-run the ingest to load it",
                                  target_.display, src.id, src.file));
  } catch (const pqxx::sql_error& e) {
    throw store_error(fmt::format("article \"{}\" ({}) was not loaded: {}", src.id, src.file, e.what()));
  }
}

std::vector<actor_row> record_store::find_actors(const std::string& name) {
  pqxx::read_transaction w(impl_->conn);
  std::vector<actor_row> out;
  for (const auto& row : w.exec_prepared(impl_->query("find_actor_candidates"), name))
    out.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(),
                   row[3].as<std::int64_t>()});
  return out;
}

std::vector<timeline_row> record_store::timeline(const timeline_filter& f) {
  pqxx::read_transaction w(impl_->conn);
  std::vector<timeline_row> out;
  const auto rows = w.exec_prepared(impl_->query("timeline"), f.actor_id, nullable(f.topic),
                                    nullable(day_text(f.from)), nullable(day_text(f.to)));
  for (const auto& row : rows) {
    timeline_row t;
    t.statement_id = row["id"].as<std::int64_t>();
    t.date = parse_day(row["said_on"]);
    t.earliest = parse_day(row["said_earliest"]);
    t.latest = parse_day(row["said_latest"]);
    t.date_basis = row["date_basis"].is_null() ? "" : row["date_basis"].as<std::string>();
    t.kind = row["kind"].as<std::string>();
    t.text = row["text"].as<std::string>();
    t.speaker = row["speaker"].as<std::string>();
    t.speaker_mention = row["speaker_mention"].is_null() ? "" : row["speaker_mention"].as<std::string>();
    t.cue = row["cue"].is_null() ? "" : row["cue"].as<std::string>();
    for (const auto& [topic, stance] : nlohmann::json::parse(row["topics"].c_str()).items())
      t.stances[topic] = stance.is_string() ? stance.get<std::string>() : "";
    source_row s;
    s.article_id = row["external_id"].as<std::string>();
    s.url = row["url"].as<std::string>();
    s.outlet = row["outlet"].as<std::string>();
    s.title = row["title"].as<std::string>();
    s.published = parse_day(row["published"]);
    t.sources.push_back(std::move(s));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace onrecord
