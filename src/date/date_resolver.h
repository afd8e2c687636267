// The calendar rules that turn a recognised time expression into a day or a range, relative to the
// publication date. Pure functions over Howard Hinnant's date types: every rule is unit-tested here.
#pragma once
#include <date/date.h>

#include <optional>
#include <string>

#include "model/statement.h"

namespace onrecord {

enum class period_unit { day, week, month, year };
enum class weekday_relation { plain, strictly_before, strictly_after };

// A day or range with how it was found (statement_date without the evidence span).
struct resolved_range {
  std::optional<date::sys_days> best, earliest, latest;
  date_basis basis = date_basis::published;
  std::string warning;  // e.g. a weekday that contradicts its date
};

// Calendar day from year/month/day; nullopt for impossible days (February 30).
std::optional<date::sys_days> make_day(int y, unsigned m, unsigned d);

// "November 5" without a year: the most recent such day on or before publication (past), or the
// first on or after it (future). nullopt for a day that exists in no year near publication.
std::optional<date::sys_days> month_day_near(date::sys_days published, unsigned month, unsigned day, bool future);

// "on Wednesday": the most recent on or before publication (past) or the next one strictly after
// it (future); "last Wednesday": strictly before; "next Wednesday": strictly after.
date::sys_days weekday_near(date::sys_days published, date::weekday wd, weekday_relation rel, bool future);

// A calendar unit (weeks run Monday to Sunday) `offset` units from the one holding publication.
resolved_range period_range(date::sys_days published, period_unit unit, int offset);
// From the start of the unit holding publication to the day before publication ("earlier this month").
resolved_range period_to_date(date::sys_days published, period_unit unit);
// "N days ago" (one day), "N weeks/months/years ago" (a day with a tolerance around it).
resolved_range units_ago(date::sys_days published, period_unit unit, int n);
// The whole of a month of a given year ("in November 2025").
resolved_range month_range(int y, unsigned m);
// The whole year y ("in 2019"), up to publication in the year of publication; none for a later year
// (no saying is dated after publication).
std::optional<resolved_range> year_range(int y, date::sys_days published);

// Keeps a range inside publication: latest and best never after it; nullopt when it starts after it.
std::optional<resolved_range> clamp_to_publication(resolved_range r, date::sys_days published);

}  // namespace onrecord
