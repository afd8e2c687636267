// One statement, many sources: the seed loaded from two differently formatted copies, migration
// 0002 on data loaded under 0001, and user corrections that survive re-ingesting.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>
#include <vector>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::json_lines;
using testing::run_onrecord;

// The seed's body as a JSON Lines record under another id and outlet, written to a temporary file
// (the corpus text never enters the repository).
std::string seed_as_json_lines(const std::string& seed_path) {
  std::string text = testing::read_file(seed_path);
  const std::string token = "date 2025-11-09";
  const auto at = text.find(token);
  if (at != std::string::npos) text = text.substr(at + token.size());
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.erase(text.begin());
  const nlohmann::json record{{"id", "seed-syndicated-copy"},
                              {"outlet", "Syndicated Daily"},
                              {"url", "https://example.org/syndicated/seed"},
                              {"published", "2025-11-09"},
                              {"text", text}};
  const auto path =
      std::filesystem::temp_directory_path() / ("onrecord-seed-copy-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path) << record.dump() << '\n';
  return path.string();
}

TEST(QuerySources, SeedFromTwoDifferentlyFormattedCopiesGivesEachStatementOnceWithTwoSources) {
  ONRECORD_REQUIRE_DB();
  ONRECORD_REQUIRE_SHARED(shared);
  testing::throwaway_database db("query_sources_seed");
  const std::string seed = shared + "/corpus/seed/mamdani-ice-2025-11-09.txt";
  const std::string copy = seed_as_json_lines(seed);
  auto first = run_onrecord({"--db", db.conninfo(), "ingest", seed});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string statements = db.scalar("SELECT count(*) FROM statements");
  ASSERT_NE(statements, "0");
  auto second = run_onrecord({"--db", db.conninfo(), "ingest", copy});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM articles"), "2");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements"), statements) << "the copy added statements";
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements s WHERE (SELECT count(*) FROM statement_sources ss "
                      "WHERE ss.statement_id = s.id) <> 2"),
            "0");
  // re-ingesting both changes nothing
  auto again = run_onrecord({"--db", db.conninfo(), "ingest", seed, copy});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("2 already present"), std::string::npos) << again.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources"), std::to_string(2 * std::stoi(statements)));

  auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "mamdani", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  const auto rows = json_lines(tl.out);
  ASSERT_FALSE(rows.empty());
  for (const auto& r : rows) {
    ASSERT_EQ(r["sources"].size(), 2u) << r.dump();
    EXPECT_EQ(r["first_seen"], "2025-11-09");
    std::set<std::string> outlets{r["sources"][0]["outlet"], r["sources"][1]["outlet"]};
    EXPECT_TRUE(outlets.count("Syndicated Daily")) << r.dump();
  }
  auto only_copy = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Zohran Mamdani", "--outlet",
                                 "syndicated daily", "--kind", "direct", "--limit", "2", "--format", "json"});
  ASSERT_EQ(only_copy.exit_code, 0) << only_copy.err;
  const auto limited = json_lines(only_copy.out);
  EXPECT_EQ(limited.size(), 2u) << only_copy.out;
  for (const auto& r : limited) EXPECT_EQ(r["kind"], "direct");
  std::filesystem::remove(copy);
}

TEST(QuerySources, AQuoteContainedInAFullerReportIsTheSameStatementWithTheBestDate) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_contained");
  const std::string input =
      "{\"id\":\"a\",\"outlet\":\"Harbour Gazette\",\"published\":\"2024-06-12\",\"text\":\"Councillor Ravi Okafor "
      "spoke to reporters.\\n\\n“The ferry will run every hour,” Okafor said.\"}\n"
      "{\"id\":\"b\",\"outlet\":\"River Courier\",\"published\":\"2024-06-10\",\"text\":\"On Monday, June 10, "
      "Councillor Ravi Okafor said, “THE FERRY will run every hour, and the fares will not rise this summer.”\"}\n";
  auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements s JOIN actors a ON a.id = s.actor_id "
                      "WHERE a.name = 'Ravi Okafor' AND s.text ILIKE '%ferry%'"),
            "1");
  EXPECT_EQ(db.scalar("SELECT text FROM statements WHERE text ILIKE '%ferry%'"),
            "THE FERRY will run every hour, and the fares will not rise this summer.");
  EXPECT_EQ(db.scalar("SELECT first_seen FROM statements WHERE text ILIKE '%ferry%'"), "2024-06-10");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources ss JOIN statements s ON s.id = ss.statement_id "
                      "WHERE s.text ILIKE '%ferry%'"),
            "2");
}

