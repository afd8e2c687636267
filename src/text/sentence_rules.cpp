// Loads the segmenter's word lists from the lexicon store.
#include "text/sentence_rules.h"

#include <sstream>

namespace onrecord {

sentence_rules::sentence_rules(const lexicon_store& lexicons) {
  for (const auto& line : lexicons.lines("abbreviations.txt")) {
    std::istringstream in{std::string(line.text)};
    std::string w;
    bool title = false, first = true;
    while (in >> w) {
      if (first && w == "title") {
        title = true;
      } else {
        (title ? titles_ : abbreviations_).insert(w);
      }
      first = false;
    }
  }
  for (const auto& line : lexicons.lines("sentence_starters.txt")) {
    std::istringstream in{std::string(line.text)};
    std::string w;
    while (in >> w) starters_.insert(w);
  }
}

const sentence_rules& sentence_rules::defaults() {
  static const sentence_rules rules{lexicon_store{}};
  return rules;
}

}  // namespace onrecord
