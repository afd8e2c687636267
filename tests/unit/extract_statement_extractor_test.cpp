// Statement extraction end to end on small texts about fictional people: direct quotes, reported
// speech, questions, non-statements and the speaker sieves (issue 3 items 1–6).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "extract/statement_extractor.h"
#include "text/segmenter.h"

namespace onrecord {
namespace {

struct found {
  std::string text, kind, speaker, mention, cue, rule;
  actor_kind speaker_kind = actor_kind::unknown;
};

std::vector<found> extract(const std::string& text, const lexicon_store& lexicons = lexicon_store{},
                           extraction_options options = {}) {
  article a;
  a.text = text;
  const statement_extractor ex(lexicons, options);
  std::vector<found> out;
  for (const auto& s : ex.extract(a, segment_text(a.text))) {
    found f;
    f.text = text.substr(s.content.begin, s.content.size());
    f.kind = std::string(to_string(s.kind));
    f.speaker = s.speaker.value_or("");
    if (s.speaker_mention) f.mention = text.substr(s.speaker_mention->begin, s.speaker_mention->size());
    if (s.cue) f.cue = text.substr(s.cue->begin, s.cue->size());
    f.rule = s.attribution_rule;
    f.speaker_kind = s.speaker_kind;
    out.push_back(f);
  }
  return out;
}

// ---- direct quotes (item 2)

TEST(StatementExtractor, QuoteWithAttributionAfterIt) {
  const auto s = extract("Mayor Dana Whitcombe spoke on Monday.\n\n“We will fix the bridge by spring,” Whitcombe said.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "We will fix the bridge by spring,");
  EXPECT_EQ(s[0].kind, "direct");
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");  // the short mention maps to the full name first used
  EXPECT_EQ(s[0].mention, "Whitcombe");
  EXPECT_EQ(s[0].cue, "said");
}

TEST(StatementExtractor, QuoteWithAttributionBeforeIt) {
  const auto s = extract("Councillor Ravi Okafor replied, “The bridge can wait another year.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "The bridge can wait another year.");
  EXPECT_EQ(s[0].speaker, "Ravi Okafor");
  EXPECT_EQ(s[0].speaker_kind, actor_kind::person);
}

TEST(StatementExtractor, InvertedAttributionWithAppositive) {
  const auto s = extract("\"The numbers do not add up,\" said Priya Lund, a budget analyst at the council.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Priya Lund");
  EXPECT_EQ(s[0].text, "The numbers do not add up,");
}

TEST(StatementExtractor, SplitQuotationGivesOneStatementPerSpanWithTheSameSpeaker) {
  const std::string text = "“The plan is sound,” Whitcombe said. “It will pass next week.”";
  const auto s = extract(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "The plan is sound,");
  EXPECT_EQ(s[1].text, "It will pass next week.");
  EXPECT_EQ(s[0].speaker, "Whitcombe");
  EXPECT_EQ(s[1].speaker, "Whitcombe");
  EXPECT_EQ(s[1].mention, "Whitcombe");

  const auto same_sentence = extract("“The plan is sound,” Whitcombe said, “and it will pass next week.”");
  ASSERT_EQ(same_sentence.size(), 2u);
  EXPECT_EQ(same_sentence[1].speaker, "Whitcombe");

  extraction_options join;
  join.join_split_quotations = true;
  const auto joined = extract(text, lexicon_store{}, join);
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].text, "The plan is sound,” Whitcombe said. “It will pass next week.");
}

TEST(StatementExtractor, ContinuationParagraphInheritsTheSpeaker) {
  const auto s = extract(
      "“We have waited long enough for this road,” Okafor said.\n\n“Every family on the east side drives it twice a "
      "day.”");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].speaker, "Okafor");
  EXPECT_EQ(s[1].rule, "continuation");
}

TEST(StatementExtractor, MultiParagraphQuotationAfterAColon) {
  const auto s = extract("Whitcombe told the council:\n\n“The budget is balanced and the schools get more money.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Whitcombe");
  EXPECT_EQ(s[0].kind, "direct");
}

