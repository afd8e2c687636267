// Finds the statements of an article (direct quotes, reported speech, questions) and their speakers.
#pragma once
#include <vector>

#include "lexicon/lexicon_store.h"
#include "model/article.h"
#include "model/statement.h"
#include "text/segmenter.h"

namespace onrecord {

class statement_extractor {
 public:
  explicit statement_extractor(const lexicon_store& lexicons);
  // Statements in text order, each with content span, kind, cue and speaker (dates/topics left empty).
  std::vector<statement> extract(const article& a, const segmented_text& segments) const;

 private:
  std::vector<std::string> cue_words_;
};

}  // namespace onrecord
