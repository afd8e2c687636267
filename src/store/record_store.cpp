// libpqxx 6.4 lives here: every query is a prepared statement from sql/*.sql with bound parameters.
#include "store/record_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>

#include "read/publication_date.h"
#include "store/record_store_impl.h"
#include "store/store_error.h"
#include "text/utf8.h"

namespace onrecord {
using namespace store_detail;
namespace {

int migration_version(std::string_view file_name) {
  int v = 0;
  std::size_t i = 0;
  for (; i < file_name.size() && std::isdigit(static_cast<unsigned char>(file_name[i])); ++i) v = v * 10 + (file_name[i] - '0');
  if (i != 4 || i >= file_name.size() || file_name[i] != '_')
    throw store_error(fmt::format("migration file {} is not named NNNN_name.sql", file_name));
  return v;
}

}  // namespace

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
  const auto published = day_text(src.published);
  load_result result;
  try {
    pqxx::work w(impl_->conn, "load");
    const auto inserted =
        w.exec_prepared(impl_->query("insert_article"), src.text, src.id, src.file, src.url, src.outlet, src.title,
                        nullable(published), text_array_literal(src.warnings));
    if (inserted.empty()) return result;  // the same article is loaded already
    const auto article_id = inserted[0][0].as<std::int64_t>();

    std::map<std::string, std::int64_t> actors;  // ingested name → id, this transaction
    std::set<std::string> new_topics;
    auto actor_id_for = [&](const statement& s) -> std::optional<std::string> {
      if (!s.speaker || s.speaker->empty()) return std::nullopt;
      const std::string& name = *s.speaker;
      if (auto it = actors.find(name); it != actors.end()) return std::to_string(it->second);
      // the actor of that name, or the one a user merged or renamed it into, or a new one
      auto r = w.exec_prepared(impl_->query("resolve_actor"), name, std::string(to_string(s.speaker_kind)));
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
      const std::string words = src.text.substr(s.content.begin, s.content.size());
      std::optional<std::string> actor = actor_id_for(s);
      // a user's re-attribution of these words outlives the article it was made on
      if (const auto c = w.exec_prepared(impl_->query("find_correction"), words); !c.empty())
        actor = c[0][0].as<std::string>();
      std::optional<std::string> mention, mention_start, mention_end, cue;
      if (s.speaker_mention) {
        mention = src.text.substr(s.speaker_mention->begin, s.speaker_mention->size());
        mention_start = cp(s.speaker_mention->begin);
        mention_end = cp(s.speaker_mention->end);
      }
      if (s.cue) cue = src.text.substr(s.cue->begin, s.cue->size());
      std::optional<std::string> basis;
      if (s.date.basis) basis = std::string(to_string(*s.date.basis));
      const std::string kind(to_string(s.kind));
      const std::string start = cp(s.content.begin), end = cp(s.content.end);
      const auto said_on = day_text(s.date.best), earliest = day_text(s.date.earliest),
                 latest = day_text(s.date.latest);

      std::int64_t statement_id = 0;
      const auto match = w.exec_prepared(impl_->query("find_matching_statement"), words, nullable(actor),
                                         nullable(published));
      if (!match.empty()) {
        statement_id = match[0][0].as<std::int64_t>();
        const auto added = w.exec_prepared(impl_->query("insert_statement_source"), statement_id, article_id, start,
                                           end, words, kind, nullable(mention), nullable(mention_start),
                                           nullable(mention_end), nullable(cue), nullable(said_on),
                                           nullable(earliest), nullable(latest), nullable(basis));
        if (added.empty()) continue;  // the same span twice in one article
        w.exec_prepared(impl_->query("merge_statement_source"), statement_id, nullable(actor), words, article_id,
                        start, end);
        w.exec_prepared(impl_->query("refresh_statement_date"), statement_id);
        ++result.merged;
      } else {
        const auto r = w.exec_prepared(impl_->query("insert_statement"), article_id, nullable(actor), kind, words,
                                       start, end, nullable(mention), nullable(mention_start),
                                       nullable(mention_end), nullable(cue), s.attribution_rule, nullable(said_on),
                                       nullable(earliest), nullable(latest), nullable(basis), s.confidence,
                                       nullable(published));
        if (r.empty()) continue;  // the same span twice in one article
        statement_id = r[0][0].as<std::int64_t>();
        w.exec_prepared(impl_->query("insert_statement_source"), statement_id, article_id, start, end, words, kind,
                        nullable(mention), nullable(mention_start), nullable(mention_end), nullable(cue),
                        nullable(said_on), nullable(earliest), nullable(latest), nullable(basis));
      }
      ++result.statements;
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
                             {"text", src.text.substr(e.begin, e.size())},
                             {"article", src.id}});
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
    throw connection_lost(fmt::format("lost the database connection ({}) while loading article \"{}\" ({}); it was "
                                  "rolled back, re-run the ingest to load it",
                                  target_.display, src.id, src.file));
  } catch (const pqxx::sql_error& e) {
    throw store_error(fmt::format("article \"{}\" ({}) was not loaded: {}", src.id, src.file, e.what()));
  }
}

}  // namespace onrecord
