// iso_day_digits and format_day (which uses it) must write what "{:04d}-{:02d}-{:02d}" writes, for
// every day the fast path takes and the years around its edges that it leaves to fmt.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "read/publication_date.h"
#include "text/iso_day.h"

namespace onrecord {
namespace {

std::string formatted(date::sys_days d) {
  const date::year_month_day ymd{d};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

TEST(IsoDay, EveryDayOfFourCenturiesAsFmtWritesIt) {
  const date::sys_days first{date::year{1900} / 1 / 1}, last{date::year{2300} / 12 / 31};
  for (auto d = first; d <= last; d += date::days{1}) {
    char digits[10];
    ASSERT_TRUE(iso_day_digits(d, digits));
    ASSERT_EQ(std::string(digits, sizeof digits), formatted(d));
    ASSERT_EQ(format_day(d), formatted(d));
  }
}

TEST(IsoDay, YearsOutsideFourDigitsAreLeftToFmt) {
  for (const int y : {-1, 10000, 12345}) {
    const date::sys_days d{date::year{y} / 6 / 15};
    char digits[10];
    EXPECT_FALSE(iso_day_digits(d, digits)) << y;
    EXPECT_EQ(format_day(d), formatted(d)) << y;
  }
  for (const int y : {0, 9999}) {
    const date::sys_days d{date::year{y} / 12 / 31};
    char digits[10];
    EXPECT_TRUE(iso_day_digits(d, digits)) << y;
    EXPECT_EQ(format_day(d), formatted(d)) << y;
  }
}

}  // namespace
}  // namespace onrecord
