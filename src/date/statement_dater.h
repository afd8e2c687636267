// Dates each statement: best day plus earliest/latest bounds and how the date was found.
#pragma once
#include <vector>

#include "date/time_expression_reader.h"
#include "lexicon/lexicon_store.h"
#include "model/article.h"
#include "model/statement.h"
#include "model/statement_sentences.h"
#include "text/segmenter.h"

namespace onrecord {

// Scope: a time expression outside the statements' own words dates the statements of its sentence
// and carries to the later statements of the same paragraph, until another expression or a sentence
// opening a new event ("Meanwhile, …"). Without one a statement gets the publication day as latest
// and best, no earliest bound, basis `published`. Nothing is ever dated after publication, and an
// article without a publication date leaves every statement undated.
class statement_dater {
 public:
  explicit statement_dater(const lexicon_store& lexicons);
  void date(const article& a, const segmented_text& segments, std::vector<statement>& statements) const;
  // The same with the article's word tokens already made (shared with the classifier).
  void date(const article& a, const segmented_text& segments, const word_tokenizer& words,
            std::vector<statement>& statements) const;
  // The same with the statements' sentences already looked up (shared with the classifier).
  void date(const article& a, const segmented_text& segments, const word_tokenizer& words,
            const sentence_lookup& lookup, std::vector<statement>& statements) const;

 private:
  time_expression_reader reader_;
};

}  // namespace onrecord
