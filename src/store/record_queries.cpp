// The query commands' reads and the users' corrections: timeline, positions, search, actors,
// topics and stats. Every query is sql/*.sql with bound parameters, sent with exec_params (parse, bind and
// run in one round trip: each runs once a command); a query repeated in a loop is prepared instead.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "store/record_store.h"
#include "store/record_store_impl.h"

namespace onrecord {
using namespace store_detail;
namespace {

// A bigint[] literal of statement ids, for sources_of_statements and topics_of_statements.
std::string id_array(const std::vector<std::int64_t>& ids) {
  std::string out = "{";
  for (const auto id : ids) {
    if (out.size() > 1) out += ',';
    out += std::to_string(id);
  }
  return out + "}";
}

// A source's external id, url, outlet, title and publication day, from column `first` of `row` on.
source_row source_row_from(const pqxx::row& row, pqxx::row::size_type first) {
  source_row s;
  s.article_id = row[first].as<std::string>();
  s.url = text_or_empty(row[first + 1]);
  s.outlet = text_or_empty(row[first + 2]);
  s.title = text_or_empty(row[first + 3]);
  s.published = parse_day(row[first + 4]);
  return s;
}

// Every listed statement's sources, oldest publication first: one query for all the rows a command
// shows instead of one subquery a row. `query` is sql/sources_of_statements.sql.
std::unordered_map<std::int64_t, std::vector<source_row>> sources_of(pqxx::transaction_base& w,
                                                                     const std::string& query,
                                                                     const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::vector<source_row>> out;
  if (ids.empty()) return out;
  for (const auto& row : w.exec_params(query, id_array(ids)))
    out[row[0].as<std::int64_t>()].push_back(source_row_from(row, 1));
  return out;
}

// Every listed statement's topics with the speaker's stance ("" when unsure); `query` is the
// sql/topics_of_statements.sql.
std::unordered_map<std::int64_t, std::map<std::string, std::string>> topics_of(pqxx::transaction_base& w,
                                                                               const std::string& query,
                                                                               const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::map<std::string, std::string>> out;
  if (ids.empty()) return out;
  for (const auto& row : w.exec_params(query, id_array(ids)))
    out[row[0].as<std::int64_t>()][row[1].as<std::string>()] = text_or_empty(row[2]);
  return out;
}

// Fills the sources and topic stances of each row's statement (`statement_of(row)`: the row itself
// for timelines, the hit's statement for search). `sources_query` / `topics_query` are the texts of
// sources_of_statements / topics_of_statements.
template <typename Row, typename StatementOf>
void attach_sources_and_topics(pqxx::transaction_base& w, const std::string& sources_query,
                               const std::string& topics_query, std::vector<Row>& rows, StatementOf statement_of) {
  std::vector<std::int64_t> ids;
  for (auto& r : rows) ids.push_back(statement_of(r).statement_id);
  auto sources = sources_of(w, sources_query, ids);
  auto topics = topics_of(w, topics_query, ids);
  for (auto& r : rows) {
    timeline_row& t = statement_of(r);
    t.sources = std::move(sources[t.statement_id]);
    t.stances = std::move(topics[t.statement_id]);
  }
}

timeline_row& itself(timeline_row& r) { return r; }

// Rows of search_statements.sql and statement_by_id.sql share these columns. Their
// numbers are looked up once a result: by name a row, the look-up cost half a 1,000-row timeline's reading.
struct timeline_columns {
  explicit timeline_columns(const pqxx::result& r)
      : id(r.column_number("id")),
        said_on(r.column_number("said_on")),
        said_earliest(r.column_number("said_earliest")),
        said_latest(r.column_number("said_latest")),
        first_seen(r.column_number("first_seen")),
        date_basis(r.column_number("date_basis")),
        kind(r.column_number("kind")),
        text(r.column_number("text")),
        speaker(r.column_number("speaker")),
        speaker_mention(r.column_number("speaker_mention")),
        cue(r.column_number("cue")) {}
  pqxx::row::size_type id, said_on, said_earliest, said_latest, first_seen, date_basis, kind, text, speaker,
      speaker_mention, cue;
};

timeline_row timeline_row_from(const pqxx::row& row, const timeline_columns& c) {
  timeline_row t;
  t.statement_id = row[c.id].as<std::int64_t>();
  t.date = parse_day(row[c.said_on]);
  t.earliest = parse_day(row[c.said_earliest]);
  t.latest = parse_day(row[c.said_latest]);
  t.first_seen = parse_day(row[c.first_seen]);
  t.date_basis = text_or_empty(row[c.date_basis]);
  t.kind = row[c.kind].as<std::string>();
  t.text = row[c.text].as<std::string>();
  t.speaker = text_or_empty(row[c.speaker]);
  t.speaker_mention = text_or_empty(row[c.speaker_mention]);
  t.cue = text_or_empty(row[c.cue]);
  return t;
}

std::optional<std::string> array_or_null(const std::vector<std::string>& items) {
  return items.empty() ? std::nullopt : std::optional<std::string>(text_array_literal(items));
}

std::optional<std::string> id_or_null(std::optional<std::int64_t> id) {
  return id ? std::optional<std::string>(std::to_string(*id)) : std::nullopt;
}

// What sql/timeline.sql gives: the statements with their sources and topics, and the actor (when the
// name resolved).
struct timeline_parts {
  std::vector<timeline_row> statements;
  std::optional<actor_row> actor;
};

// The rows of sql/timeline.sql, which carries each statement's sources and topics in the same result,
// unsorted (parts 0 to 3: see the file). A row's `ord` is its statement's place from 1: statements
// are put in their places first, then each source and topic joins its statement without a look-up.
timeline_parts timeline_parts_from(const pqxx::result& result) {
  constexpr int statement_part = 0, source_part = 1, topic_part = 2;
  timeline_parts parts;
  std::size_t shown = 0;
  for (const auto& row : result) {
    const int part = row[0].as<int>();
    if (part == statement_part) ++shown;
    if (part <= topic_part) continue;
    if (!row[2].is_null())
      parts.actor = actor_row{row[2].as<std::int64_t>(), row[3].as<std::string>(), row[4].as<std::string>()};
  }
  std::vector<timeline_row>& out = parts.statements;
  out.resize(shown);
  // the index of a row's statement in `out`, from its ord
  const auto place_of = [&](const pqxx::row& row) {
    const auto ord = row[1].as<std::size_t>();
    if (ord == 0 || ord > shown) throw store_error("internal: sql/timeline.sql gave a row outside the timeline");
    return ord - 1;
  };
  for (const auto& row : result) {
    if (row[0].as<int>() != statement_part) continue;
    timeline_row& t = out[place_of(row)];
    t.statement_id = row[2].as<std::int64_t>();
    t.date = parse_day(row[3]);
    t.earliest = parse_day(row[4]);
    t.latest = parse_day(row[5]);
    t.date_basis = text_or_empty(row[6]);
    t.kind = row[7].as<std::string>();
    t.text = row[8].as<std::string>();
    t.first_seen = parse_day(row[9]);
    t.speaker = text_or_empty(row[10]);
    t.speaker_mention = text_or_empty(row[11]);
    t.cue = text_or_empty(row[12]);
  }
  // each statement's sources with the article ids that break ties between equal publication days
  std::vector<std::vector<std::pair<std::int64_t, source_row>>> sources(shown);
  for (const auto& row : result) {
    const int part = row[0].as<int>();
    if (part == statement_part || part > topic_part) continue;
    const std::size_t place = place_of(row);
    timeline_row& t = out[place];
    if (t.statement_id != row[2].as<std::int64_t>())
      throw store_error("internal: sql/timeline.sql gave a source or topic to the wrong statement");
    if (part == source_part)
      sources[place].emplace_back(row[13].as<std::int64_t>(), source_row_from(row, 3));
    else
      t.stances[row[3].as<std::string>()] = text_or_empty(row[4]);
  }
  // oldest publication first, undated last, then by article: the order sources_of_statements.sql gives
  for (std::size_t i = 0; i < shown; ++i) {
    auto& list = sources[i];
    std::sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
      const auto& a = x.second.published;
      const auto& b = y.second.published;
      if (a.has_value() != b.has_value()) return a.has_value();
      if (a && *a != *b) return *a < *b;
      return x.first < y.first;
    });
    out[i].sources.reserve(list.size());
    for (auto& [article, s] : list) out[i].sources.push_back(std::move(s));
  }
  return parts;
}

