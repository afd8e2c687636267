// What the query commands share: resolving an actor name (through aliases, case-insensitively,
// listing the candidates when it is ambiguous), comma lists, dates and the output format.
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

#include "model/record_rows.h"
#include "report/output_format.h"

namespace onrecord {

class record_store;

// The actor NAME means, or nullopt after telling the user (on stderr, prefixed "onrecord COMMAND:")
// that there is none or that the name is ambiguous, with the candidates.
std::optional<actor_row> resolve_actor_name(record_store& store, const std::string& name, const std::string& command);

// "direct,indirect" → {"direct","indirect"} (repeatable options are joined first); empty items dropped.
std::vector<std::string> split_list(const std::vector<std::string>& values);
// Every item must be one of `allowed`; throws usage_error naming the bad one and the choices.
void require_each_of(const std::vector<std::string>& items, const std::vector<std::string>& allowed,
                     const std::string& option);

// "" → nullopt; else a YYYY-MM-DD day, or usage_error.
std::optional<date::sys_days> day_option(const std::string& value, const std::string& option);
// "" → the default (table on a terminal, json otherwise); else the named one, or usage_error.
output_format format_option(const std::string& value);

}  // namespace onrecord
