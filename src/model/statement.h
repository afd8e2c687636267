// A statement: who said what (or asked it), where in the text, when, on which topics, with which stance.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

// Byte offsets into article::text, end exclusive. Converted to code points only at the output edge.
struct text_span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const text_span&, const text_span&) = default;
};

enum class statement_kind { direct, indirect, mixed, question };
enum class actor_kind { person, organisation, unknown };
enum class stance_label { support, oppose, neutral };
enum class date_basis { explicit_date, weekday, relative, inherited, published };

std::string_view to_string(statement_kind);
std::string_view to_string(actor_kind);
std::string_view to_string(stance_label);
std::string_view to_string(date_basis);
std::optional<statement_kind> statement_kind_from(std::string_view);
std::optional<actor_kind> actor_kind_from(std::string_view);
std::optional<stance_label> stance_label_from(std::string_view);
std::optional<date_basis> date_basis_from(std::string_view);

struct statement_date {
  std::optional<date::sys_days> best;
  std::optional<date::sys_days> earliest;
  std::optional<date::sys_days> latest;
  std::optional<date_basis> basis;
  std::optional<text_span> evidence;  // the time expression that decided it
};

struct stance_judgement {
  std::string topic;
  stance_label label = stance_label::neutral;
  std::vector<text_span> evidence;  // the cue words
  std::string rule;                 // which lexicon entry / rule fired
};

struct statement {
  text_span content;  // the words said (without the quotation marks of a direct quote)
  statement_kind kind = statement_kind::direct;

  std::optional<std::string> speaker;  // canonical actor name, or a description; nullopt = unknown
  actor_kind speaker_kind = actor_kind::unknown;
  std::optional<text_span> speaker_mention;  // the words that decided the speaker
  std::optional<text_span> cue;              // the cue verb or phrase
  std::string attribution_rule;              // which sieve decided the speaker

  statement_date date;
  std::vector<std::string> topics;
  std::vector<stance_judgement> stances;
  double confidence = 0.0;
  std::vector<std::string> warnings;  // doubts met on the way (a weekday contradicting its date, …)
};

}  // namespace onrecord