// The migrations the database records, from sql/timeline.sql's last part ("" when none), without
// reading the rest of the result.
std::string recorded_migrations_in_timeline(const pqxx::result& result) {
  constexpr int actor_part = 3;
  for (auto row = result.rbegin(); row != result.rend(); ++row)
    if ((*row)[0].as<int>() == actor_part) return text_or_empty((*row)[5]);
  return {};
}

// Runs sql/timeline.sql (`sql`) for the actor f.actor_id, or for the actor `actor_name` resolves to.
pqxx::result run_timeline(pqxx::connection& conn, const std::string& sql, const timeline_filter& f,
                          const std::optional<std::string>& actor_name) {
  // one statement, so one snapshot without a transaction (sql/timeline.sql)
  single_read w(conn);
  std::vector<std::string> outlets;
  for (const auto& o : f.outlets) {
    std::string lower;
    for (char c : o) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    outlets.push_back(lower);
  }
  const auto limit = f.limit ? std::optional<std::string>(std::to_string(*f.limit)) : std::nullopt;
  const auto kinds = array_or_null(f.kinds), stances = array_or_null(f.stances), outlet_list = array_or_null(outlets);
  const auto actor_id = actor_name ? std::nullopt : std::optional<std::string>(std::to_string(f.actor_id));
  return w.exec_params(sql, nullable(actor_id), nullable(f.topic), nullable(day_text(f.from)), nullable(day_text(f.to)),
                       nullable(kinds), nullable(stances), nullable(outlet_list), nullable(limit),
                       nullable(actor_name));
}

}  // namespace

