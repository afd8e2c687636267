// Parses lexicons/cues.txt ("forms | flags") into a first-word index for longest-match lookup.
#include "extract/cue_lexicon.h"

#include <algorithm>
#include <sstream>

namespace onrecord {
namespace {

std::string lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

cue_lexicon::cue_lexicon(const lexicon_store& lexicons) {
  for (const auto& line : lexicons.lines("cues.txt")) {
    std::string_view text = line.text;
    cue_match flags;
    if (const auto bar = text.find('|'); bar != std::string_view::npos) {
      std::istringstream in{std::string(text.substr(bar + 1))};
      std::string f;
      while (in >> f) {
        if (f == "object")
          flags.object = true;
        else if (f == "question")
          flags.question = true;
        else if (f == "source")
          flags.source = true;
        else if (f == "ing")
          flags.participle = true;
      }
      text = text.substr(0, bar);
    }
    std::istringstream in{std::string(text)};
    std::string form;
    while (in >> form) {
      form = lower(form);
      entry e;
      e.flags = flags;
      std::vector<std::string> words;
      std::size_t start = 0;
      while (true) {
        const auto us = form.find('_', start);
        words.push_back(form.substr(start, us == std::string::npos ? std::string::npos : us - start));
        if (us == std::string::npos) break;
        start = us + 1;
      }
      if (ends_with(words.front(), "ing")) e.flags.participle = true;
      if (ends_with(words.front(), "ed") || words.front() == "told" || words.front() == "said" ||
          words.front() == "written" || words.front() == "made")
        e.flags.past_participle = true;
      e.rest.assign(words.begin() + 1, words.end());
      e.flags.length = words.size();
      auto& list = by_first_[words.front()];
      list.push_back(std::move(e));
      std::stable_sort(list.begin(), list.end(),
                       [](const entry& a, const entry& b) { return a.rest.size() > b.rest.size(); });
    }
  }
  index_ = lowercase_index<std::vector<entry>>(by_first_);
}

cue_match cue_lexicon::match(const std::vector<text_token>& tokens, std::size_t i, std::size_t end) const {
  if (i >= end || !tokens[i].is_word()) return {};
  const auto* found = index_.find(tokens[i].text);
  if (!found) return {};
  for (const auto& e : *found) {
    if (i + 1 + e.rest.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.rest.size() && ok; ++k) {
      char b2[64];
      ok = tokens[i + 1 + k].is_word() && lower_ascii(tokens[i + 1 + k].text, b2) == e.rest[k];
    }
    if (ok) return e.flags;
  }
  return {};
}

}  // namespace onrecord
