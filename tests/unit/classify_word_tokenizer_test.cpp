// word_tokenizer built from the extractor's text_tokens must give exactly the tokens it reads on its
// own: the runs it copies (plain ASCII between spaces) and the text it still tokenises around them.
// Texts are written for the tests, about fictional people.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "classify/word_tokenizer.h"
#include "text/segmenter.h"
#include "text/sentence_rules.h"
#include "text/tokenizer.h"

namespace onrecord {
namespace {

// tokenize() over each paragraph from `from` on, the way the extractor reads an article's body
std::vector<text_token> body_tokens(const std::string& text, std::size_t from) {
  std::vector<text_token> out;
  for (const auto& p : segment_text(text).paragraphs) {
    if (p.span.end <= from) continue;
    tokenize(text, {std::max(p.span.begin, from), p.span.end}, sentence_rules::defaults(), out);
  }
  return out;
}

void expect_same_tokens(const std::string& text, const std::vector<text_token>& known) {
  const word_tokenizer alone(text), reused(text, known);
  const auto want = alone.tokens({0, text.size()});
  const auto got = reused.tokens({0, text.size()});
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(got[k].span.begin, want[k].span.begin) << "token " << k << " of: " << text;
    EXPECT_EQ(got[k].span.end, want[k].span.end) << "token " << k << " of: " << text;
    EXPECT_EQ(got[k].lower, want[k].lower) << "token " << k << " of: " << text;
    EXPECT_EQ(got[k].kind, want[k].kind) << "token " << k << " of: " << text;
    EXPECT_EQ(got[k].capitalised, want[k].capitalised) << "token " << k << " of: " << text;
    EXPECT_EQ(got[k].all_caps, want[k].all_caps) << "token " << k << " of: " << text;
  }
}

TEST(WordTokenizer, ReusedTokensMatchTheTokenizersOwnWhereTheTwoTokenizersDiffer) {
  const std::vector<std::string> texts = {
      "Mayor Dana Whitcombe said the plan was fine.",
      "The U.S. Senate met at 3.5 p.m. with 11,888 guests, Sen. Lund, R-Ky., said.",
      "It's Whitcombe’s plan from the ’90s and the '90s; rock'n'roll isn't dead.",
      "COVID-19 rules of 2025-11-05 hit 3M firms in the 1990s, the 2nd time, said NYPD's McAdams.",
      "''No,'' she said... “Yes.” \"Maybe\" (later) -- well-known x- -y 'quoted'",
      "Café owner Zoë Brankov™ said: «non» — and\xC2\xA0then\xE2\x80\x89left.\fNext\vpage.",
      "iPhone maker's CEO, J. R. Okafor, met Ph.D. students at Bankrate.com.",
      "Line one.\n\nLine two has  two  spaces.\r\nAnd a tab\there.",
      "A form \f feed and a \v vertical tab stand alone.",
      "",
      "x",
      "  leading and trailing spaces  "};
  for (const auto& text : texts) {
    expect_same_tokens(text, body_tokens(text, 0));
    expect_same_tokens(text, {});  // nothing known: all tokenised here
  }
}

TEST(WordTokenizer, ReusedTokensMatchWhenTheBodyStartsInsideAWord) {
  const std::string text = "HEADLINE Okafor wins\nOkafor said the vote was close.";
  for (std::size_t from = 0; from <= text.size(); ++from) expect_same_tokens(text, body_tokens(text, from));
}

// many short texts built from the pieces where the two tokenizers part ways
TEST(WordTokenizer, ReusedTokensMatchOnGeneratedTexts) {
  const std::vector<std::string> pieces = {"Ana",
                                           "ana",
                                           "AB",
                                           "Mc",
                                           "3",
                                           "45",
                                           ".",
                                           ",",
                                           "'",
                                           "’",
                                           "-",
                                           " ",
                                           " ",
                                           "\n",
                                           "é",
                                           "É",
                                           "™",
                                           "“",
                                           "”",
                                           "\"",
                                           "''",
                                           "...",
                                           "\f",
                                           "s",
                                           "U.S.",
                                           "Mr.",
                                           "(",
                                           ")",
                                           "\xE2\x80\x94",
                                           "\xC2\xA0",
                                           "ago",
                                           "Jan.",
                                           "\t",
                                           "2025-11-05"};
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    const std::uint32_t length = 1 + next() % 12;
    for (std::uint32_t k = 0; k < length; ++k) text += pieces[next() % pieces.size()];
    expect_same_tokens(text, body_tokens(text, 0));
    if (HasFailure()) return;  // one failing text is enough to read
  }
}

}  // namespace
}  // namespace onrecord
