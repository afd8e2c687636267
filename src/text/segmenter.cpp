// A first segmenter: paragraphs at blank lines (or single newlines), sentences at . ! ? not
// followed by a lower-case word. Later work refines abbreviations and quotes.
#include "text/segmenter.h"

#include <algorithm>
#include <cctype>

namespace onrecord {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

text_span trim(std::string_view text, text_span s) {
  while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
  while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
  return s;
}

void split_sentences(std::string_view text, std::size_t para_index, text_span para, std::vector<sentence>& out) {
  std::size_t start = para.begin;
  for (std::size_t i = para.begin; i < para.end; ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    // closing quotes and brackets belong to the sentence they end
    while (j < para.end) {
      if (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
        ++j;
      } else if (j + 2 < para.end && static_cast<unsigned char>(text[j]) == 0xE2 &&
                 static_cast<unsigned char>(text[j + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[j + 2]) == 0x9D || static_cast<unsigned char>(text[j + 2]) == 0x99)) {
        j += 3;
      } else {
        break;
      }
    }
    if (j < para.end && !is_space(text[j])) continue;
    std::size_t k = j;
    while (k < para.end && is_space(text[k])) ++k;
    if (k < para.end && std::islower(static_cast<unsigned char>(text[k]))) continue;
    const text_span s = trim(text, {start, j});
    if (!s.empty()) out.push_back({s, para_index});
    start = j;
    i = j - 1;
  }
  const text_span s = trim(text, {start, para.end});
  if (!s.empty()) out.push_back({s, para_index});
}

}  // namespace

segmented_text segment_text(std::string_view text) {
  segmented_text out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    const text_span p = trim(text, {start, end});
    if (!p.empty()) {
      paragraph para{p, out.sentences.size(), 0};
      split_sentences(text, out.paragraphs.size(), p, out.sentences);
      para.sentence_count = out.sentences.size() - para.first_sentence;
      out.paragraphs.push_back(para);
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      close(i);
      start = i + 1;
    }
  }
  close(text.size());
  return out;
}

std::size_t segmented_text::sentence_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const sentence& s) { return o < s.span.begin; });
  return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin() - 1);
}

std::size_t segmented_text::paragraph_at(std::size_t offset) const {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                             [](std::size_t o, const paragraph& p) { return o < p.span.begin; });
  return it == paragraphs.begin() ? 0 : static_cast<std::size_t>(it - paragraphs.begin() - 1);
}

}  // namespace onrecord
