// Reads a speaker's stance on one topic from the statement's own words: target-anchored cues of the
// topic, flipped by a negation in their clause, and dropped when the clause reports someone else
// ("… where he opened the door to …" inside the speaker's quote is not the speaker's stance).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "classify/phrase_pattern.h"
#include "classify/topic_model.h"
#include "classify/word_tokenizer.h"
#include "lexicon/lexicon_store.h"
#include "model/statement.h"

namespace onrecord {

class stance_reader {
 public:
  explicit stance_reader(const lexicon_store& lexicons);

  // The stance with its evidence (cue and negation words) and rule; nullopt when no cue fires, when
  // cues disagree, or for a question (a question has no stance of its own).
  std::optional<stance_judgement> read(std::string_view text, const std::vector<word_token>& content,
                                       statement_kind kind, const compiled_topic& topic) const;

  bool is_reply_cue(std::string_view word) const { return reply_.count(word) > 0; }
  bool is_continuation_cue(std::string_view word) const { return continuation_.count(word) > 0; }

 private:
  std::vector<phrase_pattern> negators_, negator_verbs_;
  // transparent: looked up by the tokens' string_views without a copy
  std::set<std::string, std::less<>> negation_breaks_, clause_openers_, own_, third_, reported_, reply_, continuation_;
};

}  // namespace onrecord
