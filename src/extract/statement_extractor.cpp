// A first extractor: double-quoted spans and the nearest "NAME said/added/replied" next to them.
#include "extract/statement_extractor.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "text/utf8.h"

namespace onrecord {
namespace {

bool is_open_quote(char32_t c) { return c == U'"' || c == U'\u201C'; }
bool is_close_quote(char32_t c) { return c == U'"' || c == U'\u201D'; }

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

struct word {
  text_span span;
  std::string_view text;
};

std::vector<word> words_in(std::string_view text, text_span s) {
  std::vector<word> out;
  std::size_t i = s.begin;
  while (i < s.end) {
    while (i < s.end && !is_word_char(text[i])) ++i;
    const std::size_t b = i;
    while (i < s.end && (is_word_char(text[i]) || text[i] == '-' || text[i] == '.')) ++i;
    std::size_t e = i;
    while (e > b && text[e - 1] == '.') --e;
    if (e > b) out.push_back({{b, e}, text.substr(b, e - b)});
  }
  return out;
}

bool capitalised(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

}  // namespace

statement_extractor::statement_extractor(const lexicon_store& lexicons) {
  for (const auto& line : lexicons.lines("cues.txt")) {
    std::istringstream in{std::string(line.text)};
    std::string w;
    while (in >> w) cue_words_.push_back(w);
  }
}

std::vector<statement> statement_extractor::extract(const article& a, const segmented_text& segments) const {
  std::vector<statement> out;
  const std::string_view text = a.text;
  auto is_cue = [&](std::string_view w) { return std::find(cue_words_.begin(), cue_words_.end(), w) != cue_words_.end(); };
  for (const auto& para : segments.paragraphs) {
    if (para.span.end <= a.body_begin) continue;
    std::size_t pos = std::max(para.span.begin, a.body_begin);
    while (pos < para.span.end) {
      std::size_t open_at = pos;
      const char32_t c = decode_utf8(text, pos);
      if (!is_open_quote(c)) continue;
      const std::size_t content_begin = pos;
      std::size_t close_at = std::string_view::npos, after = pos;
      for (std::size_t p = pos; p < para.span.end;) {
        const std::size_t here = p;
        if (is_close_quote(decode_utf8(text, p))) {
          close_at = here;
          after = p;
          break;
        }
      }
      if (close_at == std::string_view::npos) break;
      pos = after;
      (void)open_at;
      statement s;
      s.content = {content_begin, close_at};
      s.kind = statement_kind::direct;
      // attribution after the quote (", Trump added.") or before it ("Mamdani replied, ")
      const std::size_t sentence_end = segments.sentences[segments.sentence_at(close_at)].span.end;
      auto after_words = words_in(text, {after, std::min(sentence_end, para.span.end)});
      auto before_words = words_in(text, {para.span.begin, open_at});
      auto try_words = [&](const std::vector<word>& ws, bool after_quote) {
        for (std::size_t i = 0; i < ws.size(); ++i) {
          if (!is_cue(ws[i].text)) continue;
          // the subject: capitalised run before the cue, or right after it ("said Trump")
          std::size_t j = i;
          while (j > 0 && capitalised(ws[j - 1].text)) --j;
          text_span name{};
          if (j < i) name = {ws[j].span.begin, ws[i - 1].span.end};
          else if (i + 1 < ws.size() && capitalised(ws[i + 1].text)) name = ws[i + 1].span;
          else if (j > 0 && (ws[j - 1].text == "he" || ws[j - 1].text == "she" || ws[j - 1].text == "it"))
            name = ws[j - 1].span;
          if (name.empty()) continue;
          s.cue = ws[i].span;
          s.speaker_mention = name;
          s.speaker = std::string(text.substr(name.begin, name.size()));
          s.attribution_rule = after_quote ? "cue after quote" : "cue before quote";
          return true;
        }
        return false;
      };
      if (!try_words(after_words, true)) {
        if (before_words.size() > 8) before_words.erase(before_words.begin(), before_words.end() - 8);
        try_words(before_words, false);
      }
      s.speaker_kind = s.speaker ? actor_kind::person : actor_kind::unknown;
      s.confidence = s.speaker ? 0.6 : 0.3;
      if (s.content.size() > 0) out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace onrecord
