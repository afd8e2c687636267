// What attribution knows about words naming actors: titles (and the gender they imply), aliases of
// organisations, organisation/place head words, words that are never names, pronouns, speaker nouns.
// Read from lexicons/titles.txt, actor_aliases.txt, organisation_words.txt, not_names.txt,
// pronouns.txt, speaker_nouns.txt, document_nouns.txt and place_names.txt.
#pragma once
#include <string>
#include <string_view>

#include "lexicon/lexicon_store.h"
#include "model/statement.h"
#include "text/word_set.h"

namespace onrecord {

// Whether w may end in a contracted auxiliary: an apostrophe (' or the last byte of ’) two or three
// bytes from its end. Asked of nearly every word, so answered inline before any comparison.
inline bool may_end_in_contraction(std::string_view w) {
  const std::size_t n = w.size();
  return n >= 3 && (w[n - 2] == '\'' || w[n - 2] == '\x99' || w[n - 3] == '\'' || w[n - 3] == '\x99');
}

// A word without a contracted auxiliary: "she'd" → "she", "they’ve" → "they", "it's" → "it".
std::string_view without_contraction(std::string_view w);

enum class gender : unsigned char { unknown, male, female };
enum class pronoun_ref : unsigned char { person, organisation, group, relative, writer };

struct pronoun_info {
  pronoun_ref ref = pronoun_ref::person;
  gender sex = gender::unknown;
};

struct alias_target {
  std::string canonical;
  actor_kind kind = actor_kind::organisation;
};

class actor_lexicon {
 public:
  explicit actor_lexicon(const lexicon_store& lexicons);

  bool is_title(std::string_view w) const { return contains(titles_, w); }
  gender title_gender(std::string_view w) const;
  // The role noun a title stands for ("Sen." → "senator"), from "role" lines; empty when none.
  std::string_view title_role(std::string_view w) const;
  // The actor an alias names ("ICE", "the ICE", "Justice Department"), or nullptr.
  const alias_target* alias(std::string_view name) const;
  bool is_org_word(std::string_view w) const { return contains(org_words_, w); }
  bool is_place_word(std::string_view w) const { return contains(place_words_, w); }
  // A whole place name ("New York", "China"): a speaker by metonymy, kind organisation.
  bool is_place_name(std::string_view name) const { return contains(place_names_, name); }
  bool is_group_noun(std::string_view lower) const { return contains(group_nouns_, lower); }
  // letter case ignored: the list holds capitalised words and is asked about capitalised tokens
  bool is_not_name(std::string_view w) const { return not_names_index_.find(w) != nullptr; }
  bool is_speaker_noun(std::string_view lower) const { return contains(speaker_nouns_, lower); }
  // also through a contraction: "she'd", "they’ve", "who'd" are the pronoun
  const pronoun_info* pronoun(std::string_view lower) const;
  bool is_document_noun(std::string_view lower) const { return contains(document_nouns_, lower); }

 private:
  word_set titles_;
  word_map<gender> title_genders_;
  word_map<std::string> title_roles_;
  word_map<alias_target> aliases_;
  word_set place_names_;
  word_set org_words_, place_words_, group_nouns_, not_names_, speaker_nouns_, document_nouns_;
  word_map<pronoun_info> pronouns_;
  lowercase_index<bool> not_names_index_;
};

}  // namespace onrecord