// Three statements of one actor (two of them the same words) as a build of migration 0001 stored them.
void load_under_migration_0001(const testing::throwaway_database& db) {
  pqxx::connection c(db.conninfo());
  pqxx::work w(c);
  const std::string initial = testing::read_file(testing::source_dir() + "/migrations/0001_initial.sql");
  w.exec(
      "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, "
      "applied_at timestamptz NOT NULL DEFAULT now())");
  w.exec(initial);
  w.exec_params(
      "INSERT INTO schema_migrations (version, name, checksum) VALUES (1, '0001_initial.sql', "
      "encode(sha256(convert_to($1::text, 'UTF8')), 'hex'))",
      initial);
  w.exec(
      "INSERT INTO articles (id, content_hash, external_id, outlet, published, body) VALUES "
      "(1, '\\x01', 'a', 'Harbour Gazette', '2024-05-02', 'x'), (2, '\\x02', 'b', 'River Courier', '2024-05-01', "
      "'y')");
  w.exec("INSERT INTO actors (id, name, kind) VALUES (1, 'Dana Whitcombe', 'person')");
  w.exec("INSERT INTO topics (slug, name) VALUES ('harbour-dredging', 'Harbour dredging')");
  w.exec(
      "INSERT INTO statements (id, article_id, actor_id, kind, text, start_offset, end_offset, said_on, "
      "said_earliest, said_latest, date_basis) VALUES "
      "(1, 1, 1, 'direct', 'We will dredge the harbour.', 0, 10, '2024-05-02', '2024-05-02', '2024-05-02', "
      "'published'),"
      "(2, 2, 1, 'direct', 'we will DREDGE the harbour', 5, 20, '2024-04-29', '2024-04-29', '2024-04-29', "
      "'explicit'),"
      "(3, 2, 1, 'indirect', 'that the budget is balanced', 30, 50, NULL, NULL, NULL, NULL)");
  w.exec(
      "INSERT INTO statement_topics (statement_id, topic_slug, stance, stance_rule, stance_evidence) VALUES "
      "(1, 'harbour-dredging', NULL, NULL, NULL), "
      "(2, 'harbour-dredging', 'support', 'cue:will dredge', '[{\"start\":8,\"end\":14,\"text\":\"dredge\"}]')");
  w.commit();
}

TEST(QuerySources, Migration0002KeepsDataLoadedUnder0001AndMergesEqualQuotes) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_migration");
  load_under_migration_0001(db);
  auto m = run_onrecord({"--db", db.conninfo(), "migrate"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements"), "2");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources"), "3");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources WHERE statement_id = 1"), "2");
  EXPECT_EQ(db.scalar("SELECT stance FROM statement_topics WHERE statement_id = 1"), "support");
  EXPECT_EQ(db.scalar("SELECT first_seen FROM statements WHERE id = 1"), "2024-05-01");
  EXPECT_EQ(db.scalar("SELECT first_seen FROM statements WHERE id = 3"), "2024-05-01");
  EXPECT_EQ(db.scalar("SELECT quote_key FROM statements WHERE id = 1"), "we will dredge the harbour");
}

// No `migrate` first: the timeline's first query finds the schema behind, migrates, and answers as above.
TEST(QuerySources, ATimelineOfADatabaseUnder0001MigratesItFirst) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_timeline_0001");
  load_under_migration_0001(db);
  auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "dana whitcombe", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  const auto rows = json_lines(tl.out);
  ASSERT_EQ(rows.size(), 2u) << tl.out;
  EXPECT_EQ(rows[0]["sources"].size(), 2u) << tl.out;
  std::size_t migrations = 0;
  for (const auto& f : std::filesystem::directory_iterator(testing::source_dir() + "/migrations"))
    migrations += f.path().extension() == ".sql";
  EXPECT_EQ(db.scalar("SELECT count(*) FROM schema_migrations"), std::to_string(migrations));
}

