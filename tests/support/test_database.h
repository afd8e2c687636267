// A throwaway PostgreSQL database per test suite on the server scripts/test starts
// (ONRECORD_TEST_DB); dropped afterwards unless ONRECORD_KEEP_TEST_DB=1.
#pragma once
#include <string>

namespace onrecord::testing {

class throwaway_database {
 public:
  explicit throwaway_database(const std::string& suite);
  ~throwaway_database();
  throwaway_database(const throwaway_database&) = delete;
  throwaway_database& operator=(const throwaway_database&) = delete;

  const std::string& conninfo() const { return conninfo_; }
  const std::string& name() const { return name_; }
  // Runs SQL and returns the first column of the first row as text ("" when no row / null).
  std::string scalar(const std::string& sql) const;
  void exec(const std::string& sql) const;

 private:
  std::string server_;
  std::string name_;
  std::string conninfo_;
};

// The server's conninfo, or "" when scripts/test did not start one.
std::string test_server();

}  // namespace onrecord::testing

// Skips the current test with a clear message when no test server is running.
#define ONRECORD_REQUIRE_DB()                     \
  if (::onrecord::testing::test_server().empty()) \
  GTEST_SKIP() << "ONRECORD_TEST_DB is not set: run database tests through scripts/test"