std::vector<actor_row> record_store::find_actors(const std::string& name) {
  const auto result = impl_->first_query(
      *this,
      [&](pqxx::connection& conn) {
        single_read w(conn);
        return w.exec_params(impl_->sql("find_actor_candidates"), name);
      },
      [](const pqxx::result& r) { return r.empty() ? std::string() : text_or_empty(r[0][5]); });
  std::vector<actor_row> out;
  for (const auto& row : result)
    if (!row[0].is_null())
      out.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(),
                     row[3].as<std::int64_t>(), row[4].as<bool>()});
  return out;
}

std::vector<timeline_row> record_store::timeline(const timeline_filter& f) {
  pqxx::connection& conn = impl_->ready(*this);
  return timeline_parts_from(run_timeline(conn, impl_->sql("timeline"), f, std::nullopt)).statements;
}

named_timeline record_store::timeline_of(const std::string& actor_name, const timeline_filter& f) {
  const std::string& sql = impl_->sql("timeline");
  auto parts = timeline_parts_from(impl_->first_query(
      *this, [&](pqxx::connection& conn) { return run_timeline(conn, sql, f, actor_name); },
      recorded_migrations_in_timeline));
  return {std::move(parts.actor), std::move(parts.statements)};
}

std::vector<topic_statement> record_store::topic_statements(std::optional<std::int64_t> actor_id,
                                                            const std::optional<std::string>& topic,
                                                            std::optional<date::sys_days> from,
                                                            std::optional<date::sys_days> to) {
  snapshot_read w(impl_->ready(*this));
  std::vector<topic_statement> out;
  const auto actor = id_or_null(actor_id);
  const auto result = w.exec_params(impl_->sql("topic_statements"), nullable(actor), nullable(topic),
                                    nullable(day_text(from)), nullable(day_text(to)));
  // column numbers once, not a search of the column names at every row (see timeline_columns)
  const auto col = [&](const char* name) { return result.column_number(name); };
  const auto id = col("id"), actor_col = col("actor_id"), actor_name = col("actor"), slug = col("topic_slug"),
             said_on = col("said_on"), earliest = col("said_earliest"), latest = col("said_latest"),
             first_seen = col("first_seen"), kind = col("kind"), text = col("text"), stance = col("stance"),
             rule = col("stance_rule"), evidence = col("evidence");
  out.reserve(result.size());
  for (const auto& row : result) {
    topic_statement t;
    t.statement_id = row[id].as<std::int64_t>();
    t.actor_id = row[actor_col].as<std::int64_t>();
    t.actor = row[actor_name].as<std::string>();
    t.topic = row[slug].as<std::string>();
    t.date = parse_day(row[said_on]);
    t.earliest = parse_day(row[earliest]);
    t.latest = parse_day(row[latest]);
    t.first_seen = parse_day(row[first_seen]);
    t.kind = row[kind].as<std::string>();
    t.text = row[text].as<std::string>();
    t.stance = text_or_empty(row[stance]);
    t.stance_rule = text_or_empty(row[rule]);
    t.stance_evidence = text_or_empty(row[evidence]);
    out.push_back(std::move(t));
  }
  std::vector<std::int64_t> ids;
  for (const auto& t : out) ids.push_back(t.statement_id);
  auto sources = sources_of(w, impl_->sql("sources_of_statements"), ids);
  for (auto& t : out) t.sources = sources[t.statement_id];
  return out;
}

