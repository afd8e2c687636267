// Stance cues with negation scope and attribution awareness, evidence spans and rules.
#include <gtest/gtest.h>

#include "classify/statement_classifier.h"
#include "text/segmenter.h"

namespace onrecord {
namespace {

struct judged {
  std::string text;
  std::vector<std::string> topics;
  std::vector<stance_judgement> stances;
  std::optional<stance_label> on(const std::string& topic) const {
    for (const auto& s : stances)
      if (s.topic == topic) return s.label;
    return std::nullopt;
  }
  std::string evidence(const std::string& topic) const {
    std::string out;
    for (const auto& s : stances)
      if (s.topic == topic)
        for (const auto& e : s.evidence) {
          if (!out.empty()) out += ' ';
          out += text.substr(e.begin, e.size());
        }
    return out;
  }
};

judged judge(const std::string& words, statement_kind kind = statement_kind::direct) {
  static const lexicon_store lexicons;
  static const statement_classifier classifier(lexicons);
  article a;
  a.text = words;
  std::vector<statement> s(1);
  s[0].content = {0, words.size()};
  s[0].kind = kind;
  classifier.classify(a, segment_text(a.text), s);
  return {words, s[0].topics, s[0].stances};
}

const std::string ice = "ice-cooperation";
const std::string enforcement = "immigration-enforcement";

TEST(Stance, CooperationCueSupports) {
  const auto j = judge("Our police will work with ICE on every case.");
  EXPECT_EQ(j.on(ice), stance_label::support);
  EXPECT_EQ(j.evidence(ice), "work with ICE");
}

// Holding people for immigration agents is what a detainer asks of a jail: doing it is cooperation,
// stopping it is the opposite.
TEST(Stance, HoldingPeopleForTheAgencyIsCooperation) {
  EXPECT_EQ(judge("The county jail will hold inmates for immigration agents when asked.").on(ice),
            stance_label::support);
  EXPECT_EQ(judge("the police department to stop holding people for immigration agents").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("Our jails will not hold anyone for ICE without a warrant.").on(ice), stance_label::oppose);
}

TEST(Stance, NegatorsFlipTheCue) {
  EXPECT_EQ(judge("Our police will not work with ICE.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("Our police will never help ICE agents.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("Our police will no longer cooperate with ICE.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("Our police won't assist ICE.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("The city will continue to not be of assistance to ICE.").on(ice), stance_label::oppose);
  const auto j = judge("Our police will not help or cooperate with ICE.");
  EXPECT_EQ(j.on(ice), stance_label::oppose);
  EXPECT_NE(j.evidence(ice).find("not"), std::string::npos);
}

TEST(Stance, NegationStopsAtTheClause) {
  // "not" belongs to the first clause; the cooperation cue stands in the second
  EXPECT_EQ(judge("We did not agree on much, but our police will work with ICE.").on(ice), stance_label::support);
}

TEST(Stance, OpposingCuesWithoutNegation) {
  EXPECT_EQ(judge("We need a clear separation between the police and ICE.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("This is a sanctuary city, and ICE will get no help from our police.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("We will end sanctuary policies and let police honor ICE detainers.").on(ice), stance_label::support);
}

TEST(Stance, EnforcementCues) {
  EXPECT_EQ(judge("We will deport them, every criminal alien.").on(enforcement), stance_label::support);
  EXPECT_EQ(judge("We must secure the border and get the criminals out.").on(enforcement), stance_label::support);
  EXPECT_EQ(judge("We should abolish ICE.").on(enforcement), stance_label::oppose);
  EXPECT_EQ(judge("We will stop the raids and end the deportations of parents.").on(enforcement), stance_label::oppose);
  EXPECT_EQ(judge("We refuse to deport them.").on(enforcement), stance_label::oppose);
  EXPECT_EQ(judge("I will stop the raids and end deportations of parents.").on(enforcement), stance_label::oppose);
  EXPECT_EQ(judge("We will not deport them.").on(enforcement), stance_label::oppose);
  // a negation does not reach past "and" into the next verb phrase
  EXPECT_EQ(judge("We will not raise fees and we will deport them.").on(enforcement), stance_label::support);
}

TEST(Stance, SomeoneElsesStanceInsideAQuoteIsNotTheSpeakers) {
  // the speaker reports what a rival did: the cue sits in a clause whose subject is "he"
  const auto j = judge("It is time to end a chapter in which he opened the door to immigration agents in our jails.");
  EXPECT_EQ(j.on(ice), std::nullopt);
  const auto k = judge("My rival said our police should work with ICE.");
  EXPECT_EQ(k.on(ice), std::nullopt);
  // in reported speech "he" is the speaker himself
  const auto r = judge("he will not help or cooperate with ICE in its operations", statement_kind::indirect);
  EXPECT_EQ(r.on(ice), stance_label::oppose);
}

TEST(Stance, AQuestionHasNoStance) {
  const auto j = judge("Will your police keep helping ICE agents?", statement_kind::question);
  EXPECT_EQ(j.topics, std::vector<std::string>{ice});
  EXPECT_TRUE(j.stances.empty());
}

TEST(Stance, SanctuaryIsAStanceOnlyWhenTheSpeakerTakesASide) {
  EXPECT_EQ(judge("Our city will always be a sanctuary city.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("We will no longer be a sanctuary city.").on(ice), stance_label::support);
  EXPECT_EQ(judge("We will cut federal funding for sanctuary cities.").on(ice), stance_label::support);
  // naming sanctuary cities takes no side
  const auto j = judge("Sanctuary cities were the subject of a long hearing.");
  EXPECT_EQ(j.topics, std::vector<std::string>{ice});
  EXPECT_TRUE(j.stances.empty());
}

TEST(Stance, NegationReachesAcrossAShortVerbPhrase) {
  EXPECT_EQ(judge("The city will not use its resources to help federal agents deport our neighbours.").on(ice),
            stance_label::oppose);
  EXPECT_EQ(judge("The NYPD will not participate in civil immigration enforcement.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("The jail would not honor ICE detainer requests without a warrant.").on(ice), stance_label::oppose);
  EXPECT_EQ(judge("Our police will never turn anyone over to ICE.").on(ice), stance_label::oppose);
}

TEST(Stance, CuesPullingBothWaysGiveNoLabel) {
  EXPECT_EQ(judge("Our police will work with ICE, and we want a separation between the police and ICE.").on(ice),
            std::nullopt);
}

TEST(Stance, EveryStanceHasEvidenceAndARule) {
  const auto j = judge("The sheriff will never honour ICE detainers in our jails.");
  ASSERT_EQ(j.stances.size(), 1u);
  EXPECT_EQ(j.stances[0].label, stance_label::oppose);
  EXPECT_FALSE(j.stances[0].evidence.empty());
  EXPECT_NE(j.stances[0].rule.find("topics.txt:"), std::string::npos);
  EXPECT_NE(j.stances[0].rule.find("negated by 'never'"), std::string::npos);
}

TEST(Stance, NoCueNoLabel) {
  const auto j = judge("ICE agents were seen downtown on Tuesday.");
  EXPECT_EQ(j.topics, std::vector<std::string>{enforcement});
  EXPECT_TRUE(j.stances.empty());
}

}  // namespace
}  // namespace onrecord
