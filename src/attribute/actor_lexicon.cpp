// Loads the actor word lists; each file's line format is described at its top.
#include "attribute/actor_lexicon.h"

#include <sstream>
#include <vector>

namespace onrecord {
namespace {

std::vector<std::string> words_of(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

std::string_view without_the(std::string_view s) {
  if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ")) s.remove_prefix(4);
  return s;
}

}  // namespace

actor_lexicon::actor_lexicon(const lexicon_store& lexicons) {
  for (const auto& line : lexicons.lines("titles.txt")) {
    auto ws = words_of(line.text);
    if (ws.size() >= 2 && ws[0] == "gender") {
      const gender g = ws[1] == "male" ? gender::male : ws[1] == "female" ? gender::female : gender::unknown;
      for (std::size_t i = 2; i < ws.size(); ++i) title_genders_[ws[i]] = g;
      continue;
    }
    if (ws.size() >= 2 && ws[0] == "role") {  // "role senator Sen Sen. Senator": "the senator" names them
      for (std::size_t i = 2; i < ws.size(); ++i) title_roles_[ws[i]] = ws[1];
      continue;
    }
    for (auto& w : ws) titles_.insert(std::move(w));
  }
  for (const auto& line : lexicons.lines("actor_aliases.txt")) {
    const std::string_view text = line.text;
    const auto eq = text.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view head = text.substr(0, eq);
    while (!head.empty() && head.front() == ' ') head.remove_prefix(1);
    const auto sp = head.find(' ');
    if (sp == std::string_view::npos) continue;
    alias_target target;
    target.kind = head.substr(0, sp) == "person" ? actor_kind::person : actor_kind::organisation;
    target.canonical = trim(head.substr(sp + 1));
    aliases_[target.canonical] = target;
    std::string_view rest = text.substr(eq + 1);
    while (!rest.empty()) {
      const auto bar = rest.find('|');
      const std::string alias = trim(rest.substr(0, bar));
      if (!alias.empty()) aliases_[alias] = target;
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
  }
  for (const auto& line : lexicons.lines("organisation_words.txt")) {
    auto ws = words_of(line.text);
    if (ws.empty()) continue;
    word_set* set = ws[0] == "org"     ? &org_words_
                    : ws[0] == "place" ? &place_words_
                    : ws[0] == "group" ? &group_nouns_
                                       : nullptr;
    if (!set) continue;
    for (std::size_t i = 1; i < ws.size(); ++i) set->insert(ws[i]);
  }
  for (const auto& line : lexicons.lines("place_names.txt"))
    if (std::string name = trim(line.text); !name.empty()) place_names_.insert(std::move(name));
  for (const auto& line : lexicons.lines("not_names.txt"))
    for (auto& w : words_of(line.text)) not_names_.insert(std::move(w));
  word_map<bool> lowered;
  for (const auto& w : not_names_) {
    std::string l = w;
    for (auto& c : l)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    lowered.emplace(std::move(l), true);
  }
  not_names_index_ = lowercase_index<bool>(lowered);
  for (const auto& line : lexicons.lines("document_nouns.txt"))
    for (auto& w : words_of(line.text)) document_nouns_.insert(std::move(w));
  for (const auto& line : lexicons.lines("speaker_nouns.txt"))
    for (auto& w : words_of(line.text)) speaker_nouns_.insert(std::move(w));
  for (const auto& line : lexicons.lines("pronouns.txt")) {
    auto ws = words_of(line.text);
    if (ws.size() < 3) continue;
    pronoun_info p;
    p.ref = ws[1] == "organisation" ? pronoun_ref::organisation
            : ws[1] == "group"      ? pronoun_ref::group
            : ws[1] == "relative"   ? pronoun_ref::relative
            : ws[1] == "writer"     ? pronoun_ref::writer
                                    : pronoun_ref::person;
    p.sex = ws[2] == "male" ? gender::male : ws[2] == "female" ? gender::female : gender::unknown;
    pronouns_[ws[0]] = p;
  }
}

std::string_view actor_lexicon::title_role(std::string_view w) const {
  const auto it = title_roles_.find(w);
  return it == title_roles_.end() ? std::string_view{} : std::string_view(it->second);
}

gender actor_lexicon::title_gender(std::string_view w) const {
  const auto it = title_genders_.find(w);
  return it == title_genders_.end() ? gender::unknown : it->second;
}

const alias_target* actor_lexicon::alias(std::string_view name) const {
  auto it = aliases_.find(name);
  if (it == aliases_.end()) it = aliases_.find(without_the(name));
  return it == aliases_.end() ? nullptr : &it->second;
}

std::string_view without_contraction(std::string_view w) {
  if (!may_end_in_contraction(w)) return w;
  for (const std::string_view tail : {"'s", "'d", "'ve", "'re", "'ll", "'m"}) {
    if (w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail) return w.substr(0, w.size() - tail.size());
    // the same with a typographic apostrophe (U+2019, three bytes)
    const std::size_t curly = tail.size() + 2;
    if (w.size() > curly && w.substr(w.size() - curly, 3) == "\xE2\x80\x99" &&
        w.substr(w.size() - tail.size() + 1) == tail.substr(1))
      return w.substr(0, w.size() - curly);
  }
  return w;
}

const pronoun_info* actor_lexicon::pronoun(std::string_view lower) const {
  auto it = pronouns_.find(lower);
  // "she'd", "they’ve", "who'd", "we're": a pronoun and its auxiliary stay the pronoun
  if (it == pronouns_.end() && may_end_in_contraction(lower))
    if (const std::string_view bare = without_contraction(lower); bare.size() != lower.size())
      it = pronouns_.find(bare);
  return it == pronouns_.end() ? nullptr : &it->second;
}

}  // namespace onrecord
