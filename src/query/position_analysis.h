// Positions: from an actor's dated, evidenced statements on a topic, the current stance, since
// when, and every change graded the way trackers do (No Flip / Half Flip / Full Flop), each
// change carrying the two statements that show it.
#pragma once
#include <date/date.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/query_rows.h"

namespace onrecord {

enum class change_grade { no_flip, half_flip, full_flop };
std::string_view to_string(change_grade);  // "No Flip", "Half Flip", "Full Flop"

// support↔oppose is a Full Flop; support↔neutral and oppose↔neutral a Half Flip; equal: No Flip.
change_grade grade_change(std::string_view from, std::string_view to);

struct position_change {
  change_grade grade = change_grade::no_flip;
  topic_statement before;  // the last statement of the old stance
  topic_statement after;   // the first statement of the new one
};

struct topic_position {
  std::int64_t actor_id = 0;
  std::string actor;
  std::string topic;
  // false: fewer than two dated statements with a stance and its evidence ("insufficient evidence")
  bool sufficient = false;
  std::string stance;                          // current stance ("" when insufficient)
  std::optional<date::sys_days> since;         // first statement of the current stance after the last change
  std::map<std::string, std::int64_t> counts;  // support / oppose / neutral / unsure → statements
  std::int64_t statements = 0;                 // every statement tagged with the topic
  std::int64_t evidenced = 0;                  // dated, with a stance and its evidence
  std::optional<topic_statement> first, last;  // first and last evidenced (else tagged) statement
  std::vector<position_change> changes;
  change_grade overall = change_grade::no_flip;  // the largest change
};

// Minimum dated, evidenced statements a position needs.
inline constexpr std::int64_t minimum_evidence = 2;

// Groups statements (as topic_statements returns them: by actor, topic, then date) into one
// position per (actor, topic).
std::vector<topic_position> analyse_positions(const std::vector<topic_statement>& statements);

}  // namespace onrecord
