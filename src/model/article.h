// An article as read from input: the exact text plus what the input said about it.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace onrecord {

struct article {
  std::string id;                           // JSON `id`, or the file's base name without extension
  std::string file;                         // path it was read from ("-" for stdin)
  std::size_t line = 0;                     // 1-based line in a JSON Lines file; 0 for a plain-text file
  std::string text;                         // UTF-8, exactly as read: offsets point into this
  std::size_t body_begin = 0;               // byte where the body starts, after a BOM, `date` token or header lines
  std::optional<date::sys_days> published;  // never guessed from the clock
  std::string url;
  std::string outlet;
  std::string title;
  std::vector<std::string> warnings;  // problems that did not stop the article (bad date, …)
};

}  // namespace onrecord