std::vector<search_row> record_store::search(const search_filter& f) {
  snapshot_read w(impl_->ready(*this));
  std::vector<search_row> out;
  const auto actor = id_or_null(f.actor_id);
  const auto result = w.exec_params(impl_->sql("search_statements"), f.query, nullable(actor), nullable(f.topic),
                                    nullable(day_text(f.from)), nullable(day_text(f.to)), f.limit);
  const timeline_columns columns(result);
  const auto rank = result.column_number("rank"), snippet = result.column_number("snippet");
  for (const auto& row : result) {
    search_row r;
    r.statement = timeline_row_from(row, columns);
    r.rank = row[rank].as<double>();
    r.snippet = row[snippet].as<std::string>();
    out.push_back(std::move(r));
  }
  attach_sources_and_topics(w, impl_->sql("sources_of_statements"), impl_->sql("topics_of_statements"), out,
                            [](search_row& r) -> timeline_row& { return r.statement; });
  return out;
}

std::optional<timeline_row> record_store::statement_by_id(std::int64_t id) {
  snapshot_read w(impl_->ready(*this));
  const auto r = w.exec_params(impl_->sql("statement_by_id"), id);
  if (r.empty()) return std::nullopt;
  std::vector<timeline_row> one{timeline_row_from(r[0], timeline_columns(r))};
  attach_sources_and_topics(w, impl_->sql("sources_of_statements"), impl_->sql("topics_of_statements"), one, itself);
  return one.front();
}

std::vector<actor_row> record_store::list_actors() {
  single_read w(impl_->ready(*this));
  std::vector<actor_row> out;
  for (const auto& row : w.exec_params(impl_->sql("list_actors")))
    out.push_back(
        {row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<std::int64_t>()});
  return out;
}

actor_detail record_store::describe_actor(const actor_row& actor) {
  snapshot_read w(impl_->ready(*this));
  actor_detail d;
  d.actor = actor;
  for (const auto& row : w.exec_params(impl_->sql("actor_aliases"), actor.id))
    d.aliases.emplace_back(row[0].as<std::string>(), row[1].as<std::string>());
  for (const auto& row : w.exec_params(impl_->sql("actor_topics"), actor.id)) {
    const auto topic = row[0].as<std::string>();
    if (d.topics.empty() || d.topics.back().topic != topic) d.topics.push_back({topic, 0, {}});
    const auto n = row[2].as<std::int64_t>();
    d.topics.back().statements += n;
    d.topics.back().stances[row[1].as<std::string>()] += n;
  }
  const auto s = w.exec_params(impl_->sql("actor_summary"), actor.id);
  d.first = parse_day(s[0][0]);
  d.last = parse_day(s[0][1]);
  d.corrected = s[0][2].as<std::int64_t>();
  return d;
}

std::vector<topic_row> record_store::list_topics(const std::optional<std::string>& slug) {
  single_read w(impl_->ready(*this));
  std::vector<topic_row> out;
  for (const auto& row : w.exec_params(impl_->sql("list_topics"), nullable(slug))) {
    topic_row t;
    t.slug = row["slug"].as<std::string>();
    t.name = row["name"].as<std::string>();
    t.description = row["description"].as<std::string>();
    t.support_means = row["support_means"].as<std::string>();
    t.definition = row["definition"].as<std::string>();
    t.statements = row["statements"].as<std::int64_t>();
    t.actors = row["actors"].as<std::int64_t>();
    for (const char* s : {"support", "oppose", "neutral", "unsure"}) t.stances[s] = row[s].as<std::int64_t>();
    out.push_back(std::move(t));
  }
  return out;
}

