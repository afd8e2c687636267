// Each calendar rule of date_resolver on its own, including year boundaries and leap days.
#include "date/date_resolver.h"

#include <gtest/gtest.h>

#include "read/publication_date.h"

namespace onrecord {
namespace {

using namespace date;

sys_days d(const char* s) { return *parse_publication_date(s).day; }
std::string f(const std::optional<sys_days>& x) { return x ? format_day(*x) : "-"; }

TEST(DateResolver, MonthDayTakesTheYearOnOrBeforePublication) {
  EXPECT_EQ(f(month_day_near(d("2025-11-12"), 11, 5, false)), "2025-11-05");
  EXPECT_EQ(f(month_day_near(d("2025-11-12"), 11, 12, false)), "2025-11-12");
  EXPECT_EQ(f(month_day_near(d("2025-11-12"), 11, 13, false)), "2024-11-13");
  EXPECT_EQ(f(month_day_near(d("2026-01-03"), 12, 30, false)), "2025-12-30");
  EXPECT_EQ(f(month_day_near(d("2025-03-03"), 2, 29, false)), "2024-02-29");
  EXPECT_FALSE(month_day_near(d("2025-03-03"), 2, 30, false));
}

TEST(DateResolver, MonthDayInTheFutureTakesTheNextOne) {
  EXPECT_EQ(f(month_day_near(d("2025-11-12"), 12, 1, true)), "2025-12-01");
  EXPECT_EQ(f(month_day_near(d("2025-12-30"), 1, 2, true)), "2026-01-02");
}

TEST(DateResolver, WeekdayPastIsOnOrBeforePublication) {
  const sys_days wed = d("2025-11-12");
  EXPECT_EQ(f(weekday_near(wed, Wednesday, weekday_relation::plain, false)), "2025-11-12");
  EXPECT_EQ(f(weekday_near(wed, Tuesday, weekday_relation::plain, false)), "2025-11-11");
  EXPECT_EQ(f(weekday_near(wed, Thursday, weekday_relation::plain, false)), "2025-11-06");
  EXPECT_EQ(f(weekday_near(d("2026-01-03"), Wednesday, weekday_relation::plain, false)), "2025-12-31");
}

TEST(DateResolver, WeekdayFutureIsStrictlyAfterPublication) {
  const sys_days wed = d("2025-11-12");
  EXPECT_EQ(f(weekday_near(wed, Wednesday, weekday_relation::plain, true)), "2025-11-19");
  EXPECT_EQ(f(weekday_near(wed, Friday, weekday_relation::plain, true)), "2025-11-14");
}

TEST(DateResolver, LastAndNextWeekdayAreStrict) {
  const sys_days wed = d("2025-11-12");
  EXPECT_EQ(f(weekday_near(wed, Wednesday, weekday_relation::strictly_before, false)), "2025-11-05");
  EXPECT_EQ(f(weekday_near(wed, Monday, weekday_relation::strictly_before, false)), "2025-11-10");
  EXPECT_EQ(f(weekday_near(wed, Wednesday, weekday_relation::strictly_after, false)), "2025-11-19");
  EXPECT_EQ(f(weekday_near(wed, Tuesday, weekday_relation::strictly_after, false)), "2025-11-18");
}

TEST(DateResolver, PeriodsAreCalendarUnits) {
  auto w = period_range(d("2026-01-03"), period_unit::week, -1);
  EXPECT_EQ(f(w.earliest), "2025-12-22");
  EXPECT_EQ(f(w.latest), "2025-12-28");
  EXPECT_EQ(f(w.best), "2025-12-28");
  auto m = period_range(d("2026-01-03"), period_unit::month, -1);
  EXPECT_EQ(f(m.earliest), "2025-12-01");
  EXPECT_EQ(f(m.latest), "2025-12-31");
  auto feb = period_range(d("2024-03-10"), period_unit::month, -1);
  EXPECT_EQ(f(feb.latest), "2024-02-29");
  auto y = period_range(d("2025-11-12"), period_unit::year, -1);
  EXPECT_EQ(f(y.earliest), "2024-01-01");
  EXPECT_EQ(f(y.latest), "2024-12-31");
}

TEST(DateResolver, PeriodToDateEndsTheDayBeforePublication) {
  auto r = period_to_date(d("2025-11-12"), period_unit::month);
  EXPECT_EQ(f(r.earliest), "2025-11-01");
  EXPECT_EQ(f(r.latest), "2025-11-11");
  auto first = period_to_date(d("2025-11-01"), period_unit::month);
  EXPECT_EQ(f(first.earliest), "2025-11-01");
  EXPECT_EQ(f(first.latest), "2025-11-01");
}

TEST(DateResolver, UnitsAgo) {
  EXPECT_EQ(f(units_ago(d("2025-11-12"), period_unit::day, 3).best), "2025-11-09");
  auto w = units_ago(d("2025-11-12"), period_unit::week, 2);
  EXPECT_EQ(f(w.best), "2025-10-29");
  EXPECT_EQ(f(w.earliest), "2025-10-26");
  EXPECT_EQ(f(w.latest), "2025-11-01");
  auto m = units_ago(d("2025-03-31"), period_unit::month, 1);
  EXPECT_EQ(f(m.best), "2025-02-28");
  EXPECT_LE(*m.latest, d("2025-03-31"));
}

TEST(DateResolver, ClampKeepsEverythingOnOrBeforePublication) {
  const sys_days pub = d("2025-11-12");
  resolved_range future_day;
  future_day.best = future_day.earliest = future_day.latest = d("2025-11-14");
  EXPECT_FALSE(clamp_to_publication(future_day, pub));
  auto this_week = clamp_to_publication(period_range(pub, period_unit::week, 0), pub);
  ASSERT_TRUE(this_week);
  EXPECT_EQ(f(this_week->earliest), "2025-11-10");
  EXPECT_EQ(f(this_week->latest), "2025-11-12");
  EXPECT_EQ(f(this_week->best), "2025-11-12");
}

TEST(DateResolver, ImpossibleDaysAreRefused) {
  EXPECT_FALSE(make_day(2025, 2, 29));
  EXPECT_TRUE(make_day(2024, 2, 29));
  EXPECT_FALSE(make_day(2025, 4, 31));
}

}  // namespace
}  // namespace onrecord
