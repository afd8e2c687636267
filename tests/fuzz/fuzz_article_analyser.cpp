// libFuzzer target: the whole analysis of one article (segmenter, quote scanner, extractor and
// attribution, dater, classifier) on any text the plain-text reader accepts, then the output contract.
// Every span a statement carries must lie inside the text and on code-point boundaries.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/lexicon_store.h"
#include "pipeline/article_analyser.h"
#include "pipeline/extract_json.h"
#include "read/article_reader.h"

namespace {
bool on_boundary(const std::string& t, std::size_t i) {
  return i == t.size() || (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80);
}
void check_span(const std::string& t, const onrecord::text_span& s) {
  if (s.begin > s.end || s.end > t.size() || !on_boundary(t, s.begin) || !on_boundary(t, s.end)) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  static const lexicon_store lexicons;
  static const article_analyser analyser(lexicons);
  article_reader reader(
      reader_options{date::sys_days{date::year{2026} / 1 / 1}, nullptr}, [](article&&) {}, [](const input_error&) {});
  auto a = reader.parse_plain_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  if (!a) return 0;  // the reader refused it: the analysis never sees such text
  if (!a->published) a->published = date::sys_days{date::year{2024} / 3 / 6};
  const analysed_article r = analyser.analyse(std::move(*a));
  const std::string& t = r.source.text;
  for (const auto& s : r.statements) {
    check_span(t, s.content);
    if (s.content.begin < r.source.body_begin) __builtin_trap();  // nothing before the body is a statement
    if (s.speaker_mention) check_span(t, *s.speaker_mention);
    if (s.cue) check_span(t, *s.cue);
    if (s.date.evidence) check_span(t, *s.date.evidence);
    for (const auto& st : s.stances)
      for (const auto& e : st.evidence) check_span(t, e);
    if (s.date.earliest && s.date.latest && *s.date.earliest > *s.date.latest) __builtin_trap();
    if (s.date.best && r.source.published && *s.date.best > *r.source.published) __builtin_trap();
  }
  (void)to_extract_json_line(r);
  return 0;
}
