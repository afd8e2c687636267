// Finds the time expressions of one sentence ("On Wednesday, November 5", "last week", "two days
// ago", "recently", "after Mamdani's victory") and resolves each against the publication date.
// The words come from lexicons/dates.txt; the scan is one left-to-right pass over the tokens.
#pragma once
#include <date/date.h>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify/word_tokenizer.h"
#include "date/date_resolver.h"
#include "lexicon/lexicon_store.h"
#include "model/statement.h"
#include "text/word_set.h"

namespace onrecord {

struct time_expression {
  text_span span;
  resolved_range range;  // as written; may lie after publication for future tense
  bool future = false;   // the sentence speaks of it in the future tense
};

// Days on which the article says named events happened (election → 2025-11-04), so that a later
// "after the victory" can bound a date. Filled sentence by sentence, earlier sentences first.
using event_anchors = std::map<std::string, date::sys_days>;

struct sentence_times {
  std::vector<time_expression> expressions;  // in text order
  std::vector<std::string> events;           // event classes the sentence names
  bool opens_new_event = false;              // starts with "Meanwhile", "Separately", …
};

class time_expression_reader {
 public:
  explicit time_expression_reader(const lexicon_store& lexicons);

  // Buffers read() refills for each sentence: kept by the caller across the sentences of an article,
  // they are allocated once, not once a sentence.
  struct scratch {
    std::vector<word_token> tokens;
    std::vector<char> known;  // per token: a key of some word table
  };
  // Reads the sentence (a range of the tokenizer's text), ignoring words inside `excluded` spans
  // (the content of statements: a date inside a quote is what the quote talks about, not when it
  // was said).
  sentence_times read(const word_tokenizer& words, text_span sentence, const std::vector<text_span>& excluded,
                      date::sys_days published, const event_anchors& anchors, scratch& buffers) const;
  sentence_times read(const word_tokenizer& words, text_span sentence, const std::vector<text_span>& excluded,
                      date::sys_days published, const event_anchors& anchors) const {
    scratch buffers;
    return read(words, sentence, excluded, published, anchors, buffers);
  }
  // The same, tokenising text for this one call.
  sentence_times read(std::string_view text, text_span sentence, const std::vector<text_span>& excluded,
                      date::sys_days published, const event_anchors& anchors) const {
    const word_tokenizer words(text);
    return read(words, sentence, excluded, published, anchors);
  }

 private:
  struct phrase {
    std::vector<std::string> words;
    int value = 0;
    period_unit unit = period_unit::day;
    std::string name;
  };
  using phrase_table = word_map<std::vector<phrase>>;
  static void add(phrase_table& table, phrase p);
  // Longest phrase of `table` starting at token i (words only); nullptr if none.
  static const phrase* match(const phrase_table& table, const std::vector<word_token>& t, std::size_t i,
                             std::size_t& next);

  word_map<unsigned> months_;
  word_map<unsigned> weekdays_;
  word_map<unsigned> full_weekdays_;  // the full names, safe on their own
  word_map<int> numbers_;
  word_map<period_unit> ago_units_;
  word_map<std::string> events_;
  // every word any table above is keyed by: a token that is none of them (most tokens) skips all
  // lookups, checked once per token instead of some twenty times
  word_set keys_;
  phrase_table not_a_day_, before_, after_, days_, periods_, to_date_, vague_, bound_after_, bound_before_, future_,
      past_, new_event_;
};

}  // namespace onrecord
