// Every command's --help, --version and the usage exit codes, through the real binary.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_onrecord;

class CommandHelp : public ::testing::TestWithParam<std::string> {};

TEST_P(CommandHelp, PrintsUsagePurposeAndOptions) {
  const auto r = run_onrecord({GetParam(), "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.rfind("usage: onrecord " + GetParam(), 0), 0u) << r.out;
  EXPECT_NE(r.out.find("global options"), std::string::npos);
  EXPECT_NE(r.out.find("--data-dir"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(EveryCommand, CommandHelp,
                         ::testing::Values("ingest", "extract", "timeline", "positions", "search", "report", "actors",
                                           "statements", "topics", "stats", "migrate", "db"));

TEST(Cli, OverviewListsCommandsAndExitCodes) {
  const auto r = run_onrecord({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* w : {"ingest", "extract", "timeline", "migrate", "db", "exit codes", "130"})
    EXPECT_NE(r.out.find(w), std::string::npos) << w;
}

TEST(Cli, VersionPrintsTheVersion) {
  const auto r = run_onrecord({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("onrecord ", 0), 0u);
}

TEST(Cli, UnknownCommandIsUsageError) {
  const auto r = run_onrecord({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos);
}

TEST(Cli, MissingRequiredOptionIsUsageError) {
  const auto r = run_onrecord({"timeline"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("actor"), std::string::npos) << r.err;
}

TEST(Cli, BadDateIsUsageError) {
  const auto r = run_onrecord({"timeline", "--actor", "X", "--from", "yesterday"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("use YYYY-MM-DD"), std::string::npos) << r.err;
}

TEST(Cli, NoCommandIsUsageError) { EXPECT_EQ(run_onrecord({}).exit_code, 2); }

}  // namespace
}  // namespace onrecord
