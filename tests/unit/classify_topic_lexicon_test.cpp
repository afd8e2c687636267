// The topic file format: parsing, merging, errors with file and line, and writing back.
#include <gtest/gtest.h>

#include "classify/statement_classifier.h"
#include "classify/topic_lexicon.h"
#include "lexicon/lexicon_store.h"

namespace onrecord {
namespace {

const char* sample =
    "# a comment\n"
    "topic school-meals\n"
    "name School meals\n"
    "description Free lunches in city schools.\n"
    "support favours free school meals\n"
    "oppose wants them means-tested\n"
    "threshold 2.5\n"
    "term 2 school lunch*\n"
    "term 1 cafeteria\n"
    "group school school | pupils | students\n"
    "group food lunch* | meals | breakfast\n"
    "group school classroom  # a second line extends the group\n"
    "require school food\n"
    "narrows education\n"
    "cue support fund* ... {food}\n"
    "cue oppose cut* ... {food}\n";

TEST(TopicLexicon, ParsesEveryDirective) {
  const auto topics = parse_topic_file(sample, "sample.txt");
  ASSERT_EQ(topics.size(), 1u);
  const auto& t = topics[0];
  EXPECT_EQ(t.slug, "school-meals");
  EXPECT_EQ(t.name, "School meals");
  EXPECT_EQ(t.description, "Free lunches in city schools.");
  EXPECT_EQ(t.support_means, "favours free school meals");
  EXPECT_EQ(t.oppose_means, "wants them means-tested");
  EXPECT_DOUBLE_EQ(t.threshold, 2.5);
  ASSERT_EQ(t.terms.size(), 2u);
  EXPECT_DOUBLE_EQ(t.terms[0].weight, 2);
  EXPECT_EQ(t.terms[0].phrase, "school lunch*");
  ASSERT_EQ(t.groups.size(), 2u);
  EXPECT_EQ(t.groups[0].phrases, (std::vector<std::string>{"school", "pupils", "students", "classroom"}));
  EXPECT_EQ(t.required_groups, (std::vector<std::string>{"school", "food"}));
  EXPECT_EQ(t.narrows, (std::vector<std::string>{"education"}));
  ASSERT_EQ(t.cues.size(), 2u);
  EXPECT_EQ(t.cues[1].label, stance_label::oppose);
  EXPECT_EQ(t.cues[1].pattern, "cut* ... {food}");
  EXPECT_EQ(t.cues[1].origin, "sample.txt:16");
}

TEST(TopicLexicon, FormatRoundTrips) {
  const auto topics = parse_topic_file(sample, "sample.txt");
  const std::string text = format_topic_file(topics);
  const auto again = parse_topic_file(text, "again.txt");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(format_topic_file(again), text);
  EXPECT_EQ(again[0].groups[0].phrases, topics[0].groups[0].phrases);
  EXPECT_EQ(again[0].cues.size(), topics[0].cues.size());
}

TEST(TopicLexicon, RepeatedSlugExtendsTheTopic) {
  const auto topics = parse_topic_file(std::string(sample) + "topic school-meals\nterm 1 canteen\n", "x.txt");
  ASSERT_EQ(topics.size(), 1u);
  EXPECT_EQ(topics[0].terms.size(), 3u);
}

TEST(TopicLexicon, ErrorsNameTheLineAndTheExpectedForm) {
  auto message = [](const std::string& text) {
    try {
      parse_topic_file(text, "bad.txt");
    } catch (const topic_file_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message("name Orphan\n").find("bad.txt:1"), std::string::npos);
  EXPECT_NE(message("topic Bad Slug\n").find("bad.txt:1"), std::string::npos);
  EXPECT_NE(message("topic a\nterm heavy word\n").find("bad.txt:2: expected a non-negative number"), std::string::npos);
  EXPECT_NE(message("topic a\ncue maybe word\n").find("support|oppose|neutral"), std::string::npos);
  EXPECT_NE(message("topic a\nrequire ghosts\n").find("unknown group 'ghosts'"), std::string::npos);
  EXPECT_NE(message("topic a\ncue support help {ghosts}\n").find("unknown group 'ghosts'"), std::string::npos);
  EXPECT_NE(message("topic a\nsmell strong\n").find("unknown directive"), std::string::npos);
}

TEST(TopicLexicon, ShippedTopicsParseAndIncludeTheRequiredOnes) {
  const lexicon_store lexicons;
  const auto topics = load_topics(lexicons);
  for (const char* slug : {"ice-cooperation", "nypd-policy", "immigration-enforcement", "public-safety"}) {
    const auto it =
        std::find_if(topics.begin(), topics.end(), [&](const topic_definition& t) { return t.slug == slug; });
    ASSERT_NE(it, topics.end()) << slug;
    EXPECT_FALSE(it->name.empty());
    EXPECT_FALSE(it->description.empty());
    EXPECT_FALSE(it->support_means.empty());
  }
}

}  // namespace
}  // namespace onrecord
