// Matching topic terms and stance cues against tokens: a bounded walk, no regular expressions.
#include "classify/phrase_pattern.h"

#include <sstream>
#include <stdexcept>

namespace onrecord {
namespace {

constexpr std::size_t max_gap = 4;

std::string_view without_possessive(std::string_view s) {
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s")) return s.substr(0, s.size() - 2);
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return s.substr(0, s.size() - 4);
  return s;
}

}  // namespace

phrase_pattern::phrase_pattern(std::string_view pattern, const std::vector<compiled_group>* groups)
    : source_(pattern), groups_(groups) {
  std::istringstream in{std::string(pattern)};
  std::string w;
  while (in >> w) {
    element el;
    if (w == "...") {
      el.k = element::kind::gap;
    } else if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      el.k = element::kind::group;
      el.text = w.substr(1, w.size() - 2);
      bool found = false;
      if (groups)
        for (std::size_t g = 0; g < groups->size(); ++g)
          if ((*groups)[g].name == el.text) el.group = g, found = true;
      if (!found)
        throw std::runtime_error("pattern '" + std::string(pattern) + "' names unknown group '" + el.text + "'");
    } else {
      if (w.size() > 1 && w.back() == '*') {
        el.k = element::kind::prefix;
        w.pop_back();
      }
      for (char c : w)
        if (c >= 'A' && c <= 'Z') el.exact_case = true;
      if (!el.exact_case)
        for (auto& c : w)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      el.text = w;
    }
    elements_.push_back(std::move(el));
  }
}

bool phrase_pattern::word_matches(std::string_view text, const word_token& t, const element& el) {
  if (t.kind == token_kind::punct) return false;
  std::string_view w;
  std::string folded;
  if (el.exact_case) {
    w = without_possessive(text.substr(t.span.begin, t.span.size()));
  } else {
    w = el.k == element::kind::prefix ? std::string_view(t.lower) : t.base();
    if (w != el.text && el.k == element::kind::word) w = t.lower;
  }
  if (el.k == element::kind::prefix) return w.substr(0, el.text.size()) == el.text;
  return w == el.text;
}

bool phrase_pattern::match_from(std::string_view text, const std::vector<word_token>& tokens, std::size_t e,
                                std::size_t i, std::size_t& end, std::vector<text_span>& spans) const {
  if (e == elements_.size()) {
    end = i;
    return true;
  }
  const element& el = elements_[e];
  const std::size_t mark = spans.size();
  switch (el.k) {
    case element::kind::word:
    case element::kind::prefix:
      if (i < tokens.size() && word_matches(text, tokens[i], el)) {
        spans.push_back(tokens[i].span);
        if (match_from(text, tokens, e + 1, i + 1, end, spans)) return true;
        spans.resize(mark);
      }
      return false;
    case element::kind::gap:
      // the shortest gap first; a gap never crosses a clause break
      for (std::size_t skip = 0; skip <= max_gap && i + skip <= tokens.size(); ++skip) {
        if (skip > 0 && is_clause_break(tokens[i + skip - 1])) break;
        if (match_from(text, tokens, e + 1, i + skip, end, spans)) return true;
        spans.resize(mark);
      }
      return false;
    case element::kind::group:
      for (const auto& p : (*groups_)[el.group].phrases) {
        std::size_t inner_end = 0;
        if (p.match_at(text, tokens, i, inner_end, spans)) {
          if (match_from(text, tokens, e + 1, inner_end, end, spans)) return true;
        }
        spans.resize(mark);
      }
      return false;
  }
  return false;
}

bool phrase_pattern::match_at(std::string_view text, const std::vector<word_token>& tokens, std::size_t i,
                              std::size_t& end, std::vector<text_span>& spans) const {
  if (elements_.empty() || i >= tokens.size()) return false;
  return match_from(text, tokens, 0, i, end, spans);
}

bool phrase_pattern::first_keys(std::vector<phrase_key>& out) const {
  if (elements_.empty()) return true;
  const element& el = elements_.front();
  switch (el.k) {
    case element::kind::word:
    case element::kind::prefix:
      out.push_back({el.k == element::kind::prefix, el.exact_case, el.text});
      return true;
    case element::kind::gap:
      return false;
    case element::kind::group:
      for (const auto& p : (*groups_)[el.group].phrases)
        if (!p.first_keys(out)) return false;
      return true;
  }
  return false;
}

bool phrase_pattern::found_in(std::string_view text, const std::vector<word_token>& tokens) const {
  std::vector<text_span> spans;
  std::size_t end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    spans.clear();
    if (match_at(text, tokens, i, end, spans)) return true;
  }
  return false;
}

}  // namespace onrecord
