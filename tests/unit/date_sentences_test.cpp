// The hand-labelled dated sentences of tests/data/dated_sentences.tsv: every one must come out right.
#include <gtest/gtest.h>

#include <sstream>

#include "date/statement_dater.h"
#include "date/time_expression_reader.h"
#include "read/publication_date.h"
#include "support/test_support.h"
#include "text/segmenter.h"

namespace onrecord {
namespace {

struct labelled_sentence {
  std::size_t line = 0;
  std::string published, date, earliest, latest, basis, check, text;
};

std::vector<labelled_sentence> load_sentences() {
  const std::string data = testing::read_file(testing::source_dir() + "/tests/data/dated_sentences.tsv");
  std::vector<labelled_sentence> out;
  std::istringstream in(data);
  std::string line;
  std::size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t from = 0;
    while (true) {
      const auto tab = line.find('\t', from);
      f.push_back(line.substr(from, tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    if (f.size() != 7) throw std::runtime_error("dated_sentences.tsv:" + std::to_string(no) + ": expected 7 columns");
    out.push_back({no, f[0], f[1], f[2], f[3], f[4], f[5], f[6]});
  }
  return out;
}

std::string day(const std::optional<date::sys_days>& d) { return d ? format_day(*d) : "-"; }

// the last “…” of the text, without its marks
text_span last_quote(const std::string& text) {
  const std::string open = "\u201C", close = "\u201D";
  const auto o = text.rfind(open);
  const auto c = text.find(close, o);
  return {o + open.size(), c};
}

TEST(DatedSentences, EveryLabelledSentenceResolvesRight) {
  const lexicon_store lexicons;
  const statement_dater dater(lexicons);
  const time_expression_reader reader(lexicons);
  const auto rows = load_sentences();
  ASSERT_GE(rows.size(), 60u);
  for (const auto& r : rows) {
    SCOPED_TRACE("dated_sentences.tsv:" + std::to_string(r.line) + ": " + r.text);
    article a;
    a.text = r.text;
    a.published = parse_publication_date(r.published).day;
    ASSERT_TRUE(a.published);
    const segmented_text segments = segment_text(a.text);
    std::vector<statement> statements(1);
    statements[0].content = last_quote(a.text);
    dater.date(a, segments, statements);
    const statement_date& got = statements[0].date;
    if (r.check == "future") {
      const auto times = reader.read(a.text, {0, a.text.size()}, {statements[0].content}, *a.published, {});
      ASSERT_FALSE(times.expressions.empty());
      const auto& e = times.expressions.front();
      EXPECT_EQ(day(e.range.best), r.date);
      EXPECT_EQ(day(e.range.earliest), r.earliest);
      EXPECT_EQ(day(e.range.latest), r.latest);
      EXPECT_EQ(to_string(e.range.basis), r.basis);
      EXPECT_EQ(got.basis, date_basis::published) << "a future day never dates a statement";
      EXPECT_EQ(day(got.best), r.published);
      continue;
    }
    EXPECT_EQ(day(got.best), r.date);
    EXPECT_EQ(day(got.earliest), r.earliest);
    EXPECT_EQ(day(got.latest), r.latest);
    ASSERT_TRUE(got.basis);
    EXPECT_EQ(to_string(*got.basis), r.basis);
    EXPECT_EQ(!statements[0].warnings.empty(), r.check == "warn");
    if (r.basis != "published") {
      EXPECT_TRUE(got.evidence);
    }
  }
}

// The dater keeps one set of read() buffers for all the sentences of an article: what one sentence
// left in them must not change what the next one reads.
TEST(DatedSentences, BuffersKeptAcrossSentencesReadAsFreshOnes) {
  const lexicon_store lexicons;
  const time_expression_reader reader(lexicons);
  time_expression_reader::scratch kept;
  const auto rows = load_sentences();
  ASSERT_GE(rows.size(), 60u);
  for (const auto& r : rows) {
    SCOPED_TRACE("dated_sentences.tsv:" + std::to_string(r.line) + ": " + r.text);
    const auto published = parse_publication_date(r.published).day;
    ASSERT_TRUE(published);
    const word_tokenizer words(r.text);
    const text_span whole{0, r.text.size()};
    const std::vector<text_span> quote{last_quote(r.text)};
    const auto fresh = reader.read(words, whole, quote, *published, {});
    const auto reused = reader.read(words, whole, quote, *published, {}, kept);
    ASSERT_EQ(reused.expressions.size(), fresh.expressions.size());
    for (std::size_t k = 0; k < fresh.expressions.size(); ++k) {
      EXPECT_EQ(reused.expressions[k].span.begin, fresh.expressions[k].span.begin);
      EXPECT_EQ(reused.expressions[k].span.end, fresh.expressions[k].span.end);
      EXPECT_EQ(day(reused.expressions[k].range.best), day(fresh.expressions[k].range.best));
      EXPECT_EQ(reused.expressions[k].future, fresh.expressions[k].future);
    }
    EXPECT_EQ(reused.events, fresh.events);
    EXPECT_EQ(reused.opens_new_event, fresh.opens_new_event);
  }
}

}  // namespace
}  // namespace onrecord
