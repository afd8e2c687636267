// The phrase index must find exactly the patterns phrase_pattern::found_in finds, for every kind of
// first element (word, prefix, capitalised, group, gap), possessives and punctuation.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "classify/phrase_index.h"

namespace onrecord {
namespace {

TEST(PhraseIndex, FindsWhatFoundInFinds) {
  std::vector<compiled_group> groups;
  groups.push_back({"agency", {}});
  groups[0].phrases.emplace_back("ICE");
  groups[0].phrases.emplace_back("immigration agent*");
  groups[0].phrases.emplace_back("deport*");
  const std::vector<std::string> sources = {"sanctuary city",
                                            "sanctuary",
                                            "ICE",
                                            "ice",
                                            "deport*",
                                            "Whitcombe",
                                            "mayor*",
                                            "mayor",
                                            "{agency}",
                                            "work with {agency}",
                                            "... {agency}",
                                            "... budget",
                                            "bus* lane*",
                                            "night buses",
                                            "won't",
                                            "mayor-elect",
                                            "Okafor*",
                                            "a",
                                            "refuse* to help",
                                            "x",
                                            "immigra*",
                                            "Tuesday",
                                            "tuesday",
                                            "police ... {agency}"};
  std::vector<std::unique_ptr<phrase_pattern>> patterns;
  phrase_index index;
  for (const auto& s : sources) {
    patterns.push_back(std::make_unique<phrase_pattern>(s, &groups));
    index.add(*patterns.back());
  }
  const std::vector<std::string> texts = {
      "Mayor Dana Whitcombe said the sanctuary city would not work with ICE agents.",
      "Whitcombe's office refused to help immigration agents; ice on the bus lanes melted.",
      "The mayor-elect won't deport anyone, Councillor Ravi Okafor's aide said on Tuesday's call.",
      "The police will, she said, never work — not once — with deportation officers. Budget talks: none.",
      "“Night buses,” said the MAYOR.",
      // exact-case keys are looked up only for a token whose lower case differs from its text:
      // capitals, or a curly apostrophe folded ("Okafor’s")
      "Okafor’s tuesday call: ICE’s agents and okafor's whitcombe.", "", "x"};
  for (const auto& text : texts) {
    const word_tokenizer words(text);
    const auto tokens = words.tokens({0, text.size()});
    std::vector<char> found;
    index.find_all(text, tokens, found);
    ASSERT_EQ(found.size(), patterns.size());
    for (std::size_t k = 0; k < patterns.size(); ++k)
      EXPECT_EQ(found[k] != 0, patterns[k]->found_in(text, tokens)) << "pattern '" << sources[k] << "' in: " << text;
  }
}

TEST(PhraseIndex, CandidatesIncludeEveryMatchStart) {
  std::vector<compiled_group> groups;
  groups.push_back({"who", {}});
  groups[0].phrases.emplace_back("Okafor");
  groups[0].phrases.emplace_back("council*");
  phrase_pattern p1("{who} said", &groups), p2("said ... no", &groups), p3("... no", &groups);
  phrase_index index;
  index.add(p1);
  index.add(p2);
  index.add(p3);
  const std::string text = "Councillor Okafor said he would say no, and councillors said no again.";
  const word_tokenizer words(text);
  const auto tokens = words.tokens({0, text.size()});
  std::vector<std::uint32_t> ids;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    ids.clear();
    index.candidates_at(text, tokens[i], ids);
    for (std::size_t id = 0; id < index.size(); ++id) {
      std::size_t end = 0;
      std::vector<text_span> spans;
      if (index.pattern(id).match_at(text, tokens, i, end, spans)) {
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << "pattern " << id << " at token " << i;
      }
    }
  }
}

}  // namespace
}  // namespace onrecord
