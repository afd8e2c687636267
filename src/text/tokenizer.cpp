// A single-pass tokenizer over UTF-8: classifies each code point once, no lookahead beyond a word.
#include "text/tokenizer.h"

#include "text/byte_scan.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c < 0x2000) return true;
  return c >= 0x3040 && c < 0xFE00;
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_alnum(char32_t c) { return is_letter(c) || is_digit(c); }
bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x200A || c == 0x202F ||
         c == 0x200B || c == 0xFEFF;
}
bool is_double_quote(char32_t c) {
  return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}

// ASCII needs no decoding; only multi-byte sequences go through the decoder
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  return decode_utf8(text, pos);
}

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  return next_code_point(text, pos);
}

}  // namespace

void tokenize(std::string_view text, text_span range, const sentence_rules& rules, std::vector<text_token>& out) {
  std::size_t pos = range.begin;
  const std::size_t end = range.end;
  while (pos < end) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    const bool ascii_alnum = c < 0x80 && is_alnum(c);  // most tokens start so: no space or mark to check
    if (!ascii_alnum && is_space(c)) continue;
    const bool leading_apostrophe = !ascii_alnum && is_apostrophe(c) && is_digit(peek(text, pos, end));  // ’90s
    if (ascii_alnum || is_alnum(c) || leading_apostrophe) {
      bool inner_period = false, has_letter = is_letter(c), all_upper = is_upper(c), any_upper = all_upper;
      std::size_t letters = is_letter(c) ? 1 : 0;
      bool numeric = is_digit(c);
      // ASCII letters and digits throughout, joined only by ' and - (joined: some joiner seen)
      bool ascii = c < 0x80 && !leading_apostrophe, joined = false;
      while (pos < end) {
        // ASCII letters and digits (most of a word) go through without decoding or joiner checks
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b >= 'a' && b <= 'z') {  // a run of lower-case letters, most of a word, in one tight loop
          const std::size_t run = pos;
          pos = skip_lower_ascii_letters(text, pos + 1, end);
          letters += pos - run;
          has_letter = true;
          all_upper = false;
          continue;
        }
        if ((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
          if (b >= 'A') {
            has_letter = true;
            any_upper = true;
            ++letters;
          }
          ++pos;
          continue;
        }
        if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',') break;  // ASCII that joins nothing
        std::size_t next = pos;
        const char32_t d = next_code_point(text, next);
        if (is_alnum(d)) {
          ascii = false;  // a letter outside ASCII (ASCII ones are handled above)
          if (is_letter(d)) {
            has_letter = true;
            ++letters;
            if (!is_upper(d)) all_upper = false;
          }
          pos = next;
          continue;
        }
        // joiners stay inside a word only between word characters: it's, Mayor-elect, U.S, 3.5, 11,888
        const bool joiner = is_apostrophe(d) || d == U'-' || d == U'.' || (numeric && (d == U',' || d == U'.'));
        if (joiner && is_alnum(peek(text, next, end))) {
          if (d == U'.') inner_period = true;
          if (d == U'-' || d == U'\'')
            joined = true;
          else
            ascii = false;  // . , and ’ joins: word_tokenizer splits or folds there
          pos = next;
          continue;
        }
        break;
      }
      text_token& t = out.emplace_back();  // filled in place, not copied in
      t.span = {start, pos};
      t.kind = has_letter ? text_token_kind::word : text_token_kind::number;
      t.capitalised = is_upper(c);
      t.all_caps = all_upper && letters >= 2;
      // a final period belongs to initials, acronyms with inner periods and abbreviations
      if (t.kind == text_token_kind::word && pos < end && text[pos] == '.') {
        const std::string_view w = text.substr(start, pos - start);
        const bool initial = letters == 1 && t.capitalised && pos - start == 1;
        const std::size_t last_dot = w.rfind('.');
        const bool dotted_initials =
            inner_period && w.size() - last_dot <= 3;  // U.S. N.C. a.m. Ph.D. (not Bankrate.com)
        const std::size_t hyphen = w.rfind('-');
        const bool party_state =
            hyphen != std::string_view::npos && rules.is_abbreviation(w.substr(hyphen + 1));  // R-Ky.
        if (initial || dotted_initials || party_state || rules.is_title(w) || rules.is_abbreviation(w)) {
          ++pos;
          ascii = false;
        }
      }
      t.has_upper = any_upper;
      t.plain = ascii && (t.kind == text_token_kind::word ? is_letter(c) : !joined);
      t.span.end = pos;
      t.text = text.substr(start, pos - start);
      continue;
    }
    text_token& t = out.emplace_back();
    t.kind = text_token_kind::punct;
    if (is_double_quote(c)) {
      t.kind = text_token_kind::quote_mark;
    } else if (c == U'\'' && pos < end && text[pos] == '\'') {
      ++pos;  // '' is a double quotation mark in some newsrooms' text
      t.kind = text_token_kind::quote_mark;
    } else if (c == U'.' && pos + 1 < end && text[pos] == '.' && text[pos + 1] == '.') {
      pos += 2;  // ...
    }
    t.span = {start, pos};
    t.text = text.substr(start, pos - start);
    t.plain = pos - start == 1 && c < 0x80 && c != U'\f' && c != U'\v';
  }
}

std::size_t dateline_length(std::span<const text_token> toks) {
  std::size_t i = 0;
  while (i < toks.size() && i < 8 &&
         (toks[i].all_caps || toks[i].is(",") || toks[i].is(".") || toks[i].is("(") || toks[i].is(")") ||
          (toks[i].is_word() && toks[i].capitalised && i > 0 && toks[i - 1].is(","))))
    ++i;
  return i > 0 && i < toks.size() && is_dash(toks[i].text) && toks[0].all_caps ? i + 1 : 0;
}

}  // namespace onrecord
