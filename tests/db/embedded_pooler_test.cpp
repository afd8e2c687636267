// The embedded cluster's connection pooler, through the real binary: started with the cluster,
// used by the query commands (one warm server connection, reused from command to command),
// started again after a crash, stopped with the cluster, and not needed for anything to work.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <thread>

#include "store/child_process.h"
#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {
namespace fs = std::filesystem;
using testing::run_onrecord;

// One cluster for the suite: an initdb is the slow part.
class EmbeddedPooler : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new testing::scratch_folder("pooler", 0711);
    data_dir_ = (folder_->path / "pg").string();
    const auto r = run_onrecord({"--data-dir", data_dir_, "db", "start"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string article = testing::source_dir() + "/examples/port-alder-2025-03-04.txt";
    const auto ingest = run_onrecord({"--data-dir", data_dir_, "ingest", article});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  static void TearDownTestSuite() {
    run_onrecord({"--data-dir", data_dir_, "db", "stop"});
    delete folder_;
  }

  static std::string direct() { return "host=" + data_dir_ + "/socket dbname=onrecord user=onrecord"; }
  static std::string pooler_socket() { return data_dir_ + "/socket/.s.PGSQL.6432"; }
  static long pooler_pid() {
    long pid = 0;
    std::ifstream(data_dir_ + "/pooler/pgbouncer.pid") >> pid;
    return pid;
  }
  // not kill(pid, 0) alone: a stopped daemon may stay a zombie until init reaps it
  static bool alive(long pid) { return process_alive(pid); }
  // The server's client backends on the onrecord database, other than the one asking.
  static std::vector<long> other_backends() {
    pqxx::connection c(direct());
    pqxx::nontransaction w(c);
    std::vector<long> pids;
    for (const auto& row :
         w.exec("SELECT pid FROM pg_stat_activity WHERE datname = 'onrecord' AND backend_type = 'client backend' "
                "AND pid <> pg_backend_pid() ORDER BY pid"))
      pids.push_back(row[0].as<long>());
    return pids;
  }
  // A backend whose client has gone ends a moment later: wait for the list to settle on `expected`.
  static std::vector<long> backends_settling_on(const std::vector<long>& expected) {
    std::vector<long> now = other_backends();
    for (int i = 0; i < 40 && now != expected; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      now = other_backends();
    }
    return now;
  }
  static std::string status() { return run_onrecord({"--data-dir", data_dir_, "db", "status"}).out; }

  static testing::scratch_folder* folder_;
  static std::string data_dir_;
};
testing::scratch_folder* EmbeddedPooler::folder_ = nullptr;
std::string EmbeddedPooler::data_dir_;

TEST_F(EmbeddedPooler, QueryCommandsShareOneWarmServerConnectionFromCommandToCommand) {
  ONRECORD_REQUIRE_DB();
  EXPECT_NE(status().find("pooler: running"), std::string::npos) << status();
  const auto first = run_onrecord({"--data-dir", data_dir_, "timeline", "--actor", "Dana Whitcombe"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_FALSE(testing::json_lines(first.out).empty());
  const auto after_first = other_backends();
  // the command has ended, and its server connection stays open in the pool
  ASSERT_EQ(after_first.size(), 1u);
  const auto second = run_onrecord({"--data-dir", data_dir_, "stats"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(other_backends(), after_first) << "the second command was served by the same backend";
}

TEST_F(EmbeddedPooler, IngestConnectsStraightToTheServer) {
  ONRECORD_REQUIRE_DB();
  const auto before = other_backends();
  // a second ingest of the same article: it connects, finds the article present and ends
  const auto r =
      run_onrecord({"--data-dir", data_dir_, "ingest", testing::source_dir() + "/examples/port-alder-2025-03-04.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 already present"), std::string::npos) << r.err;
  EXPECT_EQ(backends_settling_on(before), before) << "an ingest leaves no pooled connection behind";
}

TEST_F(EmbeddedPooler, AKilledPoolerIsStartedAgainByTheNextCommand) {
  ONRECORD_REQUIRE_DB();
  const long old = pooler_pid();
  ASSERT_TRUE(alive(old));
  ASSERT_EQ(::kill(static_cast<pid_t>(old), SIGKILL), 0);
  for (int i = 0; i < 50 && alive(old); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_NE(status().find("pooler: not running"), std::string::npos) << status();
  const auto r = run_onrecord({"--data-dir", data_dir_, "actors", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Dana Whitcombe"), std::string::npos) << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_NE(pooler_pid(), old);
  EXPECT_TRUE(alive(pooler_pid()));
}

TEST_F(EmbeddedPooler, AServerKilledUnderThePoolerIsRestartedAndTheNextQueryWorks) {
  ONRECORD_REQUIRE_DB();
  ASSERT_EQ(run_onrecord({"--data-dir", data_dir_, "stats"}).exit_code, 0);  // a pooled server connection
  long postmaster = 0;
  std::ifstream(data_dir_ + "/data/postmaster.pid") >> postmaster;
  ASSERT_GT(postmaster, 1);
  ASSERT_EQ(::kill(static_cast<pid_t>(postmaster), SIGKILL), 0);
  for (int i = 0; i < 50 && alive(postmaster); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto r = run_onrecord({"--data-dir", data_dir_, "timeline", "--actor", "Dana Whitcombe"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(testing::json_lines(r.out).empty());
}

TEST_F(EmbeddedPooler, WithoutPgBouncerEveryCommandConnectsStraightToTheServer) {
  ONRECORD_REQUIRE_DB();
  ASSERT_EQ(run_onrecord({"--data-dir", data_dir_, "db", "stop"}).exit_code, 0);
  const auto r = testing::run_program({"env", "ONRECORD_PGBOUNCER=/nonexistent/pgbouncer", ONRECORD_BINARY,
                                       "--data-dir", data_dir_, "timeline", "--actor", "Dana Whitcombe"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(testing::json_lines(r.out).empty());
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_FALSE(fs::exists(pooler_socket()));
  EXPECT_TRUE(backends_settling_on({}).empty()) << "no pooled connection stays behind";
  const auto s = testing::run_program(
      {"env", "ONRECORD_PGBOUNCER=/nonexistent/pgbouncer", ONRECORD_BINARY, "--data-dir", data_dir_, "db", "status"});
  EXPECT_NE(s.out.find("pooler: not used: pgbouncer is not installed"), std::string::npos) << s.out;
  // with it back, the next command starts it
  const auto again = run_onrecord({"--data-dir", data_dir_, "stats"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(fs::exists(pooler_socket()));
}

TEST_F(EmbeddedPooler, StoppingTheClusterStopsThePooler) {
  ONRECORD_REQUIRE_DB();
  ASSERT_EQ(run_onrecord({"--data-dir", data_dir_, "db", "start"}).exit_code, 0);
  const long pid = pooler_pid();
  ASSERT_TRUE(alive(pid));
  const auto r = run_onrecord({"--data-dir", data_dir_, "db", "stop"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(alive(pid));
  EXPECT_FALSE(fs::exists(pooler_socket()));
  EXPECT_NE(status().find("pooler: not running"), std::string::npos) << status();
}

}  // namespace
}  // namespace onrecord
