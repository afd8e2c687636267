// Words, numbers and punctuation of a text range with byte spans: the unit every rule looks at.
#pragma once
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "model/statement.h"
#include "text/sentence_rules.h"

namespace onrecord {

enum class text_token_kind : unsigned char { word, number, punct, quote_mark };

struct text_token {
  text_span span;
  std::string_view text;
  text_token_kind kind = text_token_kind::word;
  bool capitalised = false;  // a word whose first letter is upper case
  bool all_caps = false;     // every letter upper case, at least two letters (ICE, NYPD, WASHINGTON)
  bool name_word = false;    // set by attribution (actor_registry::mark_name_words): can be part of a name
  // ASCII only and read the same by word_tokenizer, which then reuses the token: a word of letters
  // and digits that starts with a letter (inner ' and - allowed), a number of digits alone, or a
  // one-byte mark other than \f and \v
  bool plain = false;
  bool has_upper = false;  // (read for plain tokens) an upper-case letter in it: its lower case differs
  bool is_word() const { return kind == text_token_kind::word; }
  bool is(std::string_view s) const { return text == s; }
};

// Tokens of text[range]. Words keep inner apostrophes (it's, Mamdani’s, ’90s), hyphens and
// inner periods (U.S.); a final period joins a word when it is an initial (J.), follows an inner
// period (U.S.) or ends a title or abbreviation from `rules` (Mr., Jan.). Each other mark is one
// punctuation text_token; “ ” " '' « » „ are quote marks. Appends to out.
void tokenize(std::string_view text, text_span range, const sentence_rules& rules, std::vector<text_token>& out);

// A dash between words or after a dateline: — – - --
// (the horizontal bar "―" stands for a dash in some outlets' datelines: "WASHINGTON ― After …")
inline bool is_dash(std::string_view t) { return t == "—" || t == "–" || t == "―" || t == "-" || t == "--"; }

// "DALLAS (AP) —", "WASHINGTON —", "OAK PARK, Calif. -": how many of `toks`, the first tokens of a
// paragraph, its dateline takes up to and including the dash (words in capitals, an agency in
// brackets, a state after a comma); 0 when the paragraph opens with none.
std::size_t dateline_length(std::span<const text_token> toks);

}  // namespace onrecord
