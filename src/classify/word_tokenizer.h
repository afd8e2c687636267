// Words, numbers and punctuation of a stretch of article text, with byte spans: the one token
// stream the date scanner, the topic matcher and the stance reader all walk (single pass, no regex).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/statement.h"

namespace onrecord {

enum class token_kind { word, number, punct };

struct word_token {
  text_span span;
  token_kind kind = token_kind::word;
  // words: ASCII lower case, curly apostrophe folded to '; numbers: the digits; punct: the character
  std::string lower;
  bool capitalised = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case (ICE, NYPD), at least two letters
  // the word without a trailing possessive 's ("tuesday" for "Tuesday's")
  std::string_view base() const;
  bool is_word() const { return kind == token_kind::word; }
  bool is(std::string_view s) const { return lower == s; }
};

// Tokens of text[range]: a word keeps inner apostrophes and hyphens ("won't", "mayor-elect",
// "2025-11-05"); every other non-space character is a punctuation token on its own ("“", ",", "—").
std::vector<word_token> tokenize_words(std::string_view text, text_span range);

// True for tokens that end a clause for scope purposes: . ; : ! ? and sentence-level dashes.
bool is_clause_break(const word_token& t);

}  // namespace onrecord
