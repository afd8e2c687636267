// --split-quotations on extract and ingest: a quotation split by its attribution gives a statement
// per quoted span by default (issue 3), or one joined statement; any other value is a usage error.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_onrecord;

const std::string split_article =
    "date 2024-05-14 Ferry fares in Brackenridge will rise in June.\n\n"
    "“The old fares never covered the fuel,” said Mireille Duchamp, who runs the harbour board. "
    "“Nobody enjoys paying more, but the boats must keep sailing.”\n";

nlohmann::json statements_of(const std::vector<std::string>& args, const std::string& article = split_article) {
  const auto r = run_onrecord(args, article);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.exit_code == 0 ? nlohmann::json::parse(r.out)["statements"] : nlohmann::json::array();
}

TEST(SplitQuotations, SeparateByDefaultOneStatementPerQuotedSpan) {
  for (const auto& args : {std::vector<std::string>{"extract", "-"},
                           std::vector<std::string>{"extract", "-", "--split-quotations", "separate"}}) {
    const auto s = statements_of(args);
    ASSERT_EQ(s.size(), 2u) << s.dump();
    EXPECT_EQ(s[0]["text"], "The old fares never covered the fuel,");
    EXPECT_EQ(s[1]["text"], "Nobody enjoys paying more, but the boats must keep sailing.");
    for (const auto& one : s) EXPECT_EQ(one["speaker"], "Mireille Duchamp");
  }
}

TEST(SplitQuotations, JoinedRunsFromTheFirstSpanToTheLast) {
  const auto s = statements_of({"extract", "-", "--split-quotations", "joined"});
  ASSERT_EQ(s.size(), 1u) << s.dump();
  const std::string text = s[0]["text"];
  EXPECT_EQ(text.rfind("The old fares never covered the fuel,", 0), 0u) << text;
  EXPECT_NE(text.find("the boats must keep sailing."), std::string::npos) << text;
  EXPECT_EQ(s[0]["kind"], "direct");
  EXPECT_EQ(s[0]["speaker"], "Mireille Duchamp");
}

TEST(SplitQuotations, JoinedPassesOverWhatTheAttributionReportsInBetween) {
  const std::string article =
      "date 2024-05-14 Ferry fares in Brackenridge will rise in June.\n\n"
      "“The old fares never covered the fuel,” said Mireille Duchamp, noting that diesel prices doubled since "
      "May. “Nobody enjoys paying more, but the boats must keep sailing.”\n";
  EXPECT_EQ(statements_of({"extract", "-"}, article).size(), 3u);
  const auto s = statements_of({"extract", "-", "--split-quotations", "joined"}, article);
  ASSERT_EQ(s.size(), 2u) << s.dump();
  const std::string whole = s[0]["text"];
  EXPECT_EQ(s[0]["kind"], "direct");
  EXPECT_EQ(whole.rfind("The old fares never covered the fuel,", 0), 0u) << whole;
  EXPECT_NE(whole.find("the boats must keep sailing."), std::string::npos) << whole;
  EXPECT_EQ(s[1]["text"], "that diesel prices doubled since May");  // the "noting" report stays its own
  for (const auto& one : s) EXPECT_EQ(one["speaker"], "Mireille Duchamp");
}

TEST(SplitQuotations, AnyOtherValueIsAUsageErrorOnBothCommands) {
  for (const char* command : {"extract", "ingest"}) {
    const auto r = run_onrecord({command, "-", "--split-quotations", "merged"}, split_article);
    EXPECT_EQ(r.exit_code, 2) << command << ": " << r.err;
    EXPECT_NE(r.err.find("--split-quotations must be separate or joined"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace onrecord
