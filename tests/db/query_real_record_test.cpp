// The query commands on a real record: one database loaded with the seed article, a differently
// formatted copy of it, and the PolNeAR development split (283 real articles; only id, text and
// published are fed in). The checks the issue names must hold among thousands of other statements.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::json_lines;
using testing::run_onrecord;

// Built once for the suite: ingesting 285 articles is the slow part.
class RealRecord : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto shared = testing::shared_dir();
    if (testing::test_server().empty() || !shared) return;
    db_ = new testing::throwaway_database("query_real_record");
    const auto dir = std::filesystem::temp_directory_path() / ("onrecord-real-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string polnear = (dir / "polnear-dev-articles.jsonl").string();
    articles_ = testing::write_articles_only(*shared + "/corpus/polnear-dev.jsonl", polnear);
    // the seed's body again, under another id and outlet
    std::string text = testing::read_file(*shared + "/corpus/seed/mamdani-ice-2025-11-09.txt");
    if (const auto at = text.find("date 2025-11-09"); at != std::string::npos) text = text.substr(at + 15);
    const std::string copy = (dir / "seed-copy.jsonl").string();
    std::ofstream(copy) << nlohmann::json{{"id", "seed-wire-copy"},
                                          {"outlet", "Wire Copy Daily"},
                                          {"published", "2025-11-09"},
                                          {"text", text}}
                               .dump()
                        << '\n';
    first_ = new testing::process_result(run_onrecord(
        {"--db", db_->conninfo(), "ingest", *shared + "/corpus/seed/mamdani-ice-2025-11-09.txt", polnear, copy}));
    again_ = new testing::process_result(run_onrecord(
        {"--db", db_->conninfo(), "ingest", *shared + "/corpus/seed/mamdani-ice-2025-11-09.txt", polnear, copy}));
    std::filesystem::remove_all(dir);
  }
  static void TearDownTestSuite() {
    delete first_;
    delete again_;
    delete db_;
  }
  void SetUp() override {
    ONRECORD_REQUIRE_DB();
    ONRECORD_REQUIRE_SHARED(shared);
    ASSERT_NE(db_, nullptr);
    ASSERT_EQ(first_->exit_code, 0) << first_->err;
  }
  static testing::process_result query(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_->conninfo()});
    return run_onrecord(args);
  }

  static inline testing::throwaway_database* db_ = nullptr;
  static inline testing::process_result* first_ = nullptr;
  static inline testing::process_result* again_ = nullptr;
  static inline std::size_t articles_ = 0;
};

TEST_F(RealRecord, EveryArticleLoadsAndReingestingAddsNothing) {
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM articles"), std::to_string(articles_ + 2));
  EXPECT_GT(std::stoi(db_->scalar("SELECT count(*) FROM statements")), 2000) << "too few statements for 283 articles";
  ASSERT_EQ(again_->exit_code, 0) << again_->err;
  EXPECT_NE(again_->err.find(std::to_string(articles_ + 2) + " already present"), std::string::npos) << again_->err;
  EXPECT_EQ(db_->scalar("SELECT count(*) FROM statements s WHERE NOT EXISTS "
                        "(SELECT 1 FROM statement_sources ss WHERE ss.statement_id = s.id)"),
            "0");
}

TEST_F(RealRecord, TheSeedAndItsCopyGiveEachStatementOnceWithTwoSources) {
  auto tl = query({"timeline", "--actor", "Zohran Mamdani", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  const auto rows = json_lines(tl.out);
  ASSERT_GE(rows.size(), 3u) << tl.out;
  for (const auto& r : rows) {
    ASSERT_EQ(r["sources"].size(), 2u) << r.dump();
    std::set<std::string> outlets;
    for (const auto& s : r["sources"]) outlets.insert(s["outlet"].get<std::string>());
    EXPECT_TRUE(outlets.count("Wire Copy Daily")) << r.dump();
    EXPECT_EQ(r["first_seen"], "2025-11-09");
  }
  // chronological
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (rows[i - 1]["date"].is_string() && rows[i]["date"].is_string()) {
      EXPECT_LE(rows[i - 1]["date"].get<std::string>(), rows[i]["date"].get<std::string>());
    }
}

TEST_F(RealRecord, MamdaniOpposesIceCooperationWithEvidence) {
  auto r = query({"positions", "--actor", "Zohran Mamdani", "--topic", "ice-cooperation", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = json_lines(r.out);
  ASSERT_EQ(rows.size(), 1u) << r.out;
  EXPECT_EQ(rows[0]["position"], "oppose") << r.out;
  EXPECT_FALSE(rows[0]["last"]["stance_evidence"].get<std::string>().empty()) << r.out;
}

TEST_F(RealRecord, WhoStandsWhereListsEveryActorWithAStanceOnTheTopic) {
  auto r = query({"positions", "--topic", "ice-cooperation", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = json_lines(r.out);
  ASSERT_FALSE(rows.empty());
  bool mamdani = false;
  for (const auto& p : rows) {
    EXPECT_EQ(p["topic"], "ice-cooperation");
    if (p["actor"] == "Zohran Mamdani") mamdani = true;
  }
  EXPECT_TRUE(mamdani) << r.out;
}

TEST_F(RealRecord, AnActorOfThePolnearArticlesHasADatedTimelineInOrder) {
  // the actor with the most statements, whoever the extractor found
  const std::string actor = db_->scalar(
      "SELECT a.name FROM actors a JOIN statements s ON s.actor_id = a.id GROUP BY a.id, a.name "
      "ORDER BY count(*) DESC, a.name LIMIT 1");
  auto tl = query({"timeline", "--actor", actor, "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  const auto rows = json_lines(tl.out);
  ASSERT_GE(rows.size(), 20u) << actor;
  std::string previous;
  for (const auto& r : rows) {
    ASSERT_TRUE(r["date"].is_string()) << "PolNeAR articles carry publication dates: " << r.dump();
    EXPECT_GE(r["date"].get<std::string>(), previous);
    previous = r["date"].get<std::string>();
    EXPECT_FALSE(r["sources"].empty());
  }
  auto csv = query({"timeline", "--actor", actor, "--format", "csv", "--limit", "5"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 6) << csv.out;
}

TEST_F(RealRecord, SearchFindsRankedHighlightedStatements) {
  auto r = query({"search", "immigration", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto rows = json_lines(r.out);
  ASSERT_FALSE(rows.empty());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_NE(rows[i]["snippet"].get<std::string>().find("«"), std::string::npos) << rows[i].dump();
    if (i > 0) {
      EXPECT_LE(rows[i]["rank"].get<double>(), rows[i - 1]["rank"].get<double>());
    }
  }
}

TEST_F(RealRecord, StatsCountWhatWasLoaded) {
  auto r = query({"stats", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto s = nlohmann::json::parse(r.out);
  EXPECT_EQ(s["articles"].get<std::int64_t>(), static_cast<std::int64_t>(articles_ + 2)) << r.out;
  EXPECT_EQ(std::to_string(s["statements"].get<std::int64_t>()), db_->scalar("SELECT count(*) FROM statements"));
}

TEST_F(RealRecord, AReportOfTheSeedActorIsOneSelfContainedHtmlFile) {
  const auto path = std::filesystem::temp_directory_path() / ("onrecord-real-" + std::to_string(::getpid()) + ".html");
  auto r = query({"report", "--actor", "Zohran Mamdani", "--format", "html", "-o", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = testing::read_file(path.string());
  std::filesystem::remove(path);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos) << "no external resources";
  EXPECT_NE(html.find("oppose"), std::string::npos);
}

}  // namespace
}  // namespace onrecord
