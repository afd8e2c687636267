// statement_dater's scope rules on small articles: no publication date, body start, paragraphs,
// quotes, anchors for "after the victory", and the never-after-publication invariant.
#include <gtest/gtest.h>

#include "date/statement_dater.h"
#include "read/publication_date.h"
#include "text/segmenter.h"

namespace onrecord {
namespace {

text_span span_of(const std::string& text, const std::string& needle, std::size_t from = 0) {
  const auto at = text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return {at, at + needle.size()};
}

struct dated_article {
  article a;
  std::vector<statement> statements;
  void add(const std::string& content) {
    statement s;
    s.content = span_of(a.text, content);
    statements.push_back(s);
  }
  void run(const lexicon_store& lexicons) { statement_dater(lexicons).date(a, segment_text(a.text), statements); }
};

TEST(StatementDater, ArticleWithoutPublicationDateLeavesStatementsUndated) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = "On Monday, Mayor Dana Whitcombe said, \u201CWe will rebuild.\u201D";
  t.add("We will rebuild.");
  t.run(lexicons);
  EXPECT_FALSE(t.statements[0].date.best);
  EXPECT_FALSE(t.statements[0].date.latest);
  EXPECT_FALSE(t.statements[0].date.basis);
}

TEST(StatementDater, DefaultIsThePublicationDayWithoutEarliestBound) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = "Mayor Dana Whitcombe said, \u201CWe will rebuild.\u201D";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("We will rebuild.");
  t.run(lexicons);
  EXPECT_EQ(t.statements[0].date.best, t.a.published);
  EXPECT_EQ(t.statements[0].date.latest, t.a.published);
  EXPECT_FALSE(t.statements[0].date.earliest);
  EXPECT_EQ(t.statements[0].date.basis, date_basis::published);
}

TEST(StatementDater, HeaderBeforeTheBodyIsNotATimeExpression) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = " date 2025-11-09 Councillor Ravi Okafor said, \u201CThe clinic stays open.\u201D";
  t.a.body_begin = std::string(" date 2025-11-09 ").size();
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("The clinic stays open.");
  t.run(lexicons);
  EXPECT_EQ(t.statements[0].date.basis, date_basis::published);
}

TEST(StatementDater, TimeExpressionDoesNotCrossParagraphs) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = "On Monday, Mayor Dana Whitcombe toured the docks.\n\nShe said, \u201CWe will rebuild.\u201D";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("We will rebuild.");
  t.run(lexicons);
  EXPECT_EQ(t.statements[0].date.basis, date_basis::published);
}

TEST(StatementDater, DoesNotCarryBackwardsToEarlierSentences) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text =
      "Mayor Dana Whitcombe said \u201Cthe port stays public.\u201D She first said so on November 4 in a speech.";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("the port stays public.");
  t.run(lexicons);
  EXPECT_EQ(t.statements[0].date.basis, date_basis::published);
}

TEST(StatementDater, EveryStatementOfAParagraphCarriesTheDate) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text =
      "On Friday, Nov. 7, Councillor Ravi Okafor opened the clinic. \u201CIt is a good day,\u201D he said. "
      "\u201CWe waited years,\u201D he added.";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("It is a good day,");
  t.add("We waited years,");
  t.run(lexicons);
  for (const auto& s : t.statements) {
    EXPECT_EQ(format_day(*s.date.best), "2025-11-07");
    EXPECT_EQ(s.date.basis, date_basis::inherited);
    ASSERT_TRUE(s.date.evidence);
    EXPECT_EQ(t.a.text.substr(s.date.evidence->begin, s.date.evidence->size()), "Friday, Nov. 7");
  }
}

TEST(StatementDater, EventAnchorBoundsALaterAfterAcrossParagraphs) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text =
      "Dana Whitcombe was elected mayor on November 4.\n\n"
      "After Whitcombe's victory, the union wrote, \u201CWe expect a fair contract.\u201D";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("We expect a fair contract.");
  t.run(lexicons);
  const auto& d = t.statements[0].date;
  EXPECT_EQ(format_day(*d.earliest), "2025-11-04");
  EXPECT_EQ(format_day(*d.latest), "2025-11-12");
  EXPECT_EQ(format_day(*d.best), "2025-11-12");
}

TEST(StatementDater, ExplicitDateAfterPublicationNeverDatesAStatement) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = "The vote is set for December 3, 2025, and Councillor Ravi Okafor said, \u201CWe are ready.\u201D";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("We are ready.");
  t.run(lexicons);
  EXPECT_EQ(t.statements[0].date.basis, date_basis::published);
  EXPECT_LE(*t.statements[0].date.best, *t.a.published);
}

TEST(StatementDater, CueSentenceDatesAMultiSentenceQuote) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = "\u201CThe tram is late. The buses are full,\u201D Councillor Ravi Okafor said Tuesday.";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("The tram is late. The buses are full,");
  t.statements[0].cue = span_of(t.a.text, "said");
  t.run(lexicons);
  EXPECT_EQ(format_day(*t.statements[0].date.best), "2025-11-11");
  EXPECT_EQ(t.statements[0].date.basis, date_basis::weekday);
}

TEST(StatementDater, WeekdayNamingAnEventIsNotADay) {
  const lexicon_store lexicons;
  dated_article t;
  t.a.text = "Before Black Friday, shop owner Ines Varga said, \u201CPrices are fair.\u201D";
  t.a.published = parse_publication_date("2025-11-12").day;
  t.add("Prices are fair.");
  t.run(lexicons);
  EXPECT_EQ(t.statements[0].date.basis, date_basis::published);
}

}  // namespace
}  // namespace onrecord
