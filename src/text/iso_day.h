// The ten characters of a day as YYYY-MM-DD, without a formatting call: dates are written for every
// statement a command prints (fmt's "{:04d}-{:02d}-{:02d}" took an eighth of a 1,000-statement report).
#pragma once
#include <date/date.h>

namespace onrecord {

// Fills out[0..9] and returns true for valid days of years 0-9999; false (out untouched) otherwise,
// where callers fall back to formatting.
inline bool iso_day_digits(date::sys_days d, char (&out)[10]) {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999 || !ymd.ok()) return false;
  const auto m = static_cast<unsigned>(ymd.month()), dd = static_cast<unsigned>(ymd.day());
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + dd / 10);
  out[9] = static_cast<char>('0' + dd % 10);
  return true;
}

}  // namespace onrecord
