// ingest --split-quotations joined stores the joined statement that extract prints.
#include <gtest/gtest.h>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_onrecord;

TEST(IngestSplitQuotations, JoinedStoresOneStatementFromTheFirstSpanToTheLast) {
  ONRECORD_REQUIRE_DB();
  const std::string article =
      "date 2024-05-14 Ferry fares in Brackenridge will rise in June.\n\n"
      "“The old fares never covered the fuel,” said Mireille Duchamp, who runs the harbour board. "
      "“Nobody enjoys paying more, but the boats must keep sailing.”\n";
  testing::throwaway_database separate("split_quotations_separate"), joined("split_quotations_joined");
  ASSERT_EQ(run_onrecord({"--db", separate.conninfo(), "ingest", "-"}, article).exit_code, 0);
  const auto r = run_onrecord({"--db", joined.conninfo(), "ingest", "-", "--split-quotations", "joined"}, article);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(separate.scalar("SELECT count(*) FROM statements"), "2");
  EXPECT_EQ(joined.scalar("SELECT count(*) FROM statements"), "1");
  const std::string text = joined.scalar("SELECT text FROM statements");
  EXPECT_EQ(text.rfind("The old fares never covered the fuel,", 0), 0u) << text;
  EXPECT_NE(text.find("the boats must keep sailing."), std::string::npos) << text;
}

}  // namespace
}  // namespace onrecord
