// A compiled phrase or cue pattern from a topic file, matched against the token stream.
// Words match case-insensitively unless written with a capital; `word*` is a prefix; `...` a gap of
// up to four tokens inside one clause; `{group}` any phrase of a named group (longest first).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "classify/word_tokenizer.h"

namespace onrecord {

class phrase_pattern;

// One way a pattern's first token can match: the word (or prefix) as folded or exactly as written.
struct phrase_key {
  bool prefix = false;      // `word*`: the token starts with text
  bool exact_case = false;  // compared with the token as written (possessive dropped), not folded
  std::string text;
};

// Phrases of one group, compiled; shared by the cue patterns that name it.
struct compiled_group {
  std::string name;
  std::vector<phrase_pattern> phrases;
};

class phrase_pattern {
 public:
  // `groups` resolves {name} references; it must outlive the pattern. Unknown names throw.
  phrase_pattern(std::string_view pattern, const std::vector<compiled_group>* groups = nullptr);

  // Matches starting exactly at token `i`; on success `end` is one past the last matched token and
  // `spans` gets the spans of the matched words (gaps excluded).
  bool match_at(std::string_view text, const std::vector<word_token>& tokens, std::size_t i, std::size_t& end,
                std::vector<text_span>& spans) const;
  // True if the pattern matches anywhere in tokens.
  bool found_in(std::string_view text, const std::vector<word_token>& tokens) const;
  const std::string& source() const { return source_; }
  // Appends every key the first token of a match must satisfy (a `{group}` contributes the first
  // words of its phrases), so that an index can skip tokens no match can start at. False when the
  // pattern starts with a gap and so can start at any token. A pattern that can never match adds none.
  bool first_keys(std::vector<phrase_key>& out) const;

 private:
  struct element {
    enum class kind { word, prefix, gap, group };
    kind k = kind::word;
    std::string text;         // lower case unless exact_case
    bool exact_case = false;  // written with a capital: matches only as written
    std::size_t group = 0;
  };
  bool match_from(std::string_view text, const std::vector<word_token>& tokens, std::size_t e, std::size_t i,
                  std::size_t& end, std::vector<text_span>& spans) const;
  static bool word_matches(std::string_view text, const word_token& t, const element& el);

  std::string source_;
  std::vector<element> elements_;
  const std::vector<compiled_group>* groups_ = nullptr;
};

}  // namespace onrecord
