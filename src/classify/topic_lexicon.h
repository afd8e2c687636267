// The topic file format: plain structs a topic file parses into and is written back from. The
// classifier compiles these; `onrecord topics import|export` stores and prints them.
//
// A topic file is UTF-8 text, one directive a line, `#` starts a comment. `topic SLUG` opens a
// block; the directives after it belong to that topic until the next `topic` line:
//
//   topic ice-cooperation
//   name ICE cooperation
//   description Whether city police and government should work with federal immigration enforcement.
//   support favours local police or government cooperating with ICE
//   oppose wants local police and government kept apart from ICE
//   threshold 2                 total weight of distinct terms needed (default 1)
//   term 2 ICE                  WEIGHT PHRASE: a term; every distinct term found adds its weight
//   group agency ICE | immigration agents | deportation*   NAME PHRASE | PHRASE …: a named set
//   require agency local        every listed group must be found (repeatable: all lines must hold)
//   narrows immigration-enforcement   when both are found, only this narrower topic is kept
//   cue oppose separation between ... {agency}   LABEL PATTERN: a stance cue (support|oppose|neutral)
//
// Phrases match word by word, case-insensitively, except that a word written with a capital
// letter matches only as written ("ICE" is not "ice"); `word*` matches any ending; in cue patterns
// `...` stands for up to four words of the same clause and `{group}` for any phrase of that group.
// A slug seen twice merges the blocks, so a user file can extend a shipped topic.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/statement.h"

namespace onrecord {

struct topic_term {
  double weight = 1.0;
  std::string phrase;
};

struct topic_group {
  std::string name;
  std::vector<std::string> phrases;
};

struct stance_cue {
  stance_label label = stance_label::neutral;
  std::string pattern;
  std::string origin;  // "lexicons/topics.txt:42", for the rule that fired
};

struct topic_definition {
  std::string slug;           // lower-case letters, digits and '-'
  std::string name;           // display name
  std::string description;    // what the topic covers
  std::string support_means;  // what a `support` stance means
  std::string oppose_means;   // what an `oppose` stance means (may be empty)
  double threshold = 1.0;     // weight of distinct terms needed to tag a statement
  std::vector<topic_term> terms;
  std::vector<topic_group> groups;
  std::vector<std::string> required_groups;  // names of groups that must all be found
  std::vector<std::string> narrows;          // broader topics this one replaces when both are found
  std::vector<stance_cue> cues;
  std::string origin;  // where the block started
};

// A malformed topic file: the message names the file and line and the form expected.
class topic_file_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses a whole topic file; `origin` names it in error messages ("lexicons/topics.txt").
// Checks that every `require` and `{group}` names a group of its topic and every slug is valid.
std::vector<topic_definition> parse_topic_file(std::string_view text, std::string_view origin);

// Writes topics back in the same format; parse_topic_file(format_topic_file(t)) gives t again
// (origins aside).
std::string format_topic_file(const std::vector<topic_definition>& topics);

}  // namespace onrecord
