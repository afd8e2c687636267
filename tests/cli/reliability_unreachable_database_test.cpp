// The database unreachable at start: every command that needs it says so in one clear line,
// exits 1, never shows a stack trace or an uncaught exception, and never prints the password.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace onrecord {
namespace {
using testing::run_onrecord;

constexpr const char* article = "{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"Body.\"}\n";

void expect_clear_failure(const testing::process_result& r, const std::string& secret) {
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err.find("terminate called"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("what():"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("Aborted"), std::string::npos) << r.err;
  if (!secret.empty()) {
    EXPECT_EQ(r.err.find(secret), std::string::npos) << "password printed: " << r.err;
    EXPECT_EQ(r.out.find(secret), std::string::npos) << "password printed: " << r.out;
  }
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(ReliabilityUnreachable, ANonexistentSocketFolderIsAClearErrorForEveryCommand) {
  const std::string url = "postgresql://reporter:Sup3rSecret@/onrecord?host=/nonexistent/socket-folder";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"--db", url, "ingest", "-"},
                                               {"--db", url, "migrate"},
                                               {"--db", url, "timeline", "--actor", "Dana Whitcombe"},
                                               {"--db", url, "db", "status"}}) {
    const auto r = run_onrecord(args, article);
    expect_clear_failure(r, "Sup3rSecret");
    EXPECT_NE(r.err.find("cannot connect to the database"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("reporter:***@"), std::string::npos) << "the masked URL says which database: " << r.err;
  }
}

TEST(ReliabilityUnreachable, AClosedTcpPortIsAClearError) {
  const auto r = run_onrecord(
      {"--db", "postgresql://reporter:Sup3rSecret@127.0.0.1:1/onrecord?connect_timeout=5", "ingest", "-"}, article);
  expect_clear_failure(r, "Sup3rSecret");
  EXPECT_NE(r.err.find("cannot connect to the database"), std::string::npos) << r.err;
}

TEST(ReliabilityUnreachable, KeywordFormPasswordsAreMaskedToo) {
  for (const std::string conninfo : {"host=/nonexistent/socket-folder dbname=x user=u password=Sup3rSecret",
                                     "host=/nonexistent/socket-folder password = 'Sup3r Secret' dbname=x",
                                     "password=Sup3rSecret host=/nonexistent/socket-folder"}) {
    const auto r = run_onrecord({"--db", conninfo, "ingest", "-"}, article);
    expect_clear_failure(r, "Sup3r");
  }
}

TEST(ReliabilityUnreachable, TheEnvironmentVariableIsMaskedLikeTheOption) {
  const auto r = testing::run_program(
      {"env", "ONRECORD_DB=postgresql://reporter:Sup3rSecret@/onrecord?host=/nonexistent/socket-folder",
       ONRECORD_BINARY, "ingest", "-"},
      article);
  expect_clear_failure(r, "Sup3rSecret");
}

TEST(ReliabilityUnreachable, AMalformedUrlIsAClearError) {
  const auto r = run_onrecord({"--db", "postgresql://reporter:Sup3rSecret@host:notaport/db", "ingest", "-"}, article);
  expect_clear_failure(r, "Sup3rSecret");
}

TEST(ReliabilityUnreachable, AClusterFolderThatCannotBeCreatedIsAClearError) {
  const auto r = run_onrecord({"--data-dir", "/dev/null/pg", "ingest", "-"}, article);
  expect_clear_failure(r, "");
  EXPECT_NE(r.err.find("/dev/null/pg"), std::string::npos) << r.err;
}

// The PostgreSQL client is linked without LDAP (cmake/static_client.cmake): a service file that
// asks for an LDAP lookup fails that connection with a line saying so, like any unreachable server.
TEST(ReliabilityUnreachable, AnLdapLookupInTheServiceFileIsAClearError) {
  const testing::scratch_folder folder("ldap-service");
  const std::string service_file = folder.write(
      "pg_service.conf", "[newsroom]\nldap://ldap.newsroom.invalid:389/dc=newsroom?uniqueMember?one?(cn=onrecord)\n");
  const auto r = testing::run_program(
      {"env", "PGSERVICEFILE=" + service_file, ONRECORD_BINARY, "--db", "service=newsroom", "ingest", "-"}, article);
  expect_clear_failure(r, "");
  EXPECT_NE(r.err.find("LDAP lookup (ldap://ldap.newsroom.invalid:389/...)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot connect to the database"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace onrecord
