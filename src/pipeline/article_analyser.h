// The whole analysis of one article: segment → extract & attribute → date → classify.
#pragma once
#include "classify/statement_classifier.h"
#include "date/statement_dater.h"
#include "extract/statement_extractor.h"
#include "lexicon/lexicon_store.h"
#include "model/analysed_article.h"

namespace onrecord {

class article_analyser {
 public:
  explicit article_analyser(const lexicon_store& lexicons, extraction_options options = {});
  // Topics from these definitions instead of the lexicons' topics.txt (ingest: the database's).
  article_analyser(const lexicon_store& lexicons, const std::vector<topic_definition>& topics,
                   extraction_options options = {});
  analysed_article analyse(article a) const;  // thread-safe: no state changes after construction

 private:
  statement_extractor extractor_;
  statement_dater dater_;
  statement_classifier classifier_;
};

}  // namespace onrecord
