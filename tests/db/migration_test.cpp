// Migrations against a real PostgreSQL: apply on empty, re-run is a no-op, a changed one is refused.
#include <gtest/gtest.h>

#include "store/record_store.h"
#include "store/store_error.h"
#include "support/test_database.h"

namespace onrecord {
namespace {

database_target target_for(const testing::throwaway_database& db) { return {db.conninfo(), db.name(), std::nullopt}; }

TEST(Migration, AppliesEveryMigrationToAnEmptyDatabase) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("migration_empty");
  record_store store(target_for(db));
  const auto applied = store.migrate();
  ASSERT_FALSE(applied.empty());
  for (const auto& m : applied) EXPECT_TRUE(m.applied_now) << m.name;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM schema_migrations"), std::to_string(applied.size()));
  for (const char* table : {"articles", "actors", "actor_aliases", "statements", "topics", "statement_topics"})
    EXPECT_EQ(db.scalar(std::string("SELECT to_regclass('") + table + "') IS NOT NULL"), "t") << table;
}

TEST(Migration, RerunningIsANoOp) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("migration_rerun");
  record_store(target_for(db)).migrate();
  const std::string before =
      db.scalar("SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) FROM schema_migrations");
  const auto again = record_store(target_for(db)).migrate();
  for (const auto& m : again) EXPECT_FALSE(m.applied_now) << m.name;
  EXPECT_EQ(db.scalar("SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) FROM schema_migrations"),
            before);
}

TEST(Migration, AChangedMigrationIsRefused) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("migration_changed");
  record_store(target_for(db)).migrate();
  // what the database recorded no longer matches the file this build carries
  db.exec("UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1");
  try {
    record_store(target_for(db)).migrate();
    FAIL() << "a changed migration was accepted";
  } catch (const store_error& e) {
    EXPECT_NE(std::string(e.what()).find("0001_initial.sql was changed"), std::string::npos) << e.what();
  }
}

TEST(Migration, AMigrationFromANewerBuildIsRefused) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("migration_newer");
  record_store(target_for(db)).migrate();
  db.exec("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')");
  EXPECT_THROW(record_store(target_for(db)).migrate(), store_error);
}

// A query command need not migrate first: its first query checks the schema. find_actors does it in
// its own statement; whatever the database holds, the answer is the one a migrated database gives.
TEST(Migration, TheFirstQueryOfANewDatabaseMigratesIt) {
  ONRECORD_REQUIRE_DB();
  const std::string recorded =
      "SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) FROM schema_migrations";
  testing::throwaway_database migrated("migration_first_reference");
  record_store(target_for(migrated)).migrate();
  testing::throwaway_database by_name("migration_first_query");
  EXPECT_TRUE(record_store(target_for(by_name)).find_actors("Dana Whitcombe").empty());
  EXPECT_EQ(by_name.scalar(recorded), migrated.scalar(recorded));
  testing::throwaway_database by_stats("migration_first_stats");
  EXPECT_EQ(record_store(target_for(by_stats)).stats().statements, 0);
  EXPECT_EQ(by_stats.scalar(recorded), migrated.scalar(recorded));
}

TEST(Migration, TheFirstQueryRefusesAChangedMigrationAsMigrateDoes) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("migration_first_changed");
  record_store(target_for(db)).migrate();
  db.exec("UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1");
  for (const bool by_name : {true, false}) {
    try {
      record_store store(target_for(db));
      if (by_name)
        store.find_actors("Dana Whitcombe");
      else
        store.stats();
      FAIL() << "a changed migration was accepted (by_name " << by_name << ")";
    } catch (const store_error& e) {
      EXPECT_NE(std::string(e.what()).find("0001_initial.sql was changed"), std::string::npos) << e.what();
    }
  }
}

TEST(Migration, UnreachableDatabaseGivesAClearErrorWithoutThePassword) {
  try {
    record_store store(
        locate_database("postgresql://someone:s3cret@/nowhere?host=/nonexistent-socket-dir", std::nullopt));
    FAIL() << "connected to nothing";
  } catch (const store_error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("cannot connect to the database"), std::string::npos) << what;
    EXPECT_EQ(what.find("s3cret"), std::string::npos) << what;
  }
}

}  // namespace
}  // namespace onrecord
