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
