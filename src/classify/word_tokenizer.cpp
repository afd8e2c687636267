// The shared token stream for dating and classification: one left-to-right pass over the bytes,
// ASCII classified by table, other code points decoded; folded forms kept only where they differ.
#include "classify/word_tokenizer.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace onrecord {
namespace {

enum byte_class : unsigned char { space_byte, lower_byte, upper_byte, digit_byte, other_byte, multi_byte };

constexpr std::array<unsigned char, 256> byte_classes = [] {
  std::array<unsigned char, 256> t{};
  for (int b = 0; b < 256; ++b) {
    unsigned char k = other_byte;
    if (b >= 0x80)
      k = multi_byte;
    else if (b >= 'a' && b <= 'z')
      k = lower_byte;
    else if (b >= 'A' && b <= 'Z')
      k = upper_byte;
    else if (b >= '0' && b <= '9')
      k = digit_byte;
    else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
      k = space_byte;
    t[static_cast<std::size_t>(b)] = k;
  }
  return t;
}();

bool is_space_cp(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

// Letters and digits of any script count as word characters; the typographic punctuation news
// text uses (quotes, dashes, ellipsis, guillemets) does not.
inline bool is_word_cp(char32_t c) {
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

// The folded form of a word (ASCII lower case, ’ as '), kept where views into it stay valid: a
// string is only ever filled up to the size reserved for it.
std::string_view keep_folded(std::deque<std::string>& store, std::string_view raw, std::size_t chunk) {
  if (store.empty() || store.back().capacity() - store.back().size() < raw.size()) {
    store.emplace_back();
    store.back().reserve(std::max(raw.size(), chunk));
  }
  std::string& s = store.back();
  const std::size_t at = s.size();
  for (std::size_t k = 0; k < raw.size(); ++k) {
    const char c = raw[k];
    if (c >= 'A' && c <= 'Z') {
      s.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == '\xE2' && k + 2 < raw.size() && raw[k + 1] == '\x80' && raw[k + 2] == '\x99') {
      s.push_back('\'');  // ’ joins a word only as an apostrophe
      k += 2;
    } else {
      s.push_back(c);
    }
  }
  return {s.data() + at, s.size() - at};
}

// Tokens of text[pos, end) appended to out (the whole scanner: a word_tokenizer runs it once over
// the text, and again only for a range cut inside a token).
void tokenize_range(std::string_view text, std::size_t pos, std::size_t end, std::deque<std::string>& folded,
                    std::size_t chunk, std::vector<word_token>& out) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < end) {
    const std::size_t start = pos;
    const unsigned char first_class = byte_classes[bytes[pos]];
    if (first_class == space_byte) {
      ++pos;
      continue;
    }
    if (first_class == other_byte || first_class == multi_byte) {
      const char32_t c = next_code_point(text, pos);
      if (first_class == multi_byte && is_space_cp(c)) continue;
      if (first_class == other_byte || !is_word_cp(c)) {
        word_token t;
        t.span = {start, pos};
        t.kind = token_kind::punct;
        t.lower = text.substr(start, pos - start);
        out.push_back(t);
        continue;
      }
    }
    // a word: word characters, joined by an apostrophe or hyphen that sits between two of them
    word_token t;
    bool digits_only = true, first_letter_seen = false, fold = false;
    int letters = 0, upper = 0;
    std::size_t p = start, word_end = start;
    while (p < end) {
      const unsigned char b = bytes[p];
      const unsigned char k = byte_classes[b];
      if (k == lower_byte) {  // a run of lower-case letters, the most of a word, in one tight loop
        const std::size_t run = p;
        do ++p;
        while (p < end && byte_classes[bytes[p]] == lower_byte);
        letters += static_cast<int>(p - run);
        first_letter_seen = true;
        digits_only = false;
        word_end = p;
        continue;
      }
      if (k == upper_byte) {
        ++letters, ++upper;
        if (!first_letter_seen) t.capitalised = true;
        first_letter_seen = true;
        digits_only = false;
        fold = true;
        word_end = ++p;
        continue;
      }
      if (k == digit_byte) {
        word_end = ++p;
        continue;
      }
      std::size_t q = p;
      const char32_t d = next_code_point(text, q);
      if (k == multi_byte && is_word_cp(d)) {
        digits_only = false;
        first_letter_seen = true;
        p = word_end = q;
        continue;
      }
      if ((d == U'\'' || d == 0x2019 || d == U'-') && q < end) {
        std::size_t r = q;
        if (is_word_cp(next_code_point(text, r))) {
          if (d == 0x2019) fold = true;
          digits_only = false;
          p = q;
          continue;
        }
      }
      break;
    }
    pos = word_end;
    t.span = {start, word_end};
    const std::string_view raw = text.substr(start, word_end - start);
    t.lower = fold ? keep_folded(folded, raw, chunk) : raw;
    t.kind = digits_only ? token_kind::number : token_kind::word;
    t.all_caps = letters >= 2 && upper == letters;
    out.push_back(t);
  }
}

constexpr std::size_t range_chunk = 256;  // folded forms made for ranges: usually a word or two

bool is_space_byte(char c) { return byte_classes[static_cast<unsigned char>(c)] == space_byte; }

// The word_token tokenize_range gives for a plain text_token (see text_token::plain), written into
// w: the same span, kind and case flags, the lower case folded only when a letter is upper case.
// (The token lies inside text: its run was checked against the text's size.)
void copy_plain(std::string_view text, const text_token& t, std::deque<std::string>& folded, word_token& w) {
  w.span = t.span;
  const std::string_view raw(text.data() + t.span.begin, t.span.size());
  w.lower = t.has_upper ? keep_folded(folded, raw, text.size()) : raw;
  w.kind = t.kind == text_token_kind::word     ? token_kind::word
           : t.kind == text_token_kind::number ? token_kind::number
                                               : token_kind::punct;
  w.capitalised = t.capitalised;
  w.all_caps = t.all_caps;
}

}  // namespace