TEST(StatementExtractor, ScareQuotesAndTitlesAreNotStatements) {
  const auto s = extract("The so-called “green corridor” opened in May. Residents watched “The Long Road” on Friday.");
  EXPECT_TRUE(s.empty());
}

TEST(StatementExtractor, StrayOpeningMarkStillGivesTheQuotation) {
  const auto s = extract("Okafor was asked about taxes. He replied, “'Taxes? Well, we will see what the council decides.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text.substr(0, 7), "'Taxes?");
  EXPECT_EQ(s[0].speaker, "Okafor");
  EXPECT_EQ(s[0].mention, "He");
}

TEST(StatementExtractor, QuotationBeforeTheAttributionKeepsItsContentPastALongAdjunct) {
  const auto s = extract(
      "“We will not raise the toll this year,” Whitcombe said in February at a town hall in the old mill "
      "district of the harbor.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "We will not raise the toll this year,");
  EXPECT_EQ(s[0].kind, "direct");
  EXPECT_EQ(s[0].speaker, "Whitcombe");
}

TEST(StatementExtractor, AttributionAfterAQuotationMayHoldAnotherAttribution) {
  const auto s = extract(
      "“The depot plan is dead,” Okafor said on Monday after the harbor board announced it would sell the old "
      "depot.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "The depot plan is dead,");
  EXPECT_EQ(s[0].speaker, "Okafor");
  EXPECT_EQ(s[1].text, "it would sell the old depot");
  EXPECT_EQ(s[1].mention, "the harbor board");
}

TEST(StatementExtractor, TranscriptTurnRunsToItsParagraphEnd) {
  const auto s = extract(
      "Okafor: the pier comes first\n\n"
      "Reporter Jo Lane met Councillor Ravi Okafor at the pier.\n\n"
      "Okafor: We will rebuild the pier before the summer. The council agreed last night.\n\n"
      "Update: the ferry runs again on Sunday morning.");
  ASSERT_EQ(s.size(), 1u);  // not the headline, not "Update:"
  EXPECT_EQ(s[0].text, "We will rebuild the pier before the summer. The council agreed last night.");
  EXPECT_EQ(s[0].speaker, "Ravi Okafor");
  EXPECT_EQ(s[0].mention, "Okafor");
  EXPECT_EQ(s[0].rule, "transcript turn");
}

TEST(StatementExtractor, QuotationAfterAColonBelongsToTheClauseSubject) {
  const auto s = extract(
      "Councillor Ravi Okafor looked at the empty pier. He sighed: “We should have fixed it years ago.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "We should have fixed it years ago.");
  EXPECT_EQ(s[0].kind, "direct");
  EXPECT_EQ(s[0].speaker, "Ravi Okafor");
  EXPECT_EQ(s[0].mention, "He");
  // a short title after a colon is not a statement
  EXPECT_TRUE(extract("The mural on the pier has a name: “Harbor Light”.").empty());
}

// ---- reported speech (item 3)

TEST(StatementExtractor, IndirectSpeechAfterTheCue) {
  const auto s = extract("Mayor Dana Whitcombe said the city would not raise fares this year.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "indirect");
  EXPECT_EQ(s[0].text, "the city would not raise fares this year");
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");
  EXPECT_EQ(s[0].mention, "Mayor Dana Whitcombe");
}

TEST(StatementExtractor, ToldReportersThat) {
  const auto s = extract("Okafor told reporters that the vote would happen on Thursday.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "that the vote would happen on Thursday");
  EXPECT_EQ(s[0].cue, "told");
}

TEST(StatementExtractor, AccordingTo) {
  auto s = extract("According to Whitcombe, the bridge will reopen in April.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "the bridge will reopen in April");
  EXPECT_EQ(s[0].speaker, "Whitcombe");
  s = extract("The bridge will reopen in April, according to Whitcombe.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "The bridge will reopen in April");
}

TEST(StatementExtractor, HasMadeItClearAndHasSaid) {
  auto s = extract("Councillor Ravi Okafor has made it clear that he will not back the tower.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Ravi Okafor");
  s = extract("Okafor has repeatedly said the tower is too tall.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "the tower is too tall");
}

TEST(StatementExtractor, WarnedAgainst) {
  const auto s = extract("On Tuesday, Whitcombe warned developers against cutting corners.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Whitcombe");
  EXPECT_NE(s[0].text.find("against cutting corners"), std::string::npos);
}

TEST(StatementExtractor, ContentBeforeTheSubject) {
  const auto s = extract("The tower will cast a shadow over the park, Okafor said on Monday.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "The tower will cast a shadow over the park");
  EXPECT_EQ(s[0].speaker, "Okafor");
}

TEST(StatementExtractor, RelativeClauseBetweenSubjectAndCue) {
  const auto s = extract("Priya Lund, who chairs the finance committee, said the deficit had doubled.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Priya Lund");
  EXPECT_EQ(s[0].text, "the deficit had doubled");
}

TEST(StatementExtractor, AppositiveBetweenSubjectAndCue) {
  const auto s = extract("Hugo Marsh, a retired teacher, said the school should stay open.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Hugo Marsh");
}

TEST(StatementExtractor, CoordinatedSubjectOpeningTheSentence) {
  const auto s = extract("Federal and state inspectors said the bridge over Mill Creek was unsafe.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "the bridge over Mill Creek was unsafe");
  EXPECT_EQ(s[0].mention, "Federal and state inspectors");

  const auto in_body = extract("Builders and allies in the council say the levy has paid for new roads.");
  ASSERT_EQ(in_body.size(), 1u);
  EXPECT_EQ(in_body[0].mention, "Builders and allies in the council");

  // inside a sentence a coordination is half a list, not a subject
  EXPECT_TRUE(extract("The crews repaired the pier and residents said nothing.").empty());
}

TEST(StatementExtractor, LongAppositiveBetweenSubjectAndCue) {
  const auto s = extract(
      "Priya Nandakumar, director of the Center for Coastal Studies and Harbor Policy at the Institute of Maritime "
      "Affairs at Lakeside University, said the seawall was too low.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Priya Nandakumar");
  EXPECT_EQ(s[0].text, "the seawall was too low");
}

TEST(StatementExtractor, RemarkingContinuesTheSpeaker) {
  const auto s = extract("Okafor toured the pier, remarking that the repairs came in under budget.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "that the repairs came in under budget");
  EXPECT_EQ(s[0].speaker, "Okafor");
}

TEST(StatementExtractor, PresentTenseCuesVowBlameClaimNoteCall) {
  const char* texts[] = {"Mayor Dana Whitcombe vows the pier will reopen in May.",
                         "Mayor Dana Whitcombe blames the storm for the long delay.",
                         "Mayor Dana Whitcombe claims the harbor budget is balanced.",
                         "Mayor Dana Whitcombe notes the ferry has never run late.",
                         "Mayor Dana Whitcombe calls the depot plan a waste of money."};
  for (const char* text : texts) {
    const auto s = extract(text);
    ASSERT_EQ(s.size(), 1u) << text;
    EXPECT_EQ(s[0].speaker, "Dana Whitcombe") << text;
  }
  // the nouns stay out: "the calls", "her notes"
  EXPECT_TRUE(extract("The calls to the harbor office went unanswered for a week.").empty());
}

TEST(StatementExtractor, MixedQuotation) {
  const auto s = extract("Whitcombe said the council would “never” sell the park.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "mixed");
  EXPECT_EQ(s[0].text, "the council would “never” sell the park");
}

TEST(StatementExtractor, ParticipleContinuesTheSpeaker) {
  const auto s = extract("Okafor defended the plan on Monday, saying it would create jobs.");
  ASSERT_EQ(s.size(), 2u);  // what he defended, and what he said
  EXPECT_EQ(s[1].cue, "saying");
  EXPECT_EQ(s[1].speaker, "Okafor");
  EXPECT_EQ(s[1].text, "it would create jobs");
}

TEST(StatementExtractor, PassiveCueIsNotTheSpeaker) {
  EXPECT_TRUE(extract("Whitcombe was recently asked if she would run again.").empty());
}

TEST(StatementExtractor, CueLexiconIsUserExtensible) {
  const std::string text = "Okafor murmured that the meeting was over.";
  EXPECT_TRUE(extract(text).empty());
  const auto dir = std::filesystem::temp_directory_path() / ("onrecord-cues-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cues.txt") << "murmur murmurs murmured murmuring\n";
  const lexicon_store extended(std::vector<std::string>{dir.string()});
  const auto s = extract(text, extended);
  std::filesystem::remove_all(dir);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Okafor");
}

// ---- questions (item 4)

TEST(StatementExtractor, QuestionPutToSomeoneIsTheAskers) {
  const auto s = extract(
      "In a clip from Harbor News, a reporter can be heard asking Whitcombe, “Will you close the bridge?”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "question");
  EXPECT_EQ(s[0].text, "Will you close the bridge?");
  EXPECT_EQ(s[0].mention, "a reporter");
  EXPECT_EQ(s[0].speaker, "Harbor News reporter");
}

TEST(StatementExtractor, QuotedQuestionBeforeTheAsker) {
  const auto s = extract("“How big is the deficit?” asked Priya Lund.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "question");
  EXPECT_EQ(s[0].speaker, "Priya Lund");
}

// ---- speakers (item 5)

TEST(StatementExtractor, PronounResolvesToTheMostRecentSubject) {
  const auto s = extract(
      "Okafor was asked whether Whitcombe would win. He replied, “She has my vote, but the race is close.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Okafor");
  EXPECT_EQ(s[0].mention, "He");
  EXPECT_EQ(s[0].rule, "pronoun");
}

TEST(StatementExtractor, HeAddedAfterAQuoteParagraph) {
  const auto s = extract(
      "Okafor replied, “The bridge can wait, and Priya Lund knows it.”\n\n“Nobody on the east side wants it,” he "
      "added.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].speaker, "Okafor");
  EXPECT_EQ(s[1].mention, "he");
}

TEST(StatementExtractor, PronounRespectsGender) {
  const auto s = extract("Mrs. Whitcombe met Mr. Okafor on Friday. She said the deal was done.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Whitcombe");
}

TEST(StatementExtractor, ItResolvesToAnOrganisationThroughTheAliasLexicon) {
  const auto s = extract(
      "Meanwhile, the ICE took to social media to recruit officers from the New York Police Department. In a post, it "
      "wrote, “Join a team that backs you.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "U.S. Immigration and Customs Enforcement");
  EXPECT_EQ(s[0].speaker_kind, actor_kind::organisation);
  EXPECT_EQ(s[0].mention, "it");
}

TEST(StatementExtractor, DescriptionWithoutANameIsKept) {
  const auto s = extract("A spokesman for the council said the report would be published in June.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "spokesman for the council");
  EXPECT_EQ(s[0].mention, "A spokesman for the council");
}

TEST(StatementExtractor, NoSpeakerRatherThanAGuess) {
  const auto s = extract("The hall was quiet.\n\n“Nobody expected the vote to be this close tonight.”");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "");
  EXPECT_EQ(s[0].mention, "");
}

// ---- non-statements (item 1)

TEST(StatementExtractor, HeadlinesSubheadingsBylinesAndPhotoCreditsAreNotStatements) {
  const std::string text =
      "Whitcombe Says Bridge Will Reopen In April\n\n"
      "Okafor vs. Whitcombe on the bridge\n\n"
      "Here's what she said (HARBOR/Jo Lane)(HARBOR)\n\n"
      "By Jo Lane and Sam Reyes\n\n"
      "HARBORTON (AP) — Mayor Dana Whitcombe said the bridge would reopen in April.";
  const auto s = extract(text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "the bridge would reopen in April");
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");
}

TEST(StatementExtractor, NothingBeforeTheBodyIsAStatement) {
  article a;
  a.text = "Title: Okafor said the vote was rigged\n\nThe vote went ahead.";
  a.body_begin = a.text.find("The vote");
  const statement_extractor ex{lexicon_store{}};
  EXPECT_TRUE(ex.extract(a, segment_text(a.text)).empty());
}

// ---- an adverbial between the cue and "that" belongs to the attribution (task: dates)

TEST(StatementExtractor, TimePhraseBeforeThatStaysOutOfTheContent) {
  const auto s = extract("Mayor Dana Whitcombe said on November 5 that the ferry would run.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, "indirect");
  EXPECT_EQ(s[0].text, "the ferry would run");
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");
}

TEST(StatementExtractor, PrepositionalAdverbialsBeforeThatStayOutOfTheContent) {
  for (const char* adverbial : {"Tuesday", "last week", "in a statement", "during a news conference",
                                "at a rally in Ohio", "on Nov. 4"}) {
    const std::string text = std::string("Councillor Ravi Okafor said ") + adverbial + " that the budget was wrong.";
    const auto s = extract(text);
    ASSERT_EQ(s.size(), 1u) << text;
    EXPECT_EQ(s[0].text, "the budget was wrong") << text;
    EXPECT_EQ(s[0].speaker, "Ravi Okafor") << text;
  }
}

TEST(StatementExtractor, AdverbialAfterTheListenerStaysOutOfTheContent) {
  const auto s = extract("Chief Tomasz Brell told reporters on Wednesday that patrols would grow.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "patrols would grow");
  EXPECT_EQ(s[0].cue, "told");
}

TEST(StatementExtractor, RelativeThatAfterAnAdverbialIsNotAComplementiser) {
  // "in a speech that was broadcast": "that" opens a relative clause, the content keeps its words
  const auto s = extract("Mayor Dana Whitcombe said in a speech that was broadcast live the harbour would reopen.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_NE(s[0].text.find("in a speech"), std::string::npos);
}

// ---- speaker mentions are noun phrases (task: clean actor names)

TEST(StatementExtractor, SentenceAdverbBeforeANameIsNotPartOfIt) {
  const auto s = extract(
      "Mayor Dana Whitcombe spoke at the harbour. Struggling Dana Whitcombe said the ferry would run on time.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");
}

TEST(StatementExtractor, CapitalisedCommonWordAtSentenceStartIsNotASpeaker) {
  const auto s = extract(
      "Councillor Ravi Okafor voted against the plan. Often he said the plan was too costly. "
      "It was often said before.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Ravi Okafor");  // "he", not the capitalised "Often"
}

TEST(StatementExtractor, ClauseOrThingIsNotASpeakerDescription) {
  // "the rise of Councillor Okafor" is a thing; "when lawmakers made remarks" a clause
  const auto s = extract("The rise of Councillor Ravi Okafor suggests that the council will change.");
  for (const auto& st : s) EXPECT_EQ(st.speaker.find("rise"), std::string::npos) << st.speaker;
  const auto s2 = extract("An official familiar with the talks said the ferry deal was close.");
  ASSERT_EQ(s2.size(), 1u);
  EXPECT_EQ(s2[0].speaker, "official familiar with the talks");
}

TEST(StatementExtractor, PlaceAsSpeakerIsNeverAPerson) {
  const auto s = extract("New York said the ferry subsidy would end next year.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "New York");
  EXPECT_EQ(s[0].speaker_kind, actor_kind::organisation);
}

TEST(StatementExtractor, OpeningParticipialClauseTakesTheMainSubject) {
  const auto s = extract("Having announced that the ferry would run, Mayor Dana Whitcombe left the pier.");
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].text, "that the ferry would run");
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");
}

TEST(StatementExtractor, PronounContractionStillResolves) {
  const auto s = extract(
      "Councillor Priya Lindqvist joined the board in May. She's a harbour supporter but concedes that the ferry is late.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Priya Lindqvist");
}

TEST(StatementExtractor, TitledDescriptionResolvesToTheOneActorWithThatTitle) {
  const auto s = extract(
      "Mayor Dana Whitcombe opened the pier on Monday. Councillor Ravi Okafor was there.\n\n"
      "The mayor said the ferry would run all winter.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Dana Whitcombe");
  EXPECT_EQ(s[0].mention, "The mayor");
  // two councillors named: the description stays
  const auto two = extract(
      "Councillor Ravi Okafor and Councillor Priya Lindqvist met on Monday.\n\n"
      "The councillor said the budget was wrong.");
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(two[0].speaker, "councillor");
}

}  // namespace
}  // namespace onrecord
