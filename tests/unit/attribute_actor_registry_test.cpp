// In-article actors: short mentions map to the full name first used, aliases to the canonical
// organisation, titles give kind and gender (issue 3 item 6). Names are fictional.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attribute/actor_registry.h"
#include "text/sentence_rules.h"

namespace onrecord {
namespace {

struct fixture {
  lexicon_store lexicons;
  actor_lexicon lexicon{lexicons};
  actor_registry registry{lexicon};
  std::string text;
  std::vector<text_token> tokens;

  explicit fixture(std::string t) : text(std::move(t)) {
    tokenize(text, {0, text.size()}, sentence_rules::defaults(), tokens);
    registry.mark_name_words(tokens);
    registry.learn_names(tokens);
  }
  // the actor named by the tokens of `phrase` (its first occurrence after `from`)
  actor name(const std::string& phrase, std::size_t from = 0) {
    const std::size_t b = text.find(phrase, from), e = b + phrase.size();
    std::size_t first = 0, last = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].span.begin == b) first = i;
      if (tokens[i].span.end == e) last = i + 1;
    }
    return registry.name_actor(tokens, first, last);
  }
};

TEST(ActorRegistry, SurnameMapsToTheFullNameFirstUsed) {
  fixture f("Harborton Mayor-elect Dana Whitcombe won. Later Whitcombe spoke, and Mrs. Whitcombe left.");
  EXPECT_EQ(f.name("Harborton Mayor-elect Dana Whitcombe").name, "Dana Whitcombe");
  const actor a = f.name("Whitcombe", f.text.find("Later"));
  EXPECT_EQ(a.name, "Dana Whitcombe");
  EXPECT_EQ(a.kind, actor_kind::person);
  const actor titled = f.name("Mrs. Whitcombe");
  EXPECT_EQ(titled.name, "Dana Whitcombe");
  EXPECT_EQ(titled.sex, gender::female);
}

// Two full names sharing a surname but not a first name are two people (same_person_name): the
// surname alone then names neither.
TEST(ActorRegistry, FullNamesWithAnotherFirstNameAreAnotherPerson) {
  fixture f("Dana J. Whitcombe spoke first. Later Ravi Whitcombe left, and Whitcombe said no.");
  EXPECT_EQ(f.name("Ravi Whitcombe").name, "Ravi Whitcombe");
  EXPECT_EQ(f.name("Whitcombe", f.text.find("and")).name, "Whitcombe");
}

TEST(ActorRegistry, OrganisationShortFormsMapThroughTheAliasLexicon) {
  fixture f("ICE agents met FBI staff and the Harborton Port Authority.");
  const actor ice = f.name("ICE");
  EXPECT_EQ(ice.name, "U.S. Immigration and Customs Enforcement");
  EXPECT_EQ(ice.kind, actor_kind::organisation);
  EXPECT_EQ(f.name("FBI").name, "Federal Bureau of Investigation");
  const actor port = f.name("Harborton Port Authority");
  EXPECT_EQ(port.kind, actor_kind::organisation);
}

TEST(ActorRegistry, UnknownAcronymIsAnOrganisationAndPlacesAreMarked) {
  fixture f("The HTA met at Riverside Park.");
  EXPECT_EQ(f.name("HTA").kind, actor_kind::organisation);
  EXPECT_TRUE(f.name("Riverside Park").place);
}

TEST(ActorRegistry, SingleUnknownNameHasUnknownKind) {
  fixture f("Okafor arrived.");
  const actor a = f.name("Okafor");
  EXPECT_EQ(a.name, "Okafor");
  EXPECT_EQ(a.kind, actor_kind::unknown);
}

TEST(ActorRegistry, DescriptionsKeepTheirWords) {
  lexicon_store lexicons;
  actor_lexicon lexicon{lexicons};
  actor_registry registry{lexicon};
  const actor company = registry.description_actor("the company", "company");
  EXPECT_EQ(company.name, "company");
  EXPECT_EQ(company.kind, actor_kind::organisation);
  const actor spokeswoman = registry.description_actor("a spokeswoman", "spokeswoman");
  EXPECT_EQ(spokeswoman.kind, actor_kind::person);
  EXPECT_EQ(spokeswoman.sex, gender::female);
}

TEST(ActorRegistry, TitleRoleOrGenderPicksOneOfTwoNamesakes) {
  fixture f(
      "President Ada Kessel and Tomas Kessel arrived. Mrs. Ines Bauer and Mr. Karl Bauer left. "
      "Then President Kessel spoke, and Kessel waved. Mr. Bauer sat and Mrs. Bauer stood, and Bauer left.");
  const std::size_t then = f.text.find("Then");
  EXPECT_EQ(f.name("President Kessel", then).name, "Ada Kessel");         // the role she was titled with
  EXPECT_EQ(f.name("Kessel", f.text.find("and Kessel")).name, "Kessel");  // two Kessels: no guess
  EXPECT_EQ(f.name("Mr. Bauer", then).name, "Karl Bauer");
  EXPECT_EQ(f.name("Mrs. Bauer", then).name, "Ines Bauer");
  EXPECT_EQ(f.name("Bauer", f.text.find("and Bauer") + 4).name, "Bauer");
  EXPECT_EQ(f.name("Kessel", f.text.find("and Kessel")).kind, actor_kind::person);
}

TEST(ActorRegistry, MiddleInitialNamesOnePerson) {
  fixture f("Harold P. Quist arrived. Later Harold Quist spoke, and Quist left.");
  EXPECT_EQ(f.name("Harold Quist").name, "Harold P. Quist");
  EXPECT_EQ(f.name("Quist", f.text.find("and Quist")).name, "Harold P. Quist");
  fixture g("Harold Quist arrived. Later Harold P. Quist spoke.");
  EXPECT_EQ(g.name("Harold P. Quist").name, "Harold Quist");
}

TEST(ActorRegistry, LeadingParticipleIsNotPartOfAName) {
  // a headline-like sentence start: the participle or gerund is not the name's first word
  fixture f("Struggling Ravi Okafor asked for votes.\n\nLater Okafor spoke.");
  EXPECT_EQ(f.name("Okafor", f.text.find("Later")).name, "Ravi Okafor");
  fixture g("Endorsed Okafor will run. Later Okafor spoke.");
  EXPECT_EQ(g.name("Okafor", g.text.find("Later")).name, "Okafor");
  fixture h("Entrusting Ravi Okafor with the budget was a risk. Then Okafor spoke.");
  EXPECT_EQ(h.name("Okafor", h.text.find("Then")).name, "Ravi Okafor");
}

}  // namespace
}  // namespace onrecord
