// Words, numbers and punctuation of an article text, with byte spans: the one token stream the date
// scanner, the topic matcher and the stance reader all walk. The text is tokenised once, in one pass
// with no regex, and each stage takes the tokens of the ranges it reads from that one stream.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "model/statement.h"
#include "text/tokenizer.h"

namespace onrecord {

enum class token_kind { word, number, punct };

struct word_token {
  text_span span;
  // words: ASCII lower case, curly apostrophe folded to '; numbers: the digits; punct: the character.
  // A view into the article text, or into the word_tokenizer's folded forms when they differ.
  std::string_view lower;
  token_kind kind = token_kind::word;
  bool capitalised = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case (ICE, NYPD), at least two letters
  // the word without a trailing possessive 's ("tuesday" for "Tuesday's")
  std::string_view base() const {  // inline: asked of most tokens by each stage
    if (lower.size() > 2 && lower[lower.size() - 2] == '\'' && lower.back() == 's')
      return lower.substr(0, lower.size() - 2);
    return lower;
  }
  bool is_word() const { return kind == token_kind::word; }
  bool is(std::string_view s) const { return lower == s; }
};

// The tokens of one text. A word keeps inner apostrophes and hyphens ("won't", "mayor-elect",
// "2025-11-05"); every other non-space character is a punctuation token on its own ("“", ",", "—").
// The tokens of a range are those the range alone would give: a slice of the whole text's tokens,
// or, when a token straddles an edge of the range, the range tokenised afresh.
// Tokens stay valid as long as the word_tokenizer and the text do; the tokenizer is not copied.
class word_tokenizer {
 public:
  explicit word_tokenizer(std::string_view text);
  // The same tokens, taking over what `known` (tokenize() output over ranges of text, in text
  // order: the extractor's tokens of the body) already read: a run of adjacent plain text_tokens
  // with a space or a text edge on either side gives the same tokens here, copied over instead of
  // read again; the rest of the text is tokenised as the constructor above does.
  word_tokenizer(std::string_view text, const std::vector<text_token>& known);
  word_tokenizer(const word_tokenizer&) = delete;
  word_tokenizer& operator=(const word_tokenizer&) = delete;

  std::string_view text() const { return text_; }
  // Appends the tokens of text[range] to out.
  void append(text_span range, std::vector<word_token>& out) const;
  std::vector<word_token> tokens(text_span range) const {
    std::vector<word_token> out;
    append(range, out);
    return out;
  }

 private:
  std::string_view text_;
  std::vector<word_token> all_;
  // folded forms (lower case, straight apostrophes) of the words whose form differs from their text;
  // each string is filled only up to its reserved size, so views into it stay valid. Mutable: a range
  // cut inside a token is tokenised on demand.
  mutable std::deque<std::string> folded_;
};

// True for tokens that end a clause for scope purposes: . ; : ! ? and sentence-level dashes.
bool is_clause_break(const word_token& t);

}  // namespace onrecord
