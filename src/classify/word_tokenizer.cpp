// The shared token stream for dating and classification: one left-to-right pass over the bytes.
#include "classify/word_tokenizer.h"

#include "text/utf8.h"

namespace onrecord {
namespace {

bool is_space_cp(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }

// Letters and digits of any script count as word characters; the typographic punctuation news
// text uses (quotes, dashes, ellipsis, guillemets) does not.
bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
  if (is_space_cp(c)) return false;
  if (c >= 0x2010 && c <= 0x205E) return false;  // dashes, quotes, bullets, ellipsis, primes
  if (c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xBF || c == 0xA1 || c == 0xFFFD) return false;
  return true;
}

}  // namespace

std::string_view word_token::base() const {
  std::string_view s = lower;
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") s.remove_suffix(2);
  return s;
}

bool is_clause_break(const word_token& t) {
  if (t.kind != token_kind::punct) return false;
  return t.lower == "." || t.lower == ";" || t.lower == ":" || t.lower == "!" || t.lower == "?" ||
         t.lower == "\u2014" || t.lower == "\u2013";
}

std::vector<word_token> tokenize_words(std::string_view text, text_span range) {
  std::vector<word_token> out;
  std::size_t pos = range.begin;
  const std::size_t end = std::min(range.end, text.size());
  while (pos < end) {
    const std::size_t start = pos;
    const char32_t c = decode_utf8(text, pos);
    if (is_space_cp(c)) continue;
    if (!is_word_cp(c)) {
      word_token t;
      t.span = {start, pos};
      t.kind = token_kind::punct;
      t.lower = std::string(text.substr(start, pos - start));
      out.push_back(std::move(t));
      continue;
    }
    // a word: word characters, joined by an apostrophe or hyphen that sits between two of them
    word_token t;
    t.kind = token_kind::word;
    bool digits_only = true;
    int letters = 0, upper = 0;
    bool first_letter_seen = false;
    std::size_t p = start;
    std::size_t word_end = start;
    while (p < end) {
      std::size_t q = p;
      const char32_t d = decode_utf8(text, q);
      if (is_word_cp(d)) {
        if (d < 0x80) {
          const char ch = static_cast<char>(d);
          if (ch >= 'A' && ch <= 'Z') {
            ++letters, ++upper;
            if (!first_letter_seen) t.capitalised = true;
            first_letter_seen = true;
            t.lower.push_back(static_cast<char>(ch - 'A' + 'a'));
            digits_only = false;
          } else if (ch >= 'a' && ch <= 'z') {
            ++letters;
            first_letter_seen = true;
            t.lower.push_back(ch);
            digits_only = false;
          } else {
            t.lower.push_back(ch);
          }
        } else {
          digits_only = false;
          first_letter_seen = true;
          t.lower.append(text.substr(p, q - p));
        }
        p = q;
        word_end = p;
        continue;
      }
      if ((is_apostrophe(d) || d == U'-') && q < end) {
        std::size_t r = q;
        const char32_t next = decode_utf8(text, r);
        if (is_word_cp(next)) {
          t.lower.push_back(is_apostrophe(d) ? '\'' : '-');
          digits_only = false;
          p = q;
          continue;
        }
      }
      break;
    }
    pos = word_end;
    t.span = {start, word_end};
    if (digits_only) t.kind = token_kind::number;
    t.all_caps = letters >= 2 && upper == letters;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace onrecord