bool is_clause_break(const word_token& t) {
  if (t.kind != token_kind::punct) return false;
  return t.lower == "." || t.lower == ";" || t.lower == ":" || t.lower == "!" || t.lower == "?" ||
         t.lower == "\u2014" || t.lower == "\u2013";
}

word_tokenizer::word_tokenizer(std::string_view text) : text_(text) {
  all_.reserve(text.size() / 6 + 1);  // news text runs about six bytes a token
  // folded forms never outgrow the text they fold, so one chunk of the text's size holds them all
  tokenize_range(text, 0, text.size(), folded_, text.size(), all_);
}

word_tokenizer::word_tokenizer(std::string_view text, const std::vector<text_token>& known) : text_(text) {
  // about as many tokens as the extractor's (which keep "U.S." and "3.5" whole), and the rest's
  all_.reserve(known.size() + known.size() / 8 + text.size() / 64 + 16);
  // Neither tokenizer reads across a space byte, so the tokens between two of them are those of
  // that stretch alone: a run of known tokens that fills such a stretch and is plain throughout is
  // copied; `done` is where the text still to tokenise starts.
  std::size_t done = 0;
  for (std::size_t k = 0; k < known.size();) {
    std::size_t m = k + 1;
    bool plain = known[k].plain;
    while (m < known.size() && known[m].span.begin == known[m - 1].span.end) plain &= known[m++].plain;
    const std::size_t begin = known[k].span.begin, end = known[m - 1].span.end;
    const bool spaced = end <= text.size() && (begin == 0 || is_space_byte(text[begin - 1])) &&
                        (end == text.size() || is_space_byte(text[end]));
    if (plain && spaced && begin >= done) {
      while (done < begin && is_space_byte(text[done])) ++done;  // the usual gap: a space
      if (done < begin) tokenize_range(text, done, begin, folded_, text.size(), all_);
      for (std::size_t j = k; j < m; ++j) copy_plain(text, known[j], folded_, all_.emplace_back());
      done = end;
    }
    k = m;
  }
  tokenize_range(text, done, text.size(), folded_, text.size(), all_);
}

void word_tokenizer::append(text_span range, std::vector<word_token>& out) const {
  const std::size_t end = std::min(range.end, text_.size());
  if (range.begin >= end) return;
  const auto first =
      std::partition_point(all_.begin(), all_.end(), [&](const word_token& t) { return t.span.begin < range.begin; });
  auto last = first;
  while (last != all_.end() && last->span.begin < end) ++last;
  // the slice is what the range alone gives unless the range starts inside a code point or a token
  // straddles one of its edges (then the range's own tokens differ: tokenise it afresh)
  const bool starts_clean = (static_cast<unsigned char>(text_[range.begin]) & 0xC0) != 0x80 &&
                            (first == all_.begin() || std::prev(first)->span.end <= range.begin);
  const bool ends_clean = last == first || std::prev(last)->span.end <= end;
  if (starts_clean && ends_clean) {
    out.insert(out.end(), first, last);
    return;
  }
  tokenize_range(text_, range.begin, end, folded_, range_chunk, out);
}

}  // namespace onrecord
