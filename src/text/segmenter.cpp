// Paragraph and sentence segmentation in one pass, without regular expressions.
#include "text/segmenter.h"

#include <algorithm>

#include "text/byte_scan.h"
#include "text/sentence_rules.h"

namespace onrecord {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

// U+00A0 (no-break space) counts as space between sentences.
std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end) {
    if (is_space(t[i])) {
      ++i;
    } else if (i + 1 < end && static_cast<unsigned char>(t[i]) == 0xC2 &&
               static_cast<unsigned char>(t[i + 1]) == 0xA0) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

text_span trim(std::string_view text, text_span s) {
  s.begin = skip_spaces(text, s.begin, s.end);
  while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
  return s;
}

// Closing quotation marks and brackets right after a terminal belong to the sentence it ends.
std::size_t skip_closers(std::string_view t, std::size_t j, std::size_t end) {
  while (j < end) {
    const char c = t[j];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      ++j;
      continue;
    }
    if (j + 2 < end && static_cast<unsigned char>(c) == 0xE2 && static_cast<unsigned char>(t[j + 1]) == 0x80) {
      const auto c3 = static_cast<unsigned char>(t[j + 2]);
      if (c3 == 0x9D || c3 == 0x99) {  // ” ’
        j += 3;
        continue;
      }
    }
    break;
  }
  return j;
}

// The word that ends right before the period at `dot` (letters and inner periods: "U.S", "Mr").
std::string_view word_before(std::string_view t, std::size_t begin, std::size_t dot) {
  std::size_t b = dot;
  while (b > begin && (is_alpha(t[b - 1]) || t[b - 1] == '.' || t[b - 1] == '-')) --b;
  return t.substr(b, dot - b);
}

std::string_view word_at(std::string_view t, std::size_t i, std::size_t end) {
  std::size_t e = i;
  while (e < end && (is_alpha(t[e]) || t[e] == '\'')) ++e;
  return t.substr(i, e - i);
}

// Whether the period at `dot` ends a sentence, given the next word starts at `next`.
bool period_ends(std::string_view t, std::size_t begin, std::size_t dot, std::size_t next, std::size_t end,
                 const sentence_rules& rules) {
  const std::string_view w = word_before(t, begin, dot);
  if (w.empty()) return true;
  if (rules.is_title(w)) return false;  // Mr. Smith: a title is always followed by a name
  // "then-Sen. Vale", "ex-Gov. Brankov": a title after a hyphenated prefix is still a title
  if (const auto hyphen = w.rfind('-'); hyphen != std::string_view::npos && rules.is_title(w.substr(hyphen + 1)))
    return false;
  const bool inner_period = w.find('.') != std::string_view::npos;
  const bool initial = w.size() == 1 && is_upper(w[0]);
  if (!inner_period && !initial && !rules.is_abbreviation(w)) return true;
  // "posted on X." names the platform, not an initial
  if (w == "X" && dot >= begin + 4 &&
      (t.substr(dot - 4, 3) == "on " || (dot >= begin + 5 && t.substr(dot - 5, 4) == "via ")))
    return true;
  // U.S. / Inc. / J. / Jan.: ends only when a word that usually starts a sentence follows
  if (next >= end) return true;
  if (is_digit(t[next])) return false;  // Jan. 6
  return rules.starts_sentence(word_at(t, next, end));
}

void split_sentences(std::string_view text, std::size_t para_index, text_span para, const sentence_rules& rules,
                     std::vector<sentence>& out) {
  std::size_t start = para.begin;
  std::size_t i = para.begin;
  while (i < para.end) {
    // only . ! ? and the first byte of … (U+2026) can start a sentence terminal
    i = find_any_byte<'.', '!', '?', 0xE2>(text, i, para.end);
    if (i >= para.end) break;
    const char c = text[i];
    std::size_t after = 0;  // byte after the terminal punctuation, 0 when c is none
    bool is_period = false;
    if (c == '.') {
      if (i + 1 < para.end && (is_digit(text[i + 1]) || is_alpha(text[i + 1]))) {  // 3.5, U.S, .com
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < para.end && text[j] == '.') ++j;  // "..." is an ellipsis
      is_period = j == i + 1;
      after = j;
    } else if (c == '!' || c == '?') {
      after = i + 1;
      while (after < para.end && (text[after] == '!' || text[after] == '?')) ++after;
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < para.end &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0xA6) {
      after = i + 3;  // …
    }
    if (!after) {
      ++i;
      continue;
    }
    const std::size_t j = skip_closers(text, after, para.end);
    const std::size_t k = skip_spaces(text, j, para.end);
    bool ends = true;
    if (j < para.end && k == j) {
      ends = false;  // no space after: "?!", "”)." inside a word
    } else if (k < para.end && !is_upper(text[k]) && !is_digit(text[k])) {
      // a lower-case word (or a dash) goes on: “Really?” he asked. Quotes opening count as capitals.
      const auto u = static_cast<unsigned char>(text[k]);
      const bool opens =
          text[k] == '"' || text[k] == '\'' || text[k] == '(' ||
          (u == 0xE2 && k + 2 < para.end && static_cast<unsigned char>(text[k + 1]) == 0x80 &&
           (static_cast<unsigned char>(text[k + 2]) == 0x9C || static_cast<unsigned char>(text[k + 2]) == 0x98));
      ends = opens || (u >= 0xC3 && u < 0xE0);  // accented capitals (2-byte UTF-8); not dashes
    } else if (is_period) {
      ends = period_ends(text, para.begin, i, k, para.end, rules);
    } else if (c == '.' || static_cast<unsigned char>(c) == 0xE2) {
      ends = k >= para.end || is_upper(text[k]);  // an ellipsis before a capital ends a sentence
    }
    if (ends) {
      const text_span s = trim(text, {start, j});
      if (!s.empty()) out.push_back({s, para_index});
      start = j;
    }
    i = std::max(j, i + 1);
  }
  const text_span s = trim(text, {start, para.end});
  if (!s.empty()) out.push_back({s, para_index});
}

}  // namespace

segmented_text segment_text(std::string_view text) { return segment_text(text, sentence_rules::defaults()); }

segmented_text segment_text(std::string_view text, const sentence_rules& rules) {
  segmented_text out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    const text_span p = trim(text, {start, end});
    if (!p.empty()) {
      paragraph para{p, out.sentences.size(), 0};
      split_sentences(text, out.paragraphs.size(), p, rules, out.sentences);
      para.sentence_count = out.sentences.size() - para.first_sentence;
      out.paragraphs.push_back(para);
    }
  };
  std::size_t i = 0;
  while (true) {
    const std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) break;
    close(nl);
    start = nl + 1;
    i = nl + 1;
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