TEST(QuerySources, CorrectionsSurviveReIngesting) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_corrections");
  const std::string first =
      "{\"id\":\"c1\",\"outlet\":\"Harbour Gazette\",\"published\":\"2024-03-02\",\"text\":\"“We will open the "
      "library on Sundays,” Mayor Dana Whitcombe said.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, first).exit_code, 0);
  const std::string okafor =
      "{\"id\":\"c2\",\"outlet\":\"Harbour Gazette\",\"published\":\"2024-03-03\",\"text\":\"“The budget is "
      "balanced,” said Councillor Ravi Okafor.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, okafor).exit_code, 0);
  const std::string id = db.scalar("SELECT id FROM statements WHERE text LIKE '%library%'");
  ASSERT_FALSE(id.empty());
  auto r = run_onrecord({"--db", db.conninfo(), "statements", "reassign", id, "--actor", "Okafor"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Ravi Okafor"), std::string::npos) << r.out;
  // another outlet reports the same words, attributed as the first one did
  const std::string copy =
      "{\"id\":\"c3\",\"outlet\":\"River Courier\",\"published\":\"2024-03-04\",\"text\":\"“We will open the "
      "library on Sundays!” Mayor Dana Whitcombe said on Saturday.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, copy).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements WHERE text LIKE '%library%'"), "1");
  EXPECT_EQ(
      db.scalar("SELECT a.name FROM statements s JOIN actors a ON a.id = s.actor_id WHERE s.text LIKE '%library%'"),
      "Ravi Okafor");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources WHERE statement_id = " + id), "2");

  // merge: Whitcombe's other statements and aliases move, and her name lands on Okafor from now on
  auto merged = run_onrecord({"--db", db.conninfo(), "actors", "merge", "Ravi Okafor", "Dana Whitcombe"});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors WHERE name = 'Dana Whitcombe'"), "0");
  const std::string later =
      "{\"id\":\"c4\",\"outlet\":\"River Courier\",\"published\":\"2024-04-01\",\"text\":\"“The pool reopens in "
      "May,” Mayor Dana Whitcombe said.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, later).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT a.name FROM statements s JOIN actors a ON a.id = s.actor_id WHERE s.text LIKE '%pool%'"),
            "Ravi Okafor");
  auto show = run_onrecord({"--db", db.conninfo(), "actors", "show", "Whitcombe", "--format", "json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_EQ(json_lines(show.out).at(0)["name"], "Ravi Okafor");

  // rename keeps the old name as an alias; set-kind changes the kind
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "actors", "rename", "Ravi Okafor", "Ravi A. Okafor"}).exit_code, 0);
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "actors", "set-kind", "Ravi Okafor", "person"}).exit_code, 0);
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "actors", "alias", "add", "Okafor", "The Councillor"}).exit_code, 0);
  auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "the councillor", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  EXPECT_EQ(json_lines(tl.out).size(), 3u) << tl.out;
}

TEST(QuerySources, AnAmbiguousNameListsTheCandidates) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_ambiguous");
  const std::string input =
      "{\"id\":\"d1\",\"published\":\"2024-03-02\",\"text\":\"“We will fix the roads,” Mayor Dana Whitcombe "
      "said.\"}\n"
      "{\"id\":\"d2\",\"published\":\"2024-03-03\",\"text\":\"“The roads are fine,” Councillor Lee Whitcombe "
      "said.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input).exit_code, 0);
  auto r = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "whitcombe"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("names 2 actors"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Dana Whitcombe"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Lee Whitcombe"), std::string::npos) << r.err;
}

