// Reading and writing the topic file format documented in topic_lexicon.h.
#include "classify/topic_lexicon.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace onrecord {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// first word and the rest, trimmed
std::pair<std::string_view, std::string_view> split_first(std::string_view s) {
  s = trim(s);
  const std::size_t sp = s.find_first_of(" \t");
  if (sp == std::string_view::npos) return {s, {}};
  return {s.substr(0, sp), trim(s.substr(sp + 1))};
}

bool valid_slug(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string format_number(double v) {
  std::ostringstream o;
  o << v;
  return o.str();
}

}  // namespace

std::vector<topic_definition> parse_topic_file(std::string_view text, std::string_view origin) {
  std::vector<topic_definition> topics;
  topic_definition* current = nullptr;
  std::size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    const std::string where = std::string(origin) + ":" + std::to_string(line_no);
    auto fail = [&](const std::string& what) { throw topic_file_error(where + ": " + what); };
    const auto [key, value] = split_first(line);
    if (key == "topic") {
      if (!valid_slug(value))
        fail("expected `topic SLUG` with a slug of lower-case letters, digits and '-', got '" + std::string(value) +
             "'");
      auto it = std::find_if(topics.begin(), topics.end(),
                             [&, value = value](const topic_definition& t) { return t.slug == value; });
      if (it == topics.end()) {
        topics.push_back({});
        topics.back().slug = std::string(value);
        topics.back().origin = where;
        current = &topics.back();
      } else {
        current = &*it;
      }
      continue;
    }
    if (!current) fail("`" + std::string(key) + "` before any `topic SLUG` line");
    if (value.empty()) fail("`" + std::string(key) + "` needs a value");
    if (key == "name") {
      current->name = std::string(value);
    } else if (key == "description") {
      current->description = std::string(value);
    } else if (key == "support") {
      current->support_means = std::string(value);
    } else if (key == "oppose") {
      current->oppose_means = std::string(value);
    } else if (key == "threshold" || key == "term") {
      const auto [num, rest] = split_first(value);
      double v = 0;
      const auto res = std::from_chars(num.data(), num.data() + num.size(), v);
      if (res.ec != std::errc{} || res.ptr != num.data() + num.size() || v < 0)
        fail("expected a non-negative number, got '" + std::string(num) + "' (e.g. `term 2 immigration agents`)");
      if (key == "threshold") {
        if (!rest.empty()) fail("`threshold` takes one number");
        current->threshold = v;
      } else {
        if (rest.empty()) fail("expected `term WEIGHT PHRASE`");
        current->terms.push_back({v, std::string(rest)});
      }
    } else if (key == "group") {
      const auto [name, rest] = split_first(value);
      if (rest.empty()) fail("expected `group NAME PHRASE | PHRASE …`");
      auto it = std::find_if(current->groups.begin(), current->groups.end(),
                             [&, name = name](const topic_group& g) { return g.name == name; });
      if (it == current->groups.end()) {
        current->groups.push_back({std::string(name), {}});
        it = current->groups.end() - 1;
      }
      std::string_view r = rest;
      while (true) {
        const std::size_t bar = r.find('|');
        const std::string_view p = trim(r.substr(0, bar));
        if (p.empty()) fail("empty phrase in group '" + std::string(name) + "'");
        it->phrases.emplace_back(p);
        if (bar == std::string_view::npos) break;
        r = r.substr(bar + 1);
      }
    } else if (key == "require" || key == "narrows") {
      std::istringstream in{std::string(value)};
      std::string w;
      while (in >> w) (key == "require" ? current->required_groups : current->narrows).push_back(w);
    } else if (key == "cue") {
      const auto [label, pattern] = split_first(value);
      const auto l = stance_label_from(label);
      if (!l || pattern.empty())
        fail("expected `cue support|oppose|neutral PATTERN`, got '" + std::string(value) + "'");
      current->cues.push_back({*l, std::string(pattern), where});
    } else {
      fail("unknown directive '" + std::string(key) +
           "' (expected topic, name, description, support, oppose, threshold, term, group, require, narrows or cue)");
    }
  }
  // references must point at groups of the same topic
  for (const auto& t : topics) {
    auto has_group = [&](std::string_view n) {
      return std::any_of(t.groups.begin(), t.groups.end(), [&](const topic_group& g) { return g.name == n; });
    };
    for (const auto& r : t.required_groups)
      if (!has_group(r))
        throw topic_file_error(t.origin + ": topic '" + t.slug + "' requires unknown group '" + r + "'");
    for (const auto& c : t.cues) {
      std::string_view p = c.pattern;
      while (true) {
        const auto open = p.find('{');
        if (open == std::string_view::npos) break;
        const auto close = p.find('}', open);
        if (close == std::string_view::npos) throw topic_file_error(c.origin + ": unclosed '{' in cue pattern");
        if (!has_group(p.substr(open + 1, close - open - 1)))
          throw topic_file_error(c.origin + ": cue names unknown group '" +
                                 std::string(p.substr(open + 1, close - open - 1)) + "'");
        p = p.substr(close + 1);
      }
    }
  }
  return topics;
}

std::string format_topic_file(const std::vector<topic_definition>& topics) {
  std::ostringstream o;
  bool first = true;
  for (const auto& t : topics) {
    if (!first) o << '\n';
    first = false;
    o << "topic " << t.slug << '\n';
    if (!t.name.empty()) o << "name " << t.name << '\n';
    if (!t.description.empty()) o << "description " << t.description << '\n';
    if (!t.support_means.empty()) o << "support " << t.support_means << '\n';
    if (!t.oppose_means.empty()) o << "oppose " << t.oppose_means << '\n';
    o << "threshold " << format_number(t.threshold) << '\n';
    for (const auto& term : t.terms) o << "term " << format_number(term.weight) << ' ' << term.phrase << '\n';
    for (const auto& g : t.groups) {
      o << "group " << g.name << ' ';
      for (std::size_t i = 0; i < g.phrases.size(); ++i) o << (i ? " | " : "") << g.phrases[i];
      o << '\n';
    }
    if (!t.required_groups.empty()) {
      o << "require";
      for (const auto& r : t.required_groups) o << ' ' << r;
      o << '\n';
    }
    if (!t.narrows.empty()) {
      o << "narrows";
      for (const auto& n : t.narrows) o << ' ' << n;
      o << '\n';
    }
    for (const auto& c : t.cues) o << "cue " << to_string(c.label) << ' ' << c.pattern << '\n';
  }
  return o.str();
}

}  // namespace onrecord
