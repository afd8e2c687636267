// Publication dates are the anchor of all later dating, so anything doubtful is refused, not guessed.
#include "read/publication_date.h"

#include <fmt/format.h>

#include <cctype>

#include "text/iso_day.h"

namespace onrecord {

parsed_publication_date parse_publication_date(std::string_view v, std::optional<date::sys_days> today) {
  parsed_publication_date out;
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  auto digits = [&](std::size_t from, std::size_t n) {
    int x = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (i >= v.size() || !std::isdigit(static_cast<unsigned char>(v[i]))) return -1;
      x = x * 10 + (v[i] - '0');
    }
    return x;
  };
  const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (v.size() < 10 || y < 0 || m < 0 || d < 0 || v[4] != '-' || v[7] != '-' ||
      (v.size() > 10 && v[10] != 'T' && v[10] != ' ')) {
    out.warning = fmt::format("publication date '{}' is not a date; use YYYY-MM-DD", v);
    return out;
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) {
    out.warning = fmt::format("publication date '{}' is not a real day", v.substr(0, 10));
    return out;
  }
  if (y < 1900) {
    out.warning = fmt::format("publication date '{}' is before 1900", v.substr(0, 10));
    return out;
  }
  const date::sys_days day{ymd};
  if (today && day > *today + date::days{1}) {  // a day of slack for time zones
    out.warning = fmt::format("publication date '{}' is in the future", v.substr(0, 10));
    return out;
  }
  out.day = day;
  return out;
}

std::string format_day(date::sys_days d) {
  if (char digits[10]; iso_day_digits(d, digits)) return std::string(digits, sizeof digits);
  const date::year_month_day ymd{d};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

}  // namespace onrecord

namespace onrecord {
date::sys_days today_utc() { return date::floor<date::days>(std::chrono::system_clock::now()); }
}  // namespace onrecord
