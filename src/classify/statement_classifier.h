// Tags each statement with topics and, per topic, the speaker's stance with its evidence.
#pragma once
#include <vector>

#include "lexicon/lexicon_store.h"
#include "model/article.h"
#include "model/statement.h"
#include "text/segmenter.h"

namespace onrecord {

class statement_classifier {
 public:
  explicit statement_classifier(const lexicon_store& lexicons);
  void classify(const article& a, const segmented_text& segments, std::vector<statement>& statements) const;
};

}  // namespace onrecord
