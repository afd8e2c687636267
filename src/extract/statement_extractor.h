// Finds the statements of an article (direct quotes, reported speech, questions) and their speakers.
#pragma once
#include <vector>

#include "attribute/actor_lexicon.h"
#include "extract/cue_lexicon.h"
#include "extract/extraction_options.h"
#include "lexicon/lexicon_store.h"
#include "model/article.h"
#include "model/statement.h"
#include "text/segmenter.h"
#include "text/sentence_rules.h"
#include "text/tokenizer.h"

namespace onrecord {

// The work is split in three: quote_scanner finds quotations, cue_lexicon recognises speech cues,
// and the attribution frames here (subject + cue + content, in a sentence made whole across the
// quotations it contains) decide content, kind and speaker; actor_registry canonicalises speakers.

class statement_extractor {
 public:
  explicit statement_extractor(const lexicon_store& lexicons, extraction_options options = {});
  // Statements in text order, each with content span, kind, cue and speaker (dates/topics left empty).
  std::vector<statement> extract(const article& a, const segmented_text& segments) const;
  // The same, handing back the tokens it read the body with (tokenize() over each paragraph from
  // body_begin) for later stages to reuse.
  std::vector<statement> extract(const article& a, const segmented_text& segments,
                                 std::vector<text_token>& body_tokens) const;

 private:
  sentence_rules rules_;
  cue_lexicon cues_;
  actor_lexicon actors_;
  extraction_options options_;
};

}  // namespace onrecord
