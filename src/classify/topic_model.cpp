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
        return std::count(a.source().begin(), a.source().end(), ' ') > std::count(b.source().begin(), b.source().end(), ' ');
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
}

const compiled_topic* topic_model::find(std::string_view slug) const {
  for (const auto& t : topics_)
    if (t->definition.slug == slug) return t.get();
  return nullptr;
}

std::vector<std::string> topic_model::tag(std::string_view text, const std::vector<word_token>& tokens) const {
  std::vector<std::string> out;
  for (const auto& t : topics_) {
    const bool groups_ok = std::all_of(t->required.begin(), t->required.end(), [&](std::size_t g) {
      return std::any_of(t->groups[g].phrases.begin(), t->groups[g].phrases.end(),
                         [&](const phrase_pattern& p) { return p.found_in(text, tokens); });
    });
    if (!groups_ok) continue;
    double score = 0;
    for (const auto& [weight, pattern] : t->terms) {
      if (score >= t->definition.threshold) break;
      if (pattern.found_in(text, tokens)) score += weight;
    }
    if (score >= t->definition.threshold && score > 0) out.push_back(t->definition.slug);
  }
  // a narrower topic replaces the broader one it names
  std::vector<std::string> narrowed;
  for (const auto& slug : out) {
    const bool replaced = std::any_of(out.begin(), out.end(), [&](const std::string& other) {
      const auto* o = find(other);
      return o && std::find(o->definition.narrows.begin(), o->definition.narrows.end(), slug) != o->definition.narrows.end();
    });
    if (!replaced) narrowed.push_back(slug);
  }
  return narrowed;
}

}  // namespace onrecord
