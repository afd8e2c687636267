// "1 article", "2 articles": counts in the messages people read.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace onrecord {

inline std::string counted(std::size_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

}  // namespace onrecord
