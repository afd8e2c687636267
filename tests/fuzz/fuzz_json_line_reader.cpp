// libFuzzer target: the JSON Lines reader on any bytes: one line through parse_json_line, and the
// whole input as a JSON Lines stream (broken lines, BOMs, CRLF, unknown fields, wrong types).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "read/article_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::size_t articles = 0;
  article_reader reader(
      reader_options{date::sys_days{date::year{2026} / 1 / 1}, nullptr},
      [&](article&& a) {
        ++articles;
        if (a.id.empty() || a.body_begin > a.text.size()) __builtin_trap();
      },
      [](const input_error& e) { (void)e.describe(); });
  if (auto a = reader.parse_json_line(bytes, "fuzz.jsonl", 1))
    if (a->id.empty() || a->body_begin > a->text.size()) __builtin_trap();
  std::istringstream in(bytes);
  reader.read_stream(in, "fuzz.jsonl");
  if (articles > size) __builtin_trap();  // never more articles than bytes
  return 0;
}
