// Positions, search, report and topics against a real database loaded through the real pipeline.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_onrecord;

nlohmann::json first_json_line(const std::string& out) { return nlohmann::json::parse(out.substr(0, out.find('\n'))); }

TEST(QueryPositions, AFictionalMayorWhoSupportedThenOpposedIsAFullFlopWithBothQuotes) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_positions_flop");
  const std::string fixture = testing::source_dir() + "/tests/cli/fixtures/whitcombe-flop.jsonl";
  auto in = run_onrecord({"--db", db.conninfo(), "ingest", fixture});
  ASSERT_EQ(in.exit_code, 0) << in.err;
  auto r = run_onrecord(
      {"--db", db.conninfo(), "positions", "--actor", "Whitcombe", "--topic", "ice-cooperation", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto p = first_json_line(r.out);
  EXPECT_EQ(p["position"], "oppose") << r.out;
  EXPECT_EQ(p["grade"], "Full Flop") << r.out;
  ASSERT_EQ(p["changes"].size(), 1u) << r.out;
  const auto& c = p["changes"][0];
  EXPECT_EQ(c["from"], "support");
  EXPECT_EQ(c["to"], "oppose");
  EXPECT_NE(c["before"]["text"].get<std::string>().find("will work with ICE"), std::string::npos) << c.dump();
  EXPECT_NE(c["after"]["text"].get<std::string>().find("will not cooperate with ICE"), std::string::npos) << c.dump();
  EXPECT_EQ(c["before"]["sources"][0]["outlet"], "Harbour Gazette");
  EXPECT_EQ(c["after"]["sources"][0]["outlet"], "River Courier");

  auto table = run_onrecord({"--db", db.conninfo(), "positions", "--actor", "Whitcombe", "--format", "table"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("Full Flop"), std::string::npos) << table.out;

  // who stands where: every actor on the topic
  auto all = run_onrecord({"--db", db.conninfo(), "positions", "--topic", "ice-cooperation", "--format", "csv"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_NE(all.out.find("Dana Whitcombe,ice-cooperation,oppose"), std::string::npos) << all.out;
}

TEST(QueryPositions, OneEvidencedStatementIsInsufficientEvidence) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_positions_insufficient");
  const std::string input =
      "{\"id\":\"e1\",\"published\":\"2025-02-02\",\"text\":\"“Our police will not cooperate with ICE,” Sheriff "
      "Mara Lindqvist said.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input).exit_code, 0);
  auto r = run_onrecord({"--db", db.conninfo(), "positions", "--actor", "Lindqvist", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (r.out.empty()) GTEST_SKIP() << "the classifier tagged no topic here";
  const auto p = first_json_line(r.out);
  EXPECT_EQ(p["status"], "insufficient evidence");
  EXPECT_TRUE(p["position"].is_null());
}

TEST(QueryPositions, SeedActorOpposesIceCooperationWithEvidence) {
  ONRECORD_REQUIRE_DB();
  ONRECORD_REQUIRE_SHARED(shared);
  testing::throwaway_database db("query_positions_seed");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", shared + "/corpus/seed/"}).exit_code, 0);
  auto r = run_onrecord({"--db", db.conninfo(), "positions", "--actor", "Zohran Mamdani", "--topic", "ice-cooperation",
                         "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_FALSE(r.out.empty()) << "no statement of Mamdani is tagged ice-cooperation";
  const auto p = first_json_line(r.out);
  EXPECT_EQ(p["position"], "oppose") << r.out;
  EXPECT_GE(p["evidenced"].get<int>(), 2);
  EXPECT_FALSE(p["last"]["stance_evidence"].get<std::string>().empty()) << r.out;
}

TEST(QueryPositions, SearchRanksAndHighlights) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_search");
  const std::string input =
      "{\"id\":\"s1\",\"published\":\"2025-01-10\",\"text\":\"“The new ferry terminal opens in spring,” "
      "Councillor Ravi Okafor said.\"}\n"
      "{\"id\":\"s2\",\"published\":\"2025-01-11\",\"text\":\"“Ferries, ferries and more ferries: the terminal "
      "is the heart of the harbour,” Mayor Dana Whitcombe said.\"}\n"
      "{\"id\":\"s3\",\"published\":\"2025-01-12\",\"text\":\"“We will repave Main Street,” Mayor Dana "
      "Whitcombe said.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input).exit_code, 0);
  auto r = run_onrecord({"--db", db.conninfo(), "search", "ferry terminal", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> rows;
  std::size_t pos = 0;
  while (pos < r.out.size()) {
    const auto eol = r.out.find('\n', pos);
    rows.push_back(nlohmann::json::parse(r.out.substr(pos, eol - pos)));
    pos = eol + 1;
  }
  ASSERT_EQ(rows.size(), 2u) << r.out;
  EXPECT_GE(rows[0]["rank"].get<double>(), rows[1]["rank"].get<double>());
  EXPECT_NE(rows[0]["snippet"].get<std::string>().find("«"), std::string::npos) << r.out;
  auto scoped = run_onrecord(
      {"--db", db.conninfo(), "search", "\"main street\" or ferry", "--actor", "Whitcombe", "--format", "csv"});
  ASSERT_EQ(scoped.exit_code, 0) << scoped.err;
  EXPECT_NE(scoped.out.find("Main Street"), std::string::npos) << scoped.out;
  EXPECT_EQ(scoped.out.find("Okafor"), std::string::npos) << scoped.out;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pg_indexes WHERE indexname IN ('statements_search', "
                      "'statements_actor_date', 'statement_topics_topic', 'statements_quote_key')"),
            "4");
}

TEST(QueryPositions, TopicsImportListShowExport) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("query_topics");
  const auto file = std::filesystem::temp_directory_path() / ("onrecord-topics-" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream out(file);
    out << "topic harbour-dredging\nname Harbour dredging\ndescription Deepening the harbour channel.\n"
           "support favours dredging\nterm 2 dredg*\nterm 1 harbour\n";
  }
  auto imp = run_onrecord({"--db", db.conninfo(), "topics", "import", file.string()});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  EXPECT_NE(imp.out.find("1 new"), std::string::npos) << imp.out;
  auto list = run_onrecord({"--db", db.conninfo(), "topics", "list", "--format", "csv"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("harbour-dredging,Harbour dredging,0,0"), std::string::npos) << list.out;
  auto show = run_onrecord({"--db", db.conninfo(), "topics", "show", "harbour-dredging", "--format", "json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_EQ(first_json_line(show.out)["description"], "Deepening the harbour channel.");
  auto exp = run_onrecord({"--db", db.conninfo(), "topics", "export"});
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  EXPECT_NE(exp.out.find("topic harbour-dredging"), std::string::npos) << exp.out;
  EXPECT_NE(exp.out.find("dredg*"), std::string::npos) << exp.out;
  // what export writes, import reads back
  {
    std::ofstream out(file);
    out << exp.out;
  }
  auto again = run_onrecord({"--db", db.conninfo(), "topics", "import", file.string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 new, 1 updated"), std::string::npos) << again.out;
  // a malformed file is refused with its line, and nothing changes
  {
    std::ofstream out(file);
    out << "topic Bad Slug!\n";
  }
  auto bad = run_onrecord({"--db", db.conninfo(), "topics", "import", file.string()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find(file.filename().string()), std::string::npos) << bad.err;
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace onrecord
