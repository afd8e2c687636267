// Parsing the publication date an input gives (header, `date` token, JSON field).
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace onrecord {

struct parsed_publication_date {
  std::optional<date::sys_days> day;
  std::string warning;  // set when the value was present but unusable
};

// Accepts YYYY-MM-DD, optionally followed by a time ("2025-11-09T08:00:00Z"). Refuses impossible
// days, years before 1900 and days after `today` (when given): those come back with a warning.
parsed_publication_date parse_publication_date(std::string_view value,
                                               std::optional<date::sys_days> today = std::nullopt);

std::string format_day(date::sys_days d);  // YYYY-MM-DD

}  // namespace onrecord

namespace onrecord {
// Today's date in UTC: used only to refuse publication dates in the future, never to date a statement.
date::sys_days today_utc();
}  // namespace onrecord
