// The actors of one article: short mentions resolve to the full name first used ("Mamdani" →
// "Zohran Mamdani"), organisation short forms to their canonical name through the alias lexicon
// ("the ICE" → "U.S. Immigration and Customs Enforcement"), each with a kind and, when known, a gender.
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attribute/actor_lexicon.h"
#include "text/tokenizer.h"

namespace onrecord {

struct actor {
  std::string name;  // canonical name, or a description ("reporter"); empty = none
  actor_kind kind = actor_kind::unknown;
  gender sex = gender::unknown;
  bool place = false;  // a place (Corona Park), never a speaker
  explicit operator bool() const { return !name.empty(); }
};

class actor_registry {
 public:
  explicit actor_registry(const actor_lexicon& lexicon) : lexicon_(lexicon) {}

  // Marks the tokens that can be part of a name: capitalised words that are not sentence words,
  // days or months (text_token::name_word), so later checks need no lookup.
  void mark_name_words(std::vector<text_token>& tokens) const;
  static bool is_name_word(const text_token& t) { return t.name_word; }
  // Learns the full person names (two or more capitalised words after any title) in tokens, in
  // order, so a later surname alone resolves to the first full name used.
  void learn_names(const std::vector<text_token>& tokens);
  // The actor that the name phrase tokens[first, last) denotes.
  actor name_actor(std::span<const text_token> tokens, std::size_t first, std::size_t last) const;
  // The actor a description denotes: "the company" (organisation), "a spokesman" (person).
  actor description_actor(std::string_view description, std::string_view head_lower) const;

  void note_gender(const std::string& name, gender g);

 private:
  // A full person name learned from the article, with what its titles said about it.
  struct known_name {
    std::string name;
    gender sex = gender::unknown;
    std::vector<std::string> roles;  // "president" from "President Ada Varga"
  };
  // The known name a surname mention stands for, or nullptr when none fits or several do.
  const known_name* for_surname(std::string_view surname, gender g, std::string_view role) const;

  const actor_lexicon& lexicon_;
  word_map<std::vector<known_name>> names_by_surname_;  // in order of first use
  // title words the article uses as surnames: "Mr. King", "Ms. Bishop" (learn_names)
  std::vector<std::string> titled_surnames_;
  std::vector<std::pair<std::size_t, std::size_t>> runs_;  // learn_names' runs of name words, reused
  bool is_titled_surname(std::string_view w) const;
  word_map<gender> genders_;
};

// "Mamdani’s" → "Mamdani"
std::string_view without_possessive(std::string_view w);

}  // namespace onrecord
