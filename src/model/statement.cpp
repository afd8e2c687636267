// Names of the statement enums as they appear in JSON, the database and the command line.
#include "model/statement.h"

#include <array>
#include <utility>

namespace onrecord {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view s) {
  for (const auto& [value, name] : names)
    if (name == s) return value;
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E e) {
  for (const auto& [value, name] : names)
    if (value == e) return name;
  return "?";
}

constexpr std::array<std::pair<statement_kind, std::string_view>, 4> kind_names{{
    {statement_kind::direct, "direct"},
    {statement_kind::indirect, "indirect"},
    {statement_kind::mixed, "mixed"},
    {statement_kind::question, "question"},
}};
constexpr std::array<std::pair<actor_kind, std::string_view>, 3> actor_names{{
    {actor_kind::person, "person"},
    {actor_kind::organisation, "organisation"},
    {actor_kind::unknown, "unknown"},
}};
constexpr std::array<std::pair<stance_label, std::string_view>, 3> stance_names{{
    {stance_label::support, "support"},
    {stance_label::oppose, "oppose"},
    {stance_label::neutral, "neutral"},
}};
constexpr std::array<std::pair<date_basis, std::string_view>, 5> basis_names{{
    {date_basis::explicit_date, "explicit"},
    {date_basis::weekday, "weekday"},
    {date_basis::relative, "relative"},
    {date_basis::inherited, "inherited"},
    {date_basis::published, "published"},
}};

}  // namespace

std::string_view to_string(statement_kind k) { return name_of(kind_names, k); }
std::string_view to_string(actor_kind k) { return name_of(actor_names, k); }
std::string_view to_string(stance_label k) { return name_of(stance_names, k); }
std::string_view to_string(date_basis k) { return name_of(basis_names, k); }
std::optional<statement_kind> statement_kind_from(std::string_view s) { return lookup(kind_names, s); }
std::optional<actor_kind> actor_kind_from(std::string_view s) { return lookup(actor_names, s); }
std::optional<stance_label> stance_label_from(std::string_view s) { return lookup(stance_names, s); }
std::optional<date_basis> date_basis_from(std::string_view s) { return lookup(basis_names, s); }

}  // namespace onrecord
