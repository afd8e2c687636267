// The embedded cluster's connection pooler, through the real binary: started with the cluster,
// used by the query commands (one warm server connection, reused from command to command),
// started again after a crash, stopped with the cluster, and not needed for anything to work.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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
  // kill -9, and wait until it is gone (or 5 s have passed).
  static void kill_and_wait(long pid) {
    ASSERT_EQ(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    for (int i = 0; i < 50 && alive(pid); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
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

TEST_F(EmbeddedPooler, TheServerPlansNoParallelWorkers) {
  ONRECORD_REQUIRE_DB();
  // a worker costs more than it saves here: an actor's positions took twice as long with one
  pqxx::connection c(direct());
  pqxx::nontransaction w(c);
  EXPECT_EQ(w.exec("SHOW max_parallel_workers_per_gather")[0][0].as<std::string>(), "0");
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
  kill_and_wait(old);
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
  kill_and_wait(postmaster);
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

// A process in the background: `argv` run with no shell, killed and reaped when the test ends.
class background_process {
 public:
  explicit background_process(const std::vector<std::string>& argv) {
    pid_ = ::fork();
    if (pid_ == 0) {
      std::vector<char*> args;
      for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      ::execvp(args[0], args.data());
      ::_exit(127);
    }
  }
  ~background_process() {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  background_process(const background_process&) = delete;
  background_process& operator=(const background_process&) = delete;
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
};

// After a crash or a reboot the pid file and the socket stay behind, and the number in the file may
// be another process's by then: it is not taken for the pooler, and never sent a signal.
TEST_F(EmbeddedPooler, APidFileNamingAnotherProcessIsNeitherTrustedNorSignalled) {
  ONRECORD_REQUIRE_DB();
  ASSERT_EQ(run_onrecord({"--data-dir", data_dir_, "db", "start"}).exit_code, 0);
  ASSERT_TRUE(alive(pooler_pid()));
  kill_and_wait(pooler_pid());
  ASSERT_TRUE(fs::exists(pooler_socket())) << "a killed pooler leaves its socket behind";
  background_process stranger({"sleep", "60"});
  std::ofstream(data_dir_ + "/pooler/pgbouncer.pid") << stranger.pid() << '\n';
  EXPECT_NE(status().find("pooler: not running"), std::string::npos) << status();
  const auto stopped = run_onrecord({"--data-dir", data_dir_, "db", "stop"});
  ASSERT_EQ(stopped.exit_code, 0) << stopped.err;
  EXPECT_TRUE(alive(stranger.pid())) << "db stop signalled a process that is not the pooler";
  std::ofstream(data_dir_ + "/pooler/pgbouncer.pid") << stranger.pid() << '\n';
  const auto r = run_onrecord({"--data-dir", data_dir_, "timeline", "--actor", "Dana Whitcombe"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(testing::json_lines(r.out).empty());
  EXPECT_TRUE(alive(stranger.pid()));
  EXPECT_NE(pooler_pid(), stranger.pid());
  EXPECT_TRUE(alive(pooler_pid())) << "the next command started a pooler of its own";
}

// The pooler only saves time: a pooler that looks alive but does not answer (here: its pid file names
// a live process started with its configuration, and its socket is the dead one a kill -9 left) costs
// a command nothing but the attempt.
TEST_F(EmbeddedPooler, APoolerThatDoesNotAnswerIsPassedBy) {
  ONRECORD_REQUIRE_DB();
  ASSERT_EQ(run_onrecord({"--data-dir", data_dir_, "db", "start"}).exit_code, 0);
  ASSERT_TRUE(alive(pooler_pid()));
  kill_and_wait(pooler_pid());
  // two commands, so that bash does not replace itself with sleep and keeps its arguments
  background_process look_alike({"bash", "-c", "sleep 60; true", data_dir_ + "/pooler/pgbouncer.ini"});
  std::ofstream(data_dir_ + "/pooler/pgbouncer.pid") << look_alike.pid() << '\n';
  for (int i = 0; i < 50 && status().find("pooler: running") == std::string::npos; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // until bash has exec'd with its arguments
  ASSERT_NE(status().find("pooler: running"), std::string::npos) << status();
  const auto r = run_onrecord({"--data-dir", data_dir_, "timeline", "--actor", "Dana Whitcombe"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(testing::json_lines(r.out).empty());
  EXPECT_TRUE(r.err.empty()) << r.err;
  ::kill(look_alike.pid(), SIGKILL);
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
