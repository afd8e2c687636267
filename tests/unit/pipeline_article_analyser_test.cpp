// The whole analysis of small articles about fictional people: extraction and dating together, where
// what the extractor leaves out of a statement's content decides which time expression dates it.
#include <gtest/gtest.h>

#include "lexicon/lexicon_store.h"
#include "pipeline/article_analyser.h"
#include "read/publication_date.h"

namespace onrecord {
namespace {

analysed_article analyse(const std::string& body) {
  static const lexicon_store lexicons;
  static const article_analyser analyser(lexicons);
  article a;
  a.id = std::string("t");
  a.text = body;
  a.published = parse_publication_date("2025-11-12").day;  // a Wednesday
  return analyser.analyse(std::move(a));
}

TEST(ArticleAnalyser, ATimeBetweenCueAndContentWithoutThatDatesTheSaying) {
  // "said on Monday she would run": Monday is when it was said, with or without "that"
  for (const char* body : {"Councillor Ravi Okafor said on Monday she would run again.",
                           "Councillor Ravi Okafor said on Monday that she would run again."}) {
    const analysed_article out = analyse(body);
    ASSERT_EQ(out.statements.size(), 1u) << body;
    const statement& s = out.statements[0];
    EXPECT_EQ(out.source.text.substr(s.content.begin, s.content.size()), "she would run again") << body;
    ASSERT_TRUE(s.date.best) << body;
    EXPECT_EQ(*s.date.best, parse_publication_date("2025-11-10").day) << body;
    EXPECT_EQ(s.date.basis, date_basis::weekday) << body;
  }
}

}  // namespace
}  // namespace onrecord
