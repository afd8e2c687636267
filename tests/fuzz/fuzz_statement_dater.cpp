// libFuzzer target: the dater. The first two bytes choose the publication day (1990 to 2169), the
// rest is the text; every sentence becomes a statement so that each one is dated. Also drives the
// calendar rules of date_resolver with fuzzed months, days and offsets, and the publication-date parser.
#include <cstddef>
#include <cstdint>
#include <string>

#include "date/date_resolver.h"
#include "date/statement_dater.h"
#include "lexicon/lexicon_store.h"
#include "read/publication_date.h"
#include "text/segmenter.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  static const lexicon_store lexicons;
  static const statement_dater dater(lexicons);
  if (size < 4) return 0;
  const date::sys_days published = date::sys_days{date::year{1990} / 1 / 1} + date::days{data[0] | (data[1] << 8)};
  const unsigned month = data[2] % 14, day = data[3] % 33;  // 0, 13, 32…: impossible values on purpose
  const bool future = data[2] & 0x80;
  const std::string text(reinterpret_cast<const char*>(data + 4), size - 4);

  (void)parse_publication_date(text.substr(0, 40), published);
  (void)make_day(1900 + data[0], month, day);
  (void)month_day_near(published, month, day, future);
  (void)weekday_near(published, date::weekday{day % 7}, static_cast<weekday_relation>(data[3] % 3), future);
  const auto unit = static_cast<period_unit>(data[2] % 4);
  const int n = static_cast<std::int8_t>(data[3]);
  (void)clamp_to_publication(period_range(published, unit, n), published);
  (void)clamp_to_publication(period_to_date(published, unit), published);
  (void)clamp_to_publication(units_ago(published, unit, n), published);
  (void)month_range(1900 + data[0], month == 0 ? 1 : (month > 12 ? 12 : month));

  if (find_invalid_utf8(text) || text.find('\0') != std::string::npos) return 0;
  article a;
  a.id = std::string_view("fuzz");
  a.text = text;
  a.published = published;
  const segmented_text segments = segment_text(a.text);
  std::vector<statement> statements;
  for (const auto& s : segments.sentences) {
    statement st;
    st.content = s.span;
    statements.push_back(st);
  }
  dater.date(a, segments, statements);
  for (const auto& s : statements) {
    if (s.date.best && *s.date.best > published) __builtin_trap();  // never dated after publication
    if (s.date.earliest && s.date.latest && *s.date.earliest > *s.date.latest) __builtin_trap();
    if (s.date.evidence && s.date.evidence->end > text.size()) __builtin_trap();
  }
  return 0;
}
