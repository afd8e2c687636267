// Topic conditions: weighted terms and thresholds, required groups (co-occurrence), case-exact
// terms, narrower topics, the attribution sentence, replies and continuations.
#include <gtest/gtest.h>

#include "classify/statement_classifier.h"
#include "text/segmenter.h"

namespace onrecord {
namespace {

text_span span_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {at, at + needle.size()};
}

struct tagged_article {
  article a;
  std::vector<statement> statements;
  statement& add(const std::string& content, const std::string& cue = "", const std::string& speaker = "") {
    statement s;
    s.content = span_of(a.text, content);
    if (!cue.empty()) s.cue = span_of(a.text, cue);
    if (!speaker.empty()) {
      s.speaker = speaker;
      s.speaker_mention = span_of(a.text, speaker);
    }
    statements.push_back(s);
    return statements.back();
  }
  void run() {
    static const lexicon_store lexicons;
    static const statement_classifier classifier(lexicons);
    classifier.classify(a, segment_text(a.text), statements);
  }
};

std::vector<std::string> topics_of(const std::string& text) {
  tagged_article t;
  t.a.text = text;
  t.add(text);
  t.run();
  return t.statements[0].topics;
}

using topics = std::vector<std::string>;

TEST(Topics, IceCooperationNeedsAnEnforcementAndALocalTerm) {
  EXPECT_EQ(topics_of("The city police will not cooperate with ICE."), topics{"ice-cooperation"});
  EXPECT_EQ(topics_of("Sheriff Moreno said her deputies honour every detainer from immigration officers."),
            topics{"ice-cooperation"});
  // enforcement alone is the broader topic; local words alone are no topic
  EXPECT_EQ(topics_of("ICE agents arrested four people at a car wash."), topics{"immigration-enforcement"});
  EXPECT_EQ(topics_of("The council wants to help families and cooperate with schools."), topics{});
}

TEST(Topics, NarrowerTopicReplacesTheBroaderOne) {
  const auto t = topics_of("Our officers will never assist ICE in deportations.");
  EXPECT_NE(std::find(t.begin(), t.end(), "ice-cooperation"), t.end());
  EXPECT_EQ(std::find(t.begin(), t.end(), "immigration-enforcement"), t.end());
}

TEST(Topics, CapitalisedTermsMatchOnlyAsWritten) {
  EXPECT_EQ(topics_of("The ice on the river is thin and the border of the park is closed."), topics{});
  EXPECT_EQ(topics_of("ICE detained a father outside the school."), topics{"immigration-enforcement"});
}

TEST(Topics, ImmigrationEnforcementFromWeightedTerms) {
  EXPECT_EQ(topics_of("We will deport every gang member."), topics{"immigration-enforcement"});
  // one weak term is below the threshold; two weak terms reach it
  EXPECT_EQ(topics_of("Migrants arrived by bus."), topics{});
  EXPECT_EQ(topics_of("Migrants were held in detention for weeks."), topics{"immigration-enforcement"});
}

TEST(Topics, NypdPolicyNeedsNewYork) {
  EXPECT_EQ(topics_of("The NYPD will add foot patrols in the subway."), topics{"nypd-policy"});
  EXPECT_EQ(topics_of("New York police officers will wear body cameras."), topics{"nypd-policy"});
  EXPECT_EQ(topics_of("The police in Harborview will wear body cameras."), topics{});
}

TEST(Topics, PublicSafetyNeedsTalkOfSafetyOrCrime) {
  EXPECT_EQ(topics_of("Violent crime fell for the third year and the streets are safer."), topics{"public-safety"});
  // naming offenders without a safety or crime frame is not the topic
  EXPECT_EQ(topics_of("They let murderers and drug dealers out of jail."), topics{});
}

TEST(Topics, AttributionSentenceCountsButOtherQuotesDoNot) {
  tagged_article t;
  t.a.text =
      "Asked about ICE detainers at the county jail, Sheriff Lina Moreno said, \u201CWe follow the law.\u201D "
      "\u201CThe NYPD is short of staff,\u201D Councillor Ravi Okafor said.";
  t.add("We follow the law.", "said", "Sheriff Lina Moreno");
  t.run();
  EXPECT_EQ(t.statements[0].topics, topics{"ice-cooperation"});
}

TEST(Topics, AReplyTakesTheQuestionItAnswers) {
  tagged_article t;
  t.a.text =
      "Governor Ada Ferreira was asked whether state troopers would keep helping ICE agents. "
      "She replied, \u201CWe will do what the law requires.\u201D";
  t.add("We will do what the law requires.", "replied", "She");
  t.run();
  EXPECT_EQ(t.statements[0].topics, topics{"ice-cooperation"});
  // the same words with a plain cue and no question before them have no topic
  tagged_article u;
  u.a.text = "She said, \u201CWe will do what the law requires.\u201D";
  u.add("We will do what the law requires.", "said", "She");
  u.run();
  EXPECT_EQ(u.statements[0].topics, topics{});
}

TEST(Topics, AContinuationWithoutTopicsOfItsOwnTakesThePreviousOnes) {
  tagged_article t;
  t.a.text =
      "\u201CWe will deport every criminal alien,\u201D Senator Mira Castellanos said.\n\n"
      "\u201CIt will be done quickly and properly,\u201D Castellanos added.";
  t.add("We will deport every criminal alien,", "said", "Senator Mira Castellanos");
  t.add("It will be done quickly and properly,", "added", "Castellanos");
  t.run();
  EXPECT_EQ(t.statements[1].topics, topics{"immigration-enforcement"});
  // a different speaker does not continue it
  tagged_article u;
  u.a.text =
      "\u201CWe will deport every criminal alien,\u201D Senator Mira Castellanos said.\n\n"
      "\u201CIt will be done quickly and properly,\u201D Councillor Ravi Okafor added.";
  u.add("We will deport every criminal alien,", "said", "Senator Mira Castellanos");
  u.add("It will be done quickly and properly,", "added", "Councillor Ravi Okafor");
  u.run();
  EXPECT_EQ(u.statements[1].topics, topics{});
}

TEST(Topics, UserTopicsCanBeGivenDirectly) {
  const lexicon_store lexicons;
  const auto defs = parse_topic_file("topic ferries\nname Ferries\nterm 1 ferry\n", "user.txt");
  const statement_classifier classifier(lexicons, defs);
  article a;
  a.text = "The ferry must run at night.";
  std::vector<statement> s(1);
  s[0].content = {0, a.text.size()};
  classifier.classify(a, segment_text(a.text), s);
  EXPECT_EQ(s[0].topics, topics{"ferries"});
}

}  // namespace
}  // namespace onrecord
