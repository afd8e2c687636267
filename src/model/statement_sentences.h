// The sentences a statement's parts fall in, looked up once an article for the dater and the classifier.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "model/statement.h"
#include "text/segmenter.h"

namespace onrecord {

// The sentences of one statement's cue, speaker mention, content start and content end (content_last
// is 0 for empty content). With no sentence in the article every index is 0.
struct statement_sentences {
  std::optional<std::size_t> cue, mention;
  std::size_t content = 0, content_last = 0;
};

// Each statement's sentences, and the statement contents each sentence holds (in statement order):
// the dater and the classifier both need them, and each binary search was done twice.
struct sentence_lookup {
  std::vector<statement_sentences> of_statement;
  std::vector<std::vector<text_span>> contents_in;
};

sentence_lookup look_up_sentences(const segmented_text& segments, const std::vector<statement>& statements);

}  // namespace onrecord
