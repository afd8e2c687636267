// Runs the stages in order; each stage reads the article and the segmentation, and fills statements.
#include "pipeline/article_analyser.h"

#include "model/statement_sentences.h"
#include "text/segmenter.h"

namespace onrecord {

article_analyser::article_analyser(const lexicon_store& lexicons, extraction_options options)
    : extractor_(lexicons, options), dater_(lexicons), classifier_(lexicons) {}

article_analyser::article_analyser(const lexicon_store& lexicons, const std::vector<topic_definition>& topics,
                                   extraction_options options)
    : extractor_(lexicons, options), dater_(lexicons), classifier_(lexicons, topics) {}

analysed_article article_analyser::analyse(article a) const {
  const segmented_text segments = segment_text(a.text);
  analysed_article out;
  std::vector<text_token> body_tokens;
  out.statements = extractor_.extract(a, segments, body_tokens);
  if (!out.statements.empty()) {  // with no statement, dating and classifying have nothing to do
    // tokenised once for both stages, mostly copied from the extractor's tokens
    const word_tokenizer words(a.text, body_tokens);
    // the statements' sentences too: the dater changes only dates, so they hold for the classifier
    const sentence_lookup sentences = look_up_sentences(segments, out.statements);
    dater_.date(a, segments, words, sentences, out.statements);
    classifier_.classify(a, segments, words, sentences, out.statements);
  }
  out.source = std::move(a);
  return out;
}

}  // namespace onrecord
