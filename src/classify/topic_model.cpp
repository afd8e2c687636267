// Compiling topic definitions and tagging a token stream with them.
#include "classify/topic_model.h"

#include <algorithm>

namespace onrecord {

topic_model::topic_model(const std::vector<topic_definition>& topics) {
  for (const auto& def : topics) {
    auto t = std::make_unique<compiled_topic>();
    t->definition = def;
    t->groups.reserve(def.groups.size());
    for (const auto& g : def.groups) {
      compiled_group cg{g.name, {}};
      for (const auto& p : g.phrases) cg.phrases.emplace_back(p);
      // longest phrase first, so "illegal immigrants" wins over "immigrants"
      std::stable_sort(cg.phrases.begin(), cg.phrases.end(), [](const phrase_pattern& a, const phrase_pattern& b) {
        return std::count(a.source().begin(), a.source().end(), ' ') >
               std::count(b.source().begin(), b.source().end(), ' ');
      });
      t->groups.push_back(std::move(cg));
    }
    for (const auto& term : def.terms) t->terms.emplace_back(term.weight, phrase_pattern(term.phrase, &t->groups));
    for (const auto& r : def.required_groups)
      for (std::size_t g = 0; g < t->groups.size(); ++g)
        if (t->groups[g].name == r) t->required.push_back(g);
    for (const auto& c : def.cues) t->cues.push_back({c, phrase_pattern(c.pattern, &t->groups)});
    topics_.push_back(std::move(t));
  }
  for (auto& t : topics_) {
    for (const std::size_t g : t->required) {
      t->required_ids.emplace_back();
      for (const auto& p : t->groups[g].phrases) t->required_ids.back().push_back(index_.add(p));
    }
    for (const auto& term : t->terms) t->term_ids.push_back(index_.add(term.second));
    for (const auto& c : t->cues) t->cue_index.add(c.pattern);
  }
}

const compiled_topic* topic_model::find(std::string_view slug) const {
  for (const auto& t : topics_)
    if (t->definition.slug == slug) return t.get();
  return nullptr;
}

std::vector<std::string> topic_model::tag(std::string_view text, const std::vector<word_token>& tokens) const {
  std::vector<char> found;
  index_.find_all(text, tokens, found);
  std::vector<std::string> out;
  for (const auto& t : topics_) {
    const bool groups_ok =
        std::all_of(t->required_ids.begin(), t->required_ids.end(), [&](const std::vector<std::size_t>& ids) {
          return std::any_of(ids.begin(), ids.end(), [&](std::size_t id) { return found[id] != 0; });
        });
    if (!groups_ok) continue;
    double score = 0;
    for (std::size_t k = 0; k < t->terms.size(); ++k) {
      if (score >= t->definition.threshold) break;
      if (found[t->term_ids[k]]) score += t->terms[k].first;
    }
    if (score >= t->definition.threshold && score > 0) out.push_back(t->definition.slug);
  }
  // a narrower topic replaces the broader one it names
  std::vector<std::string> narrowed;
  for (const auto& slug : out) {
    const bool replaced = std::any_of(out.begin(), out.end(), [&](const std::string& other) {
      const auto* o = find(other);
      return o &&
             std::find(o->definition.narrows.begin(), o->definition.narrows.end(), slug) != o->definition.narrows.end();
    });
    if (!replaced) narrowed.push_back(slug);
  }
  return narrowed;
}

}  // namespace onrecord
