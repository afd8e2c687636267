// The speech cues (said, told, according to, made it clear …) read from lexicons/cues.txt.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "lexicon/lexicon_store.h"
#include "text/tokenizer.h"
#include "text/word_set.h"

namespace onrecord {

struct cue_match {
  std::size_t length = 0;        // tokens the cue spans; 0 = no cue here
  bool object = false;           // may take a listener before the content: told reporters that …
  bool question = false;         // asks: a quoted question after it is kind `question`
  bool source = false;           // the source follows: according to X
  bool participle = false;       // an -ing form: "…, saying …" goes on with the main clause's speaker
  bool past_participle = false;  // could be passive after a form of "be": was told, were asked
};

class cue_lexicon {
 public:
  explicit cue_lexicon(const lexicon_store& lexicons);
  // The longest cue that starts at tokens[i] (letter case ignored), never running past `end`.
  cue_match match(const std::vector<text_token>& tokens, std::size_t i, std::size_t end) const;

 private:
  struct entry {
    std::vector<std::string> rest;  // the words after the first, lower case
    cue_match flags;
  };
  word_map<std::vector<entry>> by_first_;
  lowercase_index<std::vector<entry>> index_;  // by_first_, for the per-token lookup
};

}  // namespace onrecord
