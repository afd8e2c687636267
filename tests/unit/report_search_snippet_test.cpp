// Search snippets say where they cut the statement.
#include <gtest/gtest.h>

#include "report/search_snippet.h"

namespace onrecord {
namespace {

TEST(SearchSnippet, AWholeStatementIsLeftAsItIs) {
  EXPECT_EQ(mark_snippet_cuts("The «ferry» will run on time", "The ferry will run on time."),
            "The «ferry» will run on time");
}

TEST(SearchSnippet, AStatementThatGoesOnIsMarkedAtTheEnd) {
  EXPECT_EQ(mark_snippet_cuts("The «ferry» will run", "The ferry will run. The bridge will not."),
            "The «ferry» will run …");
}

TEST(SearchSnippet, AStatementThatBeganEarlierIsMarkedAtTheStart) {
  EXPECT_EQ(mark_snippet_cuts("the «ferry» will run", "We promise that the ferry will run"), "… the «ferry» will run");
}

TEST(SearchSnippet, FragmentsCutInsideAreMarkedOnBothSides) {
  const std::string text = "Taxes will fall. The harbour is safe. We will open the «ferry» pier next spring, she said.";
  EXPECT_EQ(mark_snippet_cuts("Taxes will fall … open the «ferry» pier",
                              "Taxes will fall. Then more. We will open the ferry pier soon."),
            "Taxes will fall … open the «ferry» pier …");
  EXPECT_EQ(mark_snippet_cuts("«harbour» is safe", text), "… «harbour» is safe …");
}

TEST(SearchSnippet, LeadingQuoteMarksAndSpacesDoNotCountAsACut) {
  EXPECT_EQ(mark_snippet_cuts("«Ferries»? Yes, we run them", "'Ferries? Yes, we run them."),
            "«Ferries»? Yes, we run them");
}

}  // namespace
}  // namespace onrecord
