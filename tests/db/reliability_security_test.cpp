// Security of the record: the embedded cluster and its connection pooler are reachable only through
// Unix sockets in a 0700 folder (another OS user cannot connect), SQL values are always bound (hostile text is stored
// as text), and passwords never reach a message.
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {
using testing::run_onrecord;
using testing::run_program;

// The cluster scripts/test started (onrecord's own embedded cluster), or "" outside scripts/test.
std::string test_cluster_folder() {
  const char* v = std::getenv("ONRECORD_TEST_DATA_DIR");
  return v ? v : "";
}

#define REQUIRE_TEST_CLUSTER(var)                \
  const std::string var = test_cluster_folder(); \
  if (var.empty()) GTEST_SKIP() << "ONRECORD_TEST_DATA_DIR is not set: run through scripts/test"

TEST(ReliabilitySecurity, TheSocketFolderIsMode0700AndOwnedByTheServerUser) {
  REQUIRE_TEST_CLUSTER(folder);
  struct stat st {};
  ASSERT_EQ(::stat((folder + "/socket").c_str(), &st), 0);
  EXPECT_TRUE(S_ISDIR(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0700u);
  ASSERT_EQ(::stat((folder + "/socket/.s.PGSQL.5432").c_str(), &st), 0);
  EXPECT_TRUE(S_ISSOCK(st.st_mode));
  EXPECT_EQ(st.st_mode & 0077, 0u) << "the socket itself is closed to group and others";
  ASSERT_EQ(::stat(folder.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0077, 0u) << "the cluster folder is closed to group and others";
  // the connection pooler's socket, beside the server's, is closed the same way
  ASSERT_EQ(::stat((folder + "/socket/.s.PGSQL.6432").c_str(), &st), 0) << "the pooler runs beside the server";
  EXPECT_TRUE(S_ISSOCK(st.st_mode));
  EXPECT_EQ(st.st_mode & 0077, 0u) << "the pooler's socket is closed to group and others";
}

TEST(ReliabilitySecurity, TheServerListensOnNoTcpPort) {
  ONRECORD_REQUIRE_DB();
  REQUIRE_TEST_CLUSTER(folder);
  testing::throwaway_database db("security_listen");
  EXPECT_EQ(db.scalar("SHOW listen_addresses"), "");
  EXPECT_EQ(db.scalar("SHOW unix_socket_permissions"), "0700");
  // nor does the pooler: none of its sockets is a TCP socket in the LISTEN state (its open sockets
  // by inode from /proc/PID/fd, against /proc/net/tcp and tcp6: state 0A = LISTEN, inode in column 10)
  long pooler = 0;
  std::ifstream(folder + "/pooler/pgbouncer.pid") >> pooler;
  ASSERT_GT(pooler, 1) << "the pooler runs beside the server";
  std::set<std::string> pooler_sockets;
  for (const auto& fd : std::filesystem::directory_iterator("/proc/" + std::to_string(pooler) + "/fd")) {
    std::error_code ec;
    const std::string target = std::filesystem::read_symlink(fd.path(), ec).string();
    if (!ec && target.starts_with("socket:[")) pooler_sockets.insert(target.substr(8, target.size() - 9));
  }
  EXPECT_FALSE(pooler_sockets.empty()) << "the pooler listens on its Unix socket at least";
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::istringstream lines(testing::read_file(table));
    std::string line;
    while (std::getline(lines, line)) {
      std::istringstream fields(line);
      std::vector<std::string> f;
      for (std::string x; fields >> x;) f.push_back(x);
      if (f.size() > 9 && f[3] == "0A") {
        EXPECT_EQ(pooler_sockets.count(f[9]), 0u) << table << ": the pooler listens on TCP: " << line;
      }
    }
  }
}

TEST(ReliabilitySecurity, AnotherOsUserCannotConnect) {
  REQUIRE_TEST_CLUSTER(folder);
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to act as another OS user";
  if (!::getpwnam("nobody")) GTEST_SKIP() << "no 'nobody' user";
  const std::string socket = folder + "/socket";
  // psql, the usual client, as `nobody`
  const auto as_nobody = run_program({"runuser", "-u", "nobody", "--", "psql", "-X", "-h", socket, "-U", "onrecord",
                                      "-d", "onrecord", "-c", "SELECT 1"});
  EXPECT_NE(as_nobody.exit_code, 0) << as_nobody.out;
  EXPECT_NE(as_nobody.err.find("Permission denied"), std::string::npos) << as_nobody.err;
  // onrecord itself, as `nobody`, pointed straight at the socket
  const auto onrecord_as_nobody = run_program({"runuser", "-u", "nobody", "--", ONRECORD_BINARY, "--db",
                                               "host=" + socket + " dbname=onrecord user=onrecord", "db", "status"});
  EXPECT_EQ(onrecord_as_nobody.exit_code, 1) << onrecord_as_nobody.err;
  EXPECT_NE(onrecord_as_nobody.err.find("cannot connect"), std::string::npos) << onrecord_as_nobody.err;
  // nor through the connection pooler
  const auto pooled_as_nobody = run_program({"runuser", "-u", "nobody", "--", "psql", "-X", "-h", socket, "-p", "6432",
                                             "-U", "onrecord", "-d", "onrecord", "-c", "SELECT 1"});
  EXPECT_NE(pooled_as_nobody.exit_code, 0) << pooled_as_nobody.out;
  EXPECT_NE(pooled_as_nobody.err.find("Permission denied"), std::string::npos) << pooled_as_nobody.err;
  // the control: the server user itself can (so the refusal above is the folder's mode, not a dead server)
  for (const char* port : {"5432", "6432"}) {
    const auto as_postgres = run_program({"runuser", "-u", "postgres", "--", "psql", "-X", "-h", socket, "-p", port,
                                          "-U", "onrecord", "-d", "onrecord", "-tAc", "SELECT 1"});
    EXPECT_EQ(as_postgres.exit_code, 0) << port << ": " << as_postgres.err;
  }
}

TEST(ReliabilitySecurity, HostileTextIsStoredAsTextBecauseEveryValueIsBound) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("security_bound");
  const std::string hostile = "x'); DROP TABLE articles; -- $1 \\\\ \\\"";
  const std::string input = "{\"id\":\"" + hostile + "\",\"published\":\"2024-03-06\",\"title\":\"" + hostile +
                            "\",\"url\":\"" + hostile + "\",\"outlet\":\"" + hostile +
                            "\",\"text\":\"“Robert'); DROP TABLE statements; -- is my name,” said Mayor Dana "
                            "Whitcombe.\"}\n";
  const auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM articles"), "1");
  EXPECT_EQ(db.scalar("SELECT external_id FROM articles"), "x'); DROP TABLE articles; -- $1 \\ \"");
  EXPECT_EQ(db.scalar("SELECT title = external_id AND url = external_id AND outlet = external_id FROM articles"), "t");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements WHERE text LIKE '%DROP TABLE statements%'"), "1");
  const auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "x'); DROP TABLE actors; --"});
  EXPECT_EQ(tl.exit_code, 1) << tl.err;
  EXPECT_EQ(db.scalar("SELECT to_regclass('actors') IS NOT NULL AND to_regclass('articles') IS NOT NULL"), "t");
}

TEST(ReliabilitySecurity, APasswordInTheUrlOfAWorkingDatabaseIsNeverPrinted) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("security_password");
  // trust authentication ignores the password, so the connection works and every message can be checked
  const std::string conninfo = db.conninfo() + " password=Sup3rSecret";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"--db", conninfo, "migrate"},
                                               {"--db", conninfo, "ingest", "-"},
                                               {"--db", conninfo, "timeline", "--actor", "Nobody Atall"},
                                               {"--db", conninfo, "db", "status"}}) {
    const auto r = run_onrecord(args, "{\"id\":\"a\",\"text\":\"Body.\",\"published\":\"not a date\"}\n");
    EXPECT_EQ(r.err.find("Sup3rSecret"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("Sup3rSecret"), std::string::npos) << r.out;
  }
}

}  // namespace
}  // namespace onrecord