// timeline resolves the name in its own statement, by the rule every command uses: an actor of exactly
// that name wins over one that has it as an alias; an alias alone resolves when one actor has it.
TEST(QuerySources, TimelineResolvesANameAsTheOtherCommandsDo) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_resolve");
  const std::string input =
      "{\"id\":\"r1\",\"published\":\"2024-03-02\",\"text\":\"“We will fix the roads,” Mayor Dana Whitcombe "
      "said.\"}\n"
      "{\"id\":\"r2\",\"published\":\"2024-03-03\",\"text\":\"“The roads are fine,” Councillor Lee Okafor "
      "said.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input).exit_code, 0);
  // Okafor also answers to "dana whitcombe": the actor of that very name still wins
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "actors", "alias", "add", "Lee Okafor", "Dana Whitcombe"}).exit_code,
            0);
  for (const char* command : {"timeline", "positions"}) {
    auto r = run_onrecord({"--db", db.conninfo(), command, "--actor", "DANA WHITCOMBE", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << command << ": " << r.err;
  }
  auto exact = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "DANA WHITCOMBE", "--format", "json"});
  ASSERT_EQ(json_lines(exact.out).size(), 1u) << exact.out;
  EXPECT_EQ(json_lines(exact.out)[0]["speaker"], "Dana Whitcombe");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "actors", "alias", "add", "Lee Okafor", "the councillor"}).exit_code,
            0);
  auto alias = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "The Councillor", "--format", "json"});
  ASSERT_EQ(alias.exit_code, 0) << alias.err;
  ASSERT_EQ(json_lines(alias.out).size(), 1u) << alias.out;
  EXPECT_EQ(json_lines(alias.out)[0]["speaker"], "Lee Okafor");
  auto unknown = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Nobody Here"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no actor called 'Nobody Here'"), std::string::npos) << unknown.err;
  // a new database: the timeline's statement finds no schema, migrates it, and finds no actor
  testing::throwaway_database fresh("query_sources_resolve_new");
  auto empty = run_onrecord({"--db", fresh.conninfo(), "timeline", "--actor", "Dana Whitcombe"});
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("no actor called"), std::string::npos) << empty.err;
  EXPECT_NE(fresh.scalar("SELECT count(*) FROM schema_migrations"), "0");
}

// sql/timeline.sql returns statements, sources and topics in one unsorted result; the reader puts them
// back in order. Four outlets report one quote: the oldest publication first, the undated one last,
// two of one day in the order they were loaded, and every row as `statements show` gives it.
TEST(QuerySources, TimelineListsSourcesOldestFirstUndatedLastAsStatementsShowDoes) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_sources_order");
  const std::string quote =
      "\"text\":\"“We will not share records with ICE,” Mayor Dana Whitcombe said. "
      "Whitcombe said the city opposes the new detention centre.\"}\n";
  const std::string input = "{\"id\":\"a1\",\"outlet\":\"Harbour Gazette\",\"published\":\"2024-03-05\"," + quote +
                            "{\"id\":\"a2\",\"outlet\":\"Undated Wire\"," + quote +
                            "{\"id\":\"a3\",\"outlet\":\"River Courier\",\"published\":\"2024-03-01\"," + quote +
                            "{\"id\":\"a4\",\"outlet\":\"Metro Wire\",\"published\":\"2024-03-05\"," + quote;
  auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Whitcombe", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  const auto rows = json_lines(tl.out);
  ASSERT_EQ(rows.size(), 2u) << tl.out;
  bool some_topic = false;
  for (const auto& row : rows) {
    std::vector<std::string> articles;
    for (const auto& s : row["sources"]) articles.push_back(s["article"]);
    EXPECT_EQ(articles, (std::vector<std::string>{"a3", "a1", "a4", "a2"})) << row.dump();
    some_topic = some_topic || !row["topics"].empty();
    auto show = run_onrecord({"--db", db.conninfo(), "statements", "show",
                              std::to_string(row["statement_id"].get<long long>()), "--format", "json"});
    ASSERT_EQ(show.exit_code, 0) << show.err;
    EXPECT_EQ(json_lines(show.out).at(0), row);
  }
  EXPECT_TRUE(some_topic) << tl.out;
  // a limit keeps the first statements with all their sources
  auto one =
      run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Whitcombe", "--limit", "1", "--format", "json"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto first = json_lines(one.out);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0], rows[0]);
}

}  // namespace
}  // namespace onrecord
