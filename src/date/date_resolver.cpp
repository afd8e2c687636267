// Calendar arithmetic for statement dates; all of it on date::sys_days and date::year_month_day.
#include "date/date_resolver.h"

namespace onrecord {

using namespace date;

std::optional<sys_days> make_day(int y, unsigned m, unsigned d) {
  const year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::optional<sys_days> month_day_near(sys_days published, unsigned m, unsigned d, bool future) {
  const int y = static_cast<int>(year_month_day{published}.year());
  // February 29 may need to look several years away; four is enough for every real day
  if (future) {
    for (int k = 0; k <= 4; ++k)
      if (auto day = make_day(y + k, m, d); day && *day >= published) return day;
  } else {
    for (int k = 0; k <= 4; ++k)
      if (auto day = make_day(y - k, m, d); day && *day <= published) return day;
  }
  return std::nullopt;
}

sys_days weekday_near(sys_days published, weekday wd, weekday_relation rel, bool future) {
  const weekday pub_wd{published};
  const days back = pub_wd - wd;   // 0..6 days since the most recent such day
  const days ahead = wd - pub_wd;  // 0..6 days until the next one
  switch (rel) {
    case weekday_relation::strictly_before:
      return published - (back == days{0} ? days{7} : back);
    case weekday_relation::strictly_after:
      return published + (ahead == days{0} ? days{7} : ahead);
    case weekday_relation::plain:
      break;
  }
  if (future) return published + (ahead == days{0} ? days{7} : ahead);
  return published - back;
}

namespace {

resolved_range range_of(sys_days a, sys_days b, date_basis basis) {
  resolved_range r;
  r.earliest = a;
  r.latest = b;
  r.best = b;  // the best single day of a range is its latest: timelines never claim more than they know
  r.basis = basis;
  return r;
}

sys_days month_start(year_month ym) { return sys_days{ym / 1}; }
sys_days month_end(year_month ym) { return sys_days{ym / last}; }

}  // namespace

resolved_range period_range(sys_days published, period_unit unit, int offset) {
  const year_month_day ymd{published};
  switch (unit) {
    case period_unit::day:
      return range_of(published + days{offset}, published + days{offset}, date_basis::relative);
    case period_unit::week: {
      const sys_days monday = published - (weekday{published} - Monday) + weeks{offset};
      return range_of(monday, monday + days{6}, date_basis::relative);
    }
    case period_unit::month: {
      const year_month ym = ymd.year() / ymd.month() + months{offset};
      return range_of(month_start(ym), month_end(ym), date_basis::relative);
    }
    case period_unit::year: {
      const year y = ymd.year() + years{offset};
      return range_of(sys_days{y / January / 1}, sys_days{y / December / 31}, date_basis::relative);
    }
  }
  return {};
}

resolved_range period_to_date(sys_days published, period_unit unit) {
  resolved_range r = period_range(published, unit, 0);
  const sys_days start = *r.earliest;
  const sys_days end = published > start ? published - days{1} : published;
  return range_of(start, end, date_basis::relative);
}

resolved_range units_ago(sys_days published, period_unit unit, int n) {
  switch (unit) {
    case period_unit::day:
      return range_of(published - days{n}, published - days{n}, date_basis::relative);
    case period_unit::week: {
      const sys_days centre = published - weeks{n};
      resolved_range r = range_of(centre - days{3}, std::min(centre + days{3}, published), date_basis::relative);
      r.best = centre;
      return r;
    }
    case period_unit::month: {
      const year_month_day ymd{published};
      year_month_day back = ymd.year() / ymd.month() / ymd.day() - months{n};
      if (!back.ok()) back = back.year() / back.month() / last;
      const sys_days centre{back};
      resolved_range r = range_of(centre - days{15}, std::min(centre + days{15}, published), date_basis::relative);
      r.best = centre;
      return r;
    }
    case period_unit::year: {
      const year_month_day ymd{published};
      year_month_day back = ymd - years{n};
      if (!back.ok()) back = back.year() / back.month() / last;
      const sys_days centre{back};
      resolved_range r = range_of(centre - days{91}, std::min(centre + days{91}, published), date_basis::relative);
      r.best = centre;
      return r;
    }
  }
  return {};
}

resolved_range month_range(int y, unsigned m) {
  const year_month ym{year{y}, month{m}};
  return range_of(month_start(ym), month_end(ym), date_basis::explicit_date);
}

std::optional<resolved_range> year_range(int y, sys_days published) {
  const int published_year = static_cast<int>(year_month_day{published}.year());
  if (y > published_year) return std::nullopt;
  const sys_days first{year{y} / January / 1};
  return range_of(first, y == published_year ? published : sys_days{year{y} / December / 31},
                  date_basis::explicit_date);
}

std::optional<resolved_range> clamp_to_publication(resolved_range r, sys_days published) {
  if (r.earliest && *r.earliest > published) return std::nullopt;
  if (r.best && *r.best > published) {
    if (!r.earliest) return std::nullopt;  // a single day after publication: a plan, not a statement date
    r.best = published;
  }
  if (r.latest && *r.latest > published) r.latest = published;
  if (!r.latest) r.latest = published;
  if (!r.best) r.best = r.latest;
  return r;
}

}  // namespace onrecord
