// Ingest and timeline end to end through the real binary against a throwaway database.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::json_lines;
using testing::run_onrecord;

TEST(Ingest, SeedTwiceLeavesOneArticleAndTheTimelineListsMamdanisQuotesInOrder) {
  ONRECORD_REQUIRE_DB();
  ONRECORD_REQUIRE_SHARED(shared);
  testing::throwaway_database db("ingest_seed");
  const std::string seed = shared + "/corpus/seed/mamdani-ice-2025-11-09.txt";
  auto first = run_onrecord({"--db", db.conninfo(), "ingest", seed});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string statements = db.scalar("SELECT count(*) FROM statements");
  auto second = run_onrecord({"--db", db.conninfo(), "ingest", seed});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("1 already present"), std::string::npos) << second.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM articles"), "1");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements"), statements);

  auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Zohran Mamdani", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  const auto rows = json_lines(tl.out);
  std::size_t direct = 0;
  std::string last_date;
  for (const auto& r : rows) {
    EXPECT_EQ(r["speaker"], "Zohran Mamdani");
    ASSERT_TRUE(r["date"].is_string());
    EXPECT_LE(last_date, r["date"].get<std::string>()) << "timeline out of date order";
    last_date = r["date"].get<std::string>();
    ASSERT_EQ(r["sources"].size(), 1u);
    EXPECT_EQ(r["sources"][0]["published"], "2025-11-09");
    if (r["kind"] == "direct") ++direct;
  }
  EXPECT_GE(direct, 3u) << tl.out;
}

TEST(Ingest, AnArticleThatFailsDoesNotStopTheOthers) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("ingest_mixed");
  const std::string input =
      "{\"id\":\"a1\",\"published\":\"2024-03-02\",\"text\":\"“We will open the library on Sundays,” "
      "Mayor Dana Whitcombe said.\"}\n"
      "{\"id\":\"broken\",\"text\":\n"
      "{\"id\":\"a2\",\"published\":\"2024-03-03\",\"text\":\"“The budget is balanced,” said "
      "Councillor Ravi Okafor.\"}\n";
  auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("-:2"), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM articles"), "2");
}

TEST(Ingest, UnknownActorIsAFailureWithAHint) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("ingest_unknown_actor");
  auto r = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Nobody Atall"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no actor called 'Nobody Atall'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace onrecord
