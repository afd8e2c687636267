// Tags each statement with topics and, per topic, the speaker's stance with its evidence.
#pragma once
#include <string>
#include <vector>

#include "classify/stance_reader.h"
#include "classify/topic_lexicon.h"
#include "classify/topic_model.h"
#include "classify/word_tokenizer.h"
#include "lexicon/lexicon_store.h"
#include "model/article.h"
#include "model/statement.h"
#include "model/statement_sentences.h"
#include "text/segmenter.h"

namespace onrecord {

// Topics come from the statement's own words plus its attribution sentence (outside other quotes)
// and, for a reply ("He replied, …"), the sentence before it — the question it answers. A
// statement with no topic of its own that continues the previous one ("…,” Trump added.) takes its
// topics. Stances are read from the statement's own words only (see stance_reader).
class statement_classifier {
 public:
  explicit statement_classifier(const lexicon_store& lexicons);
  // Topics from a topic file text instead of the lexicons' topics.txt (e.g. topics kept in the database).
  statement_classifier(const lexicon_store& lexicons, const std::vector<topic_definition>& topics);
  void classify(const article& a, const segmented_text& segments, std::vector<statement>& statements) const;
  // The same with the word tokens of a.text already made (shared with the dater).
  void classify(const article& a, const segmented_text& segments, const word_tokenizer& words,
                std::vector<statement>& statements) const;
  // The same with the statements' sentences already looked up (shared with the dater).
  void classify(const article& a, const segmented_text& segments, const word_tokenizer& words,
                const sentence_lookup& lookup, std::vector<statement>& statements) const;

 private:
  topic_model model_;
  stance_reader stances_;
};

// The topics of lexicons/topics.txt plus user additions, parsed (throws topic_file_error).
std::vector<topic_definition> load_topics(const lexicon_store& lexicons);

}  // namespace onrecord
