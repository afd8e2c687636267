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

// decode_utf8 with the ASCII byte (nearly every byte of news text) decoded inline
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  return decode_utf8(text, pos);
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
  if (end > pos) out.reserve((end - pos) / 6 + 1);  // news text runs about six bytes a token
  while (pos < end) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
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
    // the folded word is gathered in a local buffer and appended in pieces (not a byte at a time)
    char buf[64];
    std::size_t used = 0;
    auto put = [&](std::string_view piece) {
      if (used + piece.size() > sizeof buf) {
        t.lower.append(buf, used);
        used = 0;
        if (piece.size() > sizeof buf) return void(t.lower.append(piece));
      }
      for (const char ch : piece) buf[used++] = ch;
    };
    auto put_char = [&](char ch) {
      if (used == sizeof buf) {
        t.lower.append(buf, used);
        used = 0;
      }
      buf[used++] = ch;
    };
    while (p < end) {
      std::size_t q = p;
      const char32_t d = next_code_point(text, q);
      if (is_word_cp(d)) {
        if (d < 0x80) {
          const char ch = static_cast<char>(d);
          if (ch >= 'A' && ch <= 'Z') {
            ++letters, ++upper;
            if (!first_letter_seen) t.capitalised = true;
            first_letter_seen = true;
            put_char(static_cast<char>(ch - 'A' + 'a'));
            digits_only = false;
          } else if (ch >= 'a' && ch <= 'z') {
            ++letters;
            first_letter_seen = true;
            put_char(ch);
            digits_only = false;
          } else {
            put_char(ch);
          }
        } else {
          digits_only = false;
          first_letter_seen = true;
          put(text.substr(p, q - p));
        }
        p = q;
        word_end = p;
        continue;
      }
      if ((is_apostrophe(d) || d == U'-') && q < end) {
        std::size_t r = q;
        const char32_t next = next_code_point(text, r);
        if (is_word_cp(next)) {
          put_char(is_apostrophe(d) ? '\'' : '-');
          digits_only = false;
          p = q;
          continue;
        }
      }
      break;
    }
    t.lower.append(buf, used);
    pos = word_end;
    t.span = {start, word_end};
    if (digits_only) t.kind = token_kind::number;
    t.all_caps = letters >= 2 && upper == letters;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace onrecord
