// Stance cues with negation scope and attribution awareness (see the header); scope words come
// from lexicons/stance_scope.txt.
#include "classify/stance_reader.h"

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <stdexcept>

namespace onrecord {
namespace {

constexpr std::size_t negation_window =
    6;  // words before a cue that a negator may stand in ("will not use its resources to help")
constexpr std::size_t verb_negation_window = 2;  // "refuse to help", "stop cooperating": the verb governs the cue

// "they'll" → "they", "he's" → "he"
std::string_view before_apostrophe(std::string_view w) {
  const auto a = w.find('\'');
  return a == std::string_view::npos ? w : w.substr(0, a);
}

bool ends_with_nt(std::string_view w) { return w.size() > 3 && w.substr(w.size() - 3) == "n't"; }

}  // namespace

stance_reader::stance_reader(const lexicon_store& lexicons) {
  for (const auto& line : lexicons.lines("stance_scope.txt")) {
    std::istringstream in{std::string(line.text)};
    std::string kind, rest, w;
    in >> kind;
    std::getline(in, rest);
    const auto b = rest.find_first_not_of(" \t");
    rest = b == std::string::npos ? std::string() : rest.substr(b);
    if (rest.empty()) throw std::runtime_error(line.source + ": expected KIND WORDS");
    if (kind == "negator" || kind == "negator-verb") {
      (kind == "negator" ? negators_ : negator_verbs_).emplace_back(rest);
      continue;
    }
    std::set<std::string, std::less<>>* target = kind == "negation-break"  ? &negation_breaks_
                                                 : kind == "clause-opener" ? &clause_openers_
                                                 : kind == "own-subject"   ? &own_
                                                 : kind == "third-party"   ? &third_
                                                 : kind == "reported"      ? &reported_
                                                 : kind == "reply"         ? &reply_
                                                 : kind == "continuation"  ? &continuation_
                                                                           : nullptr;
    if (!target) throw std::runtime_error(line.source + ": unknown kind '" + kind + "'");
    std::istringstream words{rest};
    while (words >> w) target->insert(w);
  }
}

std::optional<stance_judgement> stance_reader::read(std::string_view text, const std::vector<word_token>& t,
                                                    statement_kind kind, const compiled_topic& topic) const {
  if (kind == statement_kind::question) return std::nullopt;
  const bool quoted = kind == statement_kind::direct || kind == statement_kind::mixed;
  std::optional<stance_judgement> out;
  bool conflict = false;
  std::vector<text_span> spans;
  // the positions each cue can start at, from one walk over the tokens (ascending, maybe repeated)
  std::vector<std::vector<std::size_t>> starts(topic.cues.size());
  {
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < t.size(); ++i) {
      ids.clear();
      topic.cue_index.candidates_at(text, t[i], ids);
      for (const std::uint32_t id : ids)
        if (starts[id].empty() || starts[id].back() != i) starts[id].push_back(i);
    }
  }
  for (std::size_t c = 0; c < topic.cues.size(); ++c) {
    const compiled_cue& cue = topic.cues[c];
    std::size_t resume = 0;  // a match ends the cue's scan up to its last token
    for (const std::size_t i : starts[c]) {
      if (i < resume) continue;
      spans.clear();
      std::size_t end = 0;
      if (!cue.pattern.match_at(text, t, i, end, spans)) continue;

      // whose words: walk back to the clause start looking for the nearest subject or a report verb
      bool someone_else = false;
      for (std::size_t k = i; k-- > 0;) {
        if (is_clause_break(t[k]) || t[k].is("\u201C") || t[k].is("\"")) break;
        if (!t[k].is_word()) continue;
        const std::string_view w = before_apostrophe(t[k].lower);
        if (clause_openers_.count(t[k].lower)) break;
        if (reported_.count(t[k].lower)) {
          someone_else = !(k > 0 && own_.count(std::string(before_apostrophe(t[k - 1].lower))));
          break;
        }
        if (!quoted) continue;  // in reported speech "he" is usually the speaker himself
        if (own_.count(std::string(w))) break;
        if (third_.count(std::string(w))) {
          someone_else = true;
          break;
        }
      }
      if (someone_else) {
        resume = std::max(end, i + 1);
        continue;
      }

      // negation: an odd number of negators just before the cue, in its clause, flips it
      std::vector<text_span> negations;
      std::size_t words_seen = 0;
      for (std::size_t k = i; k-- > 0 && words_seen < negation_window;) {
        if (is_clause_break(t[k])) break;
        if (!t[k].is_word()) continue;
        ++words_seen;
        if (clause_openers_.count(t[k].lower) || negation_breaks_.count(t[k].lower)) break;
        bool negates = ends_with_nt(t[k].lower);
        std::size_t n_end = 0;
        std::vector<text_span> n_spans;
        for (const auto& n : negators_)
          if (!negates && n.match_at(text, t, k, n_end, n_spans) && n_end <= i) negates = true;
        if (words_seen <= verb_negation_window)
          for (const auto& n : negator_verbs_)
            if (!negates && n.match_at(text, t, k, n_end, n_spans) && n_end <= i) negates = true;
        if (negates) negations.push_back(t[k].span);
      }
      stance_label label = cue.cue.label;
      if (negations.size() % 2 == 1 && label != stance_label::neutral)
        label = label == stance_label::support ? stance_label::oppose : stance_label::support;

      std::string rule = cue.cue.origin + " " + std::string(to_string(cue.cue.label)) + " '" + cue.cue.pattern + "'";
      if (!negations.empty()) {
        rule += " negated by '";
        for (std::size_t n = negations.size(); n-- > 0;) {
          rule += std::string(text.substr(negations[n].begin, negations[n].size()));
          if (n) rule += ' ';
        }
        rule += "'";
      }
      if (!out) {
        out = stance_judgement{topic.definition.slug, label, {}, rule};
      } else if (out->label != label) {
        conflict = true;
      } else if (out->rule.find(rule) == std::string::npos) {
        out->rule += "; " + rule;
      }
      for (auto n = negations.rbegin(); n != negations.rend(); ++n) out->evidence.push_back(*n);
      out->evidence.insert(out->evidence.end(), spans.begin(), spans.end());
      resume = std::max(end, i + 1);
    }
  }
  if (conflict) return std::nullopt;  // cues pulling both ways: better no label than a wrong one
  if (out) {
    std::sort(out->evidence.begin(), out->evidence.end(),
              [](const text_span& a, const text_span& b) { return a.begin < b.begin; });
    out->evidence.erase(std::unique(out->evidence.begin(), out->evidence.end()), out->evidence.end());
  }
  return out;
}

}  // namespace onrecord
