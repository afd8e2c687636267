// Sentence and paragraph segmentation: abbreviations, initials, decimals, ellipses and quotations
// that end sentences (issue 3 item 1). Texts are written for the tests, about fictional people.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace onrecord {
namespace {

std::vector<std::string> sentences(const std::string& text) {
  const segmented_text s = segment_text(text);
  std::vector<std::string> out;
  for (const auto& sent : s.sentences) out.push_back(text.substr(sent.span.begin, sent.span.size()));
  return out;
}

TEST(TextSegmenter, TitlesNeverEndASentence) {
  const auto s = sentences("Mr. Okafor met Gov. Whitcombe and Sen. Lund. They talked.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Mr. Okafor met Gov. Whitcombe and Sen. Lund.");
}

TEST(TextSegmenter, ATitleAfterAHyphenatedPrefixIsStillATitle) {
  const auto s = sentences("She backed then-Sen. Lund and ex-Gov. Whitcombe in the race. They lost.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "She backed then-Sen. Lund and ex-Gov. Whitcombe in the race.");
  // a hyphenated word that is no title still ends its sentence
  EXPECT_EQ(sentences("The vote was a nail-biter. Lund won.").size(), 2u);
}

TEST(TextSegmenter, TheXAfterOnIsThePlatformNotAnInitial) {
  auto s = sentences("Vale posted on X. Similar rules passed in two counties.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Similar rules passed in two counties.");
  // an initial in a name still joins it
  EXPECT_EQ(sentences("Jo X. Vale spoke.").size(), 1u);
}

TEST(TextSegmenter, AbbreviationsEndASentenceOnlyBeforeASentenceStarter) {
  auto s = sentences("The U.S. Senate voted on Nov. 3 and again on Jan. 6 in Washington.");
  EXPECT_EQ(s.size(), 1u);
  s = sentences("She moved to the U.S. The move was sudden.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "The move was sudden.");
}

TEST(TextSegmenter, InitialsAndDecimalsStayInside) {
  const auto s = sentences("Dana J. Whitcombe raised the rate to 3.5 percent. Nobody objected.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Dana J. Whitcombe raised the rate to 3.5 percent.");
}

TEST(TextSegmenter, EllipsisEndsASentenceOnlyBeforeACapital) {
  auto s = sentences("We waited... and waited. Then it rained.");
  ASSERT_EQ(s.size(), 2u);
  s = sentences("We waited… Then it rained.");
  EXPECT_EQ(s.size(), 2u);
}

TEST(TextSegmenter, QuotationThatEndsASentence) {
  auto s = sentences("“Is it finished?” Okafor asked. “Not yet.” The crowd laughed.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[1], "Okafor asked.");
  s = sentences("“Is it finished?” he asked. Nobody answered.");
  ASSERT_EQ(s.size(), 2u);  // a lower-case word after the question goes on
  EXPECT_EQ(s[0], "“Is it finished?” he asked.");
}

TEST(TextSegmenter, ParagraphsAtLineBreaks) {
  const segmented_text s = segment_text("First one. Second one.\n\nThird one.");
  ASSERT_EQ(s.paragraphs.size(), 2u);
  EXPECT_EQ(s.paragraphs[0].sentence_count, 2u);
  EXPECT_EQ(s.sentences[2].paragraph, 1u);
}

std::vector<std::string> words(const std::string& text) {
  std::vector<text_token> toks;
  tokenize(text, {0, text.size()}, sentence_rules::defaults(), toks);
  std::vector<std::string> out;
  for (const auto& t : toks) out.emplace_back(t.text);
  return out;
}

TEST(TextTokenizer, ApostrophesStayInsideWords) {
  const auto w = words("It's Whitcombe’s plan from the ’90s.");
  const std::vector<std::string> want{"It's", "Whitcombe’s", "plan", "from", "the", "’90s", "."};
  EXPECT_EQ(w, want);
}

TEST(TextTokenizer, AbbreviationsKeepTheirPeriod) {
  const auto w = words("Sen. Lund, R-Ky., of the U.S. said 11,888 people came.");
  const std::vector<std::string> want{"Sen.", "Lund", ",",      "R-Ky.",  ",",    "of", "the",
                                      "U.S.", "said", "11,888", "people", "came", "."};
  EXPECT_EQ(w, want);
}

TEST(TextTokenizer, QuotationMarksAreTokensOfTheirOwn) {
  std::vector<text_token> toks;
  const std::string text = "''No,'' she said. “Yes.”";
  tokenize(text, {0, text.size()}, sentence_rules::defaults(), toks);
  int marks = 0;
  for (const auto& t : toks) marks += t.kind == text_token_kind::quote_mark;
  EXPECT_EQ(marks, 4);
}

}  // namespace
}  // namespace onrecord
