// Loading analysed articles into the record. A batch of many articles is one transaction: its rows
// are COPYed (pqxx::stream_to) into session-private staging tables, then insert-selects
// (sql/stage_*.sql) move them into the record with conflict handling. Only statements that may be
// another report of a quote already in the record or in the batch are loaded one by one, in
// article order, by a server-side loop (sql/stage_classify.sql says which, sql/stage_load_slow.sql
// loads them), so a batch gives the record that loading its articles one at a time would give.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "read/publication_date.h"
#include "store/record_store.h"
#include "store/record_store_impl.h"
#include "store/store_error.h"
#include "text/utf8.h"

namespace onrecord {
using namespace store_detail;
namespace {

// A value the record stores, or SQL NULL (nullptr) for COPY rows and bound parameters alike.
const char* or_null(const std::optional<std::string>& v) { return v ? v->c_str() : nullptr; }

struct stored_topic {
  std::string slug;
  std::optional<std::string> stance, rule, evidence;
};

// One statement in the record's form: code-point offsets, days as text, evidence as JSON.
struct stored_statement {
  std::optional<std::string> speaker, surname;
  std::string speaker_kind;
  std::string words, kind, start, end;
  std::optional<std::string> mention, mention_start, mention_end, cue;
  std::string rule;
  std::optional<std::string> said_on, earliest, latest, basis;
  double confidence = 0;
  std::vector<stored_topic> topics;
};

stored_statement to_stored(const article& src, const code_point_index& cps, const statement& s) {
  auto cp = [&](std::size_t byte) { return std::to_string(cps.to_code_points(byte)); };
  stored_statement out;
  if (s.speaker && !s.speaker->empty()) {
    out.speaker = *s.speaker;
    // a person is also found by surname ("Whitcombe" for "Dana Whitcombe")
    if (s.speaker_kind == actor_kind::person) {
      const auto space = s.speaker->rfind(' ');
      if (space != std::string::npos && space + 1 < s.speaker->size()) out.surname = s.speaker->substr(space + 1);
    }
  }
  out.speaker_kind = std::string(to_string(s.speaker_kind));
  out.words = src.text.substr(s.content.begin, s.content.size());
  out.kind = std::string(to_string(s.kind));
  out.start = cp(s.content.begin);
  out.end = cp(s.content.end);
  if (s.speaker_mention) {
    out.mention = src.text.substr(s.speaker_mention->begin, s.speaker_mention->size());
    out.mention_start = cp(s.speaker_mention->begin);
    out.mention_end = cp(s.speaker_mention->end);
  }
  if (s.cue) out.cue = src.text.substr(s.cue->begin, s.cue->size());
  out.rule = s.attribution_rule;
  out.said_on = day_text(s.date.best);
  out.earliest = day_text(s.date.earliest);
  out.latest = day_text(s.date.latest);
  if (s.date.basis) out.basis = std::string(to_string(*s.date.basis));
  out.confidence = s.confidence;
  for (const auto& topic : s.topics) {
    bool seen = false;
    for (const auto& t : out.topics) seen = seen || t.slug == topic;
    if (seen) continue;
    stored_topic t{topic, {}, {}, {}};
    const stance_judgement* st = nullptr;  // the last judgement on the topic decides
    for (const auto& j : s.stances)
      if (j.topic == topic) st = &j;
    if (st) {
      t.stance = std::string(to_string(st->label));
      t.rule = st->rule;
      nlohmann::json spans = nlohmann::json::array();
      for (const auto& e : st->evidence)
        spans.push_back({{"start", cps.to_code_points(e.begin)},
                         {"end", cps.to_code_points(e.end)},
                         {"text", src.text.substr(e.begin, e.size())},
                         {"article", src.id}});
      t.evidence = spans.dump();
    }
    out.topics.push_back(std::move(t));
  }
  return out;
}

// COPYs the batch into the staging tables (sql/stage_tables.sql).
void stage(pqxx::work& w, std::span<const analysed_article> batch,
           const std::vector<std::vector<stored_statement>>& stored) {
  {
    pqxx::stream_to copy(w, "stage_articles",
                         std::vector<std::string>{"seq", "body", "external_id", "source_file", "url", "outlet", "title",
                                                  "published", "warnings"});
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const article& src = batch[i].source;
      const auto published = day_text(src.published);
      copy << std::make_tuple(static_cast<int>(i), src.text, src.id, src.file, src.url, src.outlet, src.title,
                              or_null(published), text_array_literal(src.warnings));
    }
    copy.complete();
  }
  {
    pqxx::stream_to copy(w, "stage_statements",
                         std::vector<std::string>{"seq", "ord", "speaker", "speaker_kind", "surname", "words", "kind",
                                                  "start_offset", "end_offset", "speaker_mention", "speaker_start",
                                                  "speaker_end", "cue", "attribution_rule", "said_on", "said_earliest",
                                                  "said_latest", "date_basis", "confidence"});
    for (std::size_t i = 0; i < stored.size(); ++i)
      for (std::size_t k = 0; k < stored[i].size(); ++k) {
        const stored_statement& s = stored[i][k];
        copy << std::make_tuple(static_cast<int>(i), static_cast<int>(k), or_null(s.speaker), s.speaker_kind.c_str(),
                                or_null(s.surname), s.words.c_str(), s.kind.c_str(), s.start.c_str(), s.end.c_str(),
                                or_null(s.mention), or_null(s.mention_start), or_null(s.mention_end), or_null(s.cue),
                                s.rule.c_str(), or_null(s.said_on), or_null(s.earliest), or_null(s.latest),
                                or_null(s.basis), s.confidence);
      }
    copy.complete();
  }
  {
    pqxx::stream_to copy(
        w, "stage_topics",
        std::vector<std::string>{"seq", "ord", "topic_slug", "stance", "stance_rule", "stance_evidence"});
    for (std::size_t i = 0; i < stored.size(); ++i)
      for (std::size_t k = 0; k < stored[i].size(); ++k)
        for (const auto& t : stored[i][k].topics)
          copy << std::make_tuple(static_cast<int>(i), static_cast<int>(k), t.slug.c_str(), or_null(t.stance),
                                  or_null(t.rule), or_null(t.evidence));
    copy.complete();
  }
}

// The text of sql/NAME.sql, for what cannot be prepared (several statements, ANALYZE).
std::string sql_text(const std::string& name) {
  const embedded_file* f = find_embedded(embedded_queries(), name + ".sql");
  if (!f) throw store_error("internal: no query sql/" + name + ".sql in this build");
  return std::string(f->content);
}

}  // namespace