record_stats record_store::stats() {
  single_read w(impl_->ready(*this));
  const auto row = w.exec_params(impl_->sql("record_stats"))[0];
  record_stats s;
  s.articles = row["articles"].as<std::int64_t>();
  s.articles_without_date = row["articles_without_date"].as<std::int64_t>();
  s.statements = row["statements"].as<std::int64_t>();
  s.sources = row["sources"].as<std::int64_t>();
  s.statements_with_several_sources = row["several_sources"].as<std::int64_t>();
  s.actors = row["actors"].as<std::int64_t>();
  s.topics = row["topics"].as<std::int64_t>();
  s.without_speaker = row["without_speaker"].as<std::int64_t>();
  s.without_date = row["without_date"].as<std::int64_t>();
  s.with_stance = row["with_stance"].as<std::int64_t>();
  s.first_published = parse_day(row["first_published"]);
  s.last_published = parse_day(row["last_published"]);
  s.first_said = parse_day(row["first_said"]);
  s.last_said = parse_day(row["last_said"]);
  const nlohmann::json kinds = nlohmann::json::parse(row["by_kind"].c_str());
  for (auto it = kinds.begin(); it != kinds.end(); ++it) s.by_kind[it.key()] = it->get<std::int64_t>();
  return s;
}

void record_store::add_alias(std::int64_t actor_id, const std::string& alias) {
  pqxx::work w(impl_->ready(*this), "add_alias");
  w.exec_params(impl_->sql("add_user_alias"), alias, actor_id);
  w.commit();
}

std::pair<std::int64_t, std::int64_t> record_store::merge_actors(std::int64_t keep, std::int64_t gone) {
  if (keep == gone) throw store_error("an actor cannot be merged into itself");
  pqxx::work w(impl_->ready(*this), "merge_actors");
  const auto r = w.exec_params(impl_->sql("merge_actors"), keep, gone);
  w.exec_params(impl_->sql("delete_actor"), gone);
  w.commit();
  return {r[0][0].as<std::int64_t>(), r[0][1].as<std::int64_t>()};
}

void record_store::rename_actor(std::int64_t actor_id, const std::string& new_name) {
  try {
    pqxx::work w(impl_->ready(*this), "rename_actor");
    w.exec_params(impl_->sql("rename_actor"), actor_id, new_name);
    w.commit();
  } catch (const pqxx::unique_violation&) {
    throw store_error(
        fmt::format("another actor is already called '{}'; use `onrecord actors merge` to make "
                    "them one",
                    new_name));
  }
}

void record_store::set_actor_kind(std::int64_t actor_id, const std::string& kind) {
  pqxx::work w(impl_->ready(*this), "set_actor_kind");
  w.exec_params(impl_->sql("set_actor_kind"), actor_id, kind);
  w.commit();
}

bool record_store::reassign_statement(std::int64_t statement_id, std::int64_t actor_id) {
  pqxx::work w(impl_->ready(*this), "reassign_statement");
  const auto r = w.exec_params(impl_->sql("reassign_statement"), statement_id, actor_id);
  w.commit();
  return !r.empty();
}

std::size_t record_store::import_topics(const std::vector<topic_row>& topics) {
  pqxx::work w(impl_->ready(*this), "import_topics");
  std::size_t added = 0;
  for (const auto& t : topics) {
    const auto r =
        w.exec_prepared(impl_->query("upsert_topic"), t.slug, t.name, t.description, t.support_means, t.definition);
    if (!r.empty() && r[0][0].as<bool>()) ++added;
  }
  w.commit();
  impl_->known_topics.clear();
  return added;
}

void record_store::describe_topics(const std::vector<topic_row>& topics) {
  pqxx::work w(impl_->ready(*this), "describe_topics");
  for (const auto& t : topics)
    w.exec_prepared(impl_->query("describe_topic"), t.slug, t.name, t.description, t.support_means);
  w.commit();
}

}  // namespace onrecord
