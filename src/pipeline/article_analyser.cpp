// Runs the stages in order; each stage reads the article and the segmentation, and fills statements.
#include "pipeline/article_analyser.h"

#include "text/segmenter.h"

namespace onrecord {

article_analyser::article_analyser(const lexicon_store& lexicons)
    : extractor_(lexicons), dater_(lexicons), classifier_(lexicons) {}

article_analyser::article_analyser(const lexicon_store& lexicons, const std::vector<topic_definition>& topics)
    : extractor_(lexicons), dater_(lexicons), classifier_(lexicons, topics) {}

analysed_article article_analyser::analyse(article a) const {
  const segmented_text segments = segment_text(a.text);
  analysed_article out;
  out.statements = extractor_.extract(a, segments);
  if (!out.statements.empty()) {         // with no statement, dating and classifying have nothing to do
    const word_tokenizer words(a.text);  // tokenised once for both stages
    dater_.date(a, segments, words, out.statements);
    classifier_.classify(a, segments, words, out.statements);
  }
  out.source = std::move(a);
  return out;
}

}  // namespace onrecord
