// What the sentence segmenter needs to know about words: abbreviations whose period does not end a
// sentence, and the words that usually start one. Read from lexicons/abbreviations.txt and
// lexicons/sentence_starters.txt.
#pragma once
#include <string_view>

#include "lexicon/lexicon_store.h"
#include "text/word_set.h"

namespace onrecord {

class sentence_rules {
 public:
  explicit sentence_rules(const lexicon_store& lexicons);
  // The rules built from the compiled-in lexicons (built once, shared).
  static const sentence_rules& defaults();

  bool is_title(std::string_view w) const { return contains(titles_, w); }                // Mr, Gov, Sen
  bool is_abbreviation(std::string_view w) const { return contains(abbreviations_, w); }  // Inc, Jan
  bool starts_sentence(std::string_view w) const { return contains(starters_, w); }

 private:
  word_set titles_;
  word_set abbreviations_;
  word_set starters_;
};

}  // namespace onrecord
