// The quotation scanner: curly and straight marks, nesting, stray marks and quotations that run
// over several paragraphs (issue 3 item 2). Texts are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/quote_scanner.h"

namespace onrecord {
namespace {

std::vector<std::string> quotes(const std::string& text) {
  const segmented_text s = segment_text(text);
  std::vector<std::string> out;
  for (const auto& q : scan_quotations(text, s, 0)) out.push_back(text.substr(q.content.begin, q.content.size()));
  return out;
}

TEST(QuoteScanner, CurlyAndStraightMarks) {
  const auto q = quotes("“We will build it,” Whitcombe said. \"It is late,\" Okafor replied.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0], "We will build it,");
  EXPECT_EQ(q[1], "It is late,");
}

TEST(QuoteScanner, SingleMarksInsideDoubleAreNotQuotations) {
  const auto q = quotes("“She told me ‘never again’ and meant it,” Okafor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "She told me ‘never again’ and meant it,");
}

TEST(QuoteScanner, ApostrophesAreNotMarks) {
  const auto q = quotes("Whitcombe’s plan isn't new, and it's from the ’90s.");
  EXPECT_TRUE(q.empty());
}

TEST(QuoteScanner, DoubledApostrophesAreDoubleMarks) {
  const auto q = quotes("''We are ready,'' Mr. Okafor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "We are ready,");
}

TEST(QuoteScanner, StrayClosingMarkIsIgnoredAndStrayOpeningMarkKeepsItsWords) {
  EXPECT_TRUE(quotes("The vote was close” and nobody cheered.").empty());
  const auto q = quotes("He replied, “'Taxes? Well, we will see what the council decides about them.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].substr(0, 7), "'Taxes?");
}

TEST(QuoteScanner, MultiParagraphQuotationRunsOn) {
  const std::string text = "Whitcombe said: “The budget is balanced.\n\n“The schools get more money than ever before.”";
  const segmented_text s = segment_text(text);
  const auto qs = scan_quotations(text, s, 0);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_TRUE(qs[0].continues);
  EXPECT_FALSE(qs[0].closed);
  EXPECT_TRUE(qs[1].continued);
  EXPECT_TRUE(qs[1].closed);
}

}  // namespace
}  // namespace onrecord