load_result record_store::load(const analysed_article& a) {
  return load_batch(std::span<const analysed_article>(&a, 1)).articles.at(0);
}

std::vector<topic_row> record_store::topic_definitions() {
  single_read w(impl_->ready(*this));
  std::vector<topic_row> out;
  for (const auto& row : w.exec_prepared(impl_->query("topic_definitions"))) {
    topic_row t;
    t.slug = row[0].as<std::string>();
    t.name = row[1].as<std::string>();
    t.definition = row[2].as<std::string>();
    out.push_back(std::move(t));
  }
  return out;
}

batch_load_result record_store::load_batch(std::span<const analysed_article> batch,
                                           const std::function<bool()>& abandon) {
  batch_load_result out;
  out.articles.resize(batch.size());
  if (batch.empty()) return out;
  // the record's form of every statement, computed before the transaction opens
  std::vector<std::vector<stored_statement>> stored(batch.size());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const article& src = batch[i].source;
    const code_point_index cps(src.text);
    stored[i].reserve(batch[i].statements.size());
    for (const auto& s : batch[i].statements) stored[i].push_back(to_stored(src, cps, s));
  }
  auto describe = [&] {
    return batch.size() == 1 ? fmt::format("article \"{}\" ({})", batch[0].source.id, batch[0].source.file)
                             : fmt::format("a batch of {} articles (\"{}\" … \"{}\")", batch.size(),
                                           batch.front().source.id, batch.back().source.id);
  };
  auto lost = [&] {
    return connection_lost(
        fmt::format("lost the database connection ({}) while loading {}; it was rolled back, "
                    "re-run the ingest to load it",
                    target_.display, describe()));
  };
  try {
    if (!impl_->staging_ready) {
      pqxx::nontransaction setup(impl_->ready(*this));
      setup.exec(sql_text("stage_tables"));
      setup.exec(sql_text("stage_load_slow"));
      impl_->staging_ready = true;
    }
    pqxx::work w(impl_->ready(*this), "load_batch");
    stage(w, batch, stored);
    w.exec_prepared(impl_->query("load_lock"));
    std::vector<bool> is_new(batch.size(), false);
    bool any_new = false;
    for (const auto& row : w.exec_prepared(impl_->query("stage_insert_articles"))) {
      is_new.at(row[0].as<std::size_t>()) = true;
      any_new = true;
    }
    std::vector<std::size_t> statements(batch.size(), 0), merged(batch.size(), 0);
    if (any_new) {
      for (const char* step : {"stage_insert_actors", "stage_attribute", "stage_insert_aliases"})
        w.exec_prepared(impl_->query(step));
      const std::string analyze = sql_text("stage_analyze");
      w.exec(analyze);
      w.exec_prepared(impl_->query("stage_classify"));
      w.exec(analyze);  // the paths just set decide the joins below
      for (const char* step : {"stage_assign_ids", "stage_insert_statements", "stage_insert_sources",
                               "stage_insert_topics", "stage_insert_statement_topics"})
        w.exec_prepared(impl_->query(step));
      // topics and dates of the statements a path loaded: set-based, once each
      auto settle = [&](const char* path) {
        for (const char* step : {"stage_merge_topics", "stage_refresh_dates"})
          w.exec_prepared(impl_->query(step), path);
      };
      settle("merge");
      for (std::size_t i = 0; i < batch.size(); ++i)
        if (is_new[i]) statements[i] = stored[i].size();
      for (const auto& row : w.exec_prepared(impl_->query("stage_merge_counts")))
        merged.at(row[0].as<std::size_t>()) += row[1].as<std::size_t>();
      // the statements that may be another report of a quote: one by one, in article order, in the
      // server (sql/stage_load_slow.sql)
      for (const auto& row : w.exec_prepared(impl_->query("stage_run_slow"))) {
        const auto seq = row[0].as<std::size_t>();
        const std::string outcome = row[1].as<std::string>();
        if (outcome == "skipped") --statements.at(seq);
        if (outcome == "merged") ++merged.at(seq);
      }
      settle("slow");  // the loop's: topics of what it loaded, dates of what it gave further sources
    }
    if (abandon && abandon()) {
      w.abort();
      out.abandoned = true;
      return out;
    }
    w.commit();
    for (std::size_t i = 0; i < batch.size(); ++i)
      out.articles[i] = load_result{is_new[i], is_new[i] ? statements[i] : 0, is_new[i] ? merged[i] : 0};
    return out;
  } catch (const pqxx::broken_connection&) {
    throw lost();
  } catch (const pqxx::in_doubt_error&) {
    throw lost();
  } catch (const pqxx::sql_error& e) {
    if (!impl_->conn.is_open()) throw lost();
    throw store_error(fmt::format("{} was not loaded: {}", describe(), e.what()));
  } catch (const pqxx::failure& e) {
    if (!impl_->conn.is_open()) throw lost();
    throw store_error(fmt::format("{} was not loaded: {}", describe(), e.what()));
  }
}

}  // namespace onrecord
