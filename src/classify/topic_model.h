// The topics of a topic file compiled for matching: weighted terms, required groups and stance cues.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "classify/phrase_index.h"
#include "classify/phrase_pattern.h"
#include "classify/topic_lexicon.h"
#include "classify/word_tokenizer.h"

namespace onrecord {

struct compiled_cue {
  stance_cue cue;
  phrase_pattern pattern;
};

struct compiled_topic {
  topic_definition definition;
  // groups first: terms and cues point into this vector, so it never grows after compilation
  std::vector<compiled_group> groups;
  std::vector<std::pair<double, phrase_pattern>> terms;
  std::vector<std::size_t> required;  // indices into groups
  std::vector<compiled_cue> cues;
  // ids in topic_model's phrase index: the phrases of each required group, and each term
  std::vector<std::vector<std::size_t>> required_ids;
  std::vector<std::size_t> term_ids;
  phrase_index cue_index;  // the cues' patterns, id = index into cues
};

class topic_model {
 public:
  explicit topic_model(const std::vector<topic_definition>& topics);

  // Slugs of the topics whose terms reach the threshold and whose required groups are all found in
  // `tokens` (a statement's words plus its attribution), narrower topics replacing broader ones.
  std::vector<std::string> tag(std::string_view text, const std::vector<word_token>& tokens) const;
  const compiled_topic* find(std::string_view slug) const;
  const std::vector<std::unique_ptr<compiled_topic>>& topics() const { return topics_; }

 private:
  std::vector<std::unique_ptr<compiled_topic>> topics_;  // stable addresses: patterns point at groups
  phrase_index index_;  // every term and required-group phrase of every topic, found in one walk
};

}  // namespace onrecord
