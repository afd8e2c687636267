// The hand-written JSON of json_line_writer.h; tests hold it to nlohmann's dump byte for byte.
#include "text/json_line_writer.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <iterator>
#include <nlohmann/json.hpp>

#include "text/iso_day.h"

namespace onrecord {

void json_line_writer::replace_invalid_utf8(std::string_view s, std::size_t mark) {
  buf_.resize(mark);
  buf_.append(nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  maybe_flush();
}

void json_line_writer::number(double v) {
  if (!std::isfinite(v)) return null();
  char tmp[64];
  const char* end = nlohmann::detail::to_chars(tmp, tmp + sizeof tmp, v);
  buf_.append(tmp, static_cast<std::size_t>(end - tmp));
}

void json_line_writer::day(date::sys_days d) {
  buf_.push_back('"');
  if (char digits[10]; iso_day_digits(d, digits)) {
    buf_.append(digits, sizeof digits);
  } else {  // format_day's form for years outside 0-9999
    const date::year_month_day ymd{d};
    fmt::format_to(std::back_inserter(buf_), "{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()),
                   static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  }
  buf_.push_back('"');
}

void json_line_writer::flush() {
  if (out_ && !buf_.empty()) {
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
}

}  // namespace onrecord
