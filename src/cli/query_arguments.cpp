// Shared argument handling for the query commands.
#include "cli/query_arguments.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "read/publication_date.h"
#include "store/record_store.h"

namespace onrecord {

std::optional<actor_row> resolve_actor_name(record_store& store, const std::string& name, const std::string& command) {
  const auto candidates = store.find_actors(name);
  if (candidates.empty()) {
    std::cerr << fmt::format("onrecord {}: no actor called '{}' in the record (see `onrecord actors list`)\n", command,
                             name);
    return std::nullopt;
  }
  // the actor of exactly that name wins over actors who merely have it as an alias (the rule
  // sql/timeline.sql applies too: the database's case-insensitive comparison decides both)
  for (const auto& c : candidates)
    if (c.exact) return c;
  if (candidates.size() == 1) return candidates[0];
  std::cerr << fmt::format("onrecord {}: '{}' names {} actors; use one of:\n", command, name, candidates.size());
  for (const auto& c : candidates)
    std::cerr << fmt::format("  {} ({}, {} statement{})\n", c.name, c.kind, c.statements, c.statements == 1 ? "" : "s");
  return std::nullopt;
}

std::vector<std::string> split_list(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::size_t pos = 0;
    while (pos <= v.size()) {
      const auto comma = std::min(v.find(',', pos), v.size());
      std::string item = v.substr(pos, comma - pos);
      while (!item.empty() && item.front() == ' ') item.erase(item.begin());
      while (!item.empty() && item.back() == ' ') item.pop_back();
      if (!item.empty()) out.push_back(item);
      pos = comma + 1;
    }
  }
  return out;
}

void require_each_of(const std::vector<std::string>& items, const std::vector<std::string>& allowed,
                     const std::string& option) {
  for (const auto& i : items)
    if (std::find(allowed.begin(), allowed.end(), i) == allowed.end()) {
      std::string choices;
      for (const auto& a : allowed) choices += (choices.empty() ? "" : ", ") + a;
      throw usage_error(fmt::format("--{} '{}' is not one of {}", option, i, choices));
    }
}

std::optional<date::sys_days> day_option(const std::string& value, const std::string& option) {
  if (value.empty()) return std::nullopt;
  const auto d = parse_publication_date(value).day;
  if (!d) throw usage_error(fmt::format("--{} '{}' is not a date; use YYYY-MM-DD", option, value));
  return d;
}

output_format format_option(const std::string& value) {
  if (value.empty()) return default_output_format();
  const auto f = output_format_from(value);
  if (!f) throw usage_error(fmt::format("unknown format '{}'; use table, json, csv or md", value));
  return *f;
}

}  // namespace onrecord
