// Dates each statement: best day plus earliest/latest bounds and how the date was found.
#pragma once
#include <vector>

#include "lexicon/lexicon_store.h"
#include "model/article.h"
#include "model/statement.h"
#include "text/segmenter.h"

namespace onrecord {

class statement_dater {
 public:
  explicit statement_dater(const lexicon_store& lexicons);
  // Fills statement::date for every statement; an article without a publication date leaves them undated.
  void date(const article& a, const segmented_text& segments, std::vector<statement>& statements) const;
};

}  // namespace onrecord
