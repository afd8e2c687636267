// Position and change detection over statements already in date order.
#include "query/position_analysis.h"

namespace onrecord {

std::string_view to_string(change_grade g) {
  switch (g) {
    case change_grade::no_flip:
      return "No Flip";
    case change_grade::half_flip:
      return "Half Flip";
    case change_grade::full_flop:
      return "Full Flop";
  }
  return "No Flip";
}

change_grade grade_change(std::string_view from, std::string_view to) {
  if (from == to) return change_grade::no_flip;
  if ((from == "support" && to == "oppose") || (from == "oppose" && to == "support")) return change_grade::full_flop;
  return change_grade::half_flip;
}

namespace {

bool evidenced(const topic_statement& s) { return s.date && !s.stance.empty() && !s.stance_evidence.empty(); }

topic_position analyse_one(std::vector<const topic_statement*> group) {
  topic_position p;
  p.actor_id = group.front()->actor_id;
  p.actor = group.front()->actor;
  p.topic = group.front()->topic;
  for (const char* s : {"support", "oppose", "neutral", "unsure"}) p.counts[s] = 0;
  std::vector<const topic_statement*> chain;
  for (const auto* s : group) {
    ++p.statements;
    ++p.counts[s->stance.empty() ? "unsure" : s->stance];
    if (evidenced(*s)) chain.push_back(s);
  }
  p.evidenced = static_cast<std::int64_t>(chain.size());
  const auto& ends = chain.empty() ? group : chain;
  p.first = *ends.front();
  p.last = *ends.back();
  if (p.evidenced < minimum_evidence) return p;
  p.sufficient = true;
  p.since = chain.front()->date;
  for (std::size_t i = 1; i < chain.size(); ++i) {
    const auto grade = grade_change(chain[i - 1]->stance, chain[i]->stance);
    if (grade == change_grade::no_flip) continue;
    p.changes.push_back({grade, *chain[i - 1], *chain[i]});
    if (grade > p.overall) p.overall = grade;
    p.since = chain[i]->date;
  }
  p.stance = chain.back()->stance;
  return p;
}

}  // namespace

std::vector<topic_position> analyse_positions(const std::vector<topic_statement>& statements) {
  std::vector<topic_position> out;
  std::vector<const topic_statement*> group;
  for (const auto& s : statements) {
    if (!group.empty() && (group.front()->actor_id != s.actor_id || group.front()->topic != s.topic)) {
      out.push_back(analyse_one(group));
      group.clear();
    }
    group.push_back(&s);
  }
  if (!group.empty()) out.push_back(analyse_one(group));
  return out;
}

}  // namespace onrecord
