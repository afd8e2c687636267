// libFuzzer target: the plain-text reader (date token, header lines, UTF-8 and NUL checks) on any bytes.
// Also feeds the same bytes through read_stream, which sniffs plain text from JSON Lines.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "read/article_reader.h"

namespace {
void check(const onrecord::article& a) {
  // the body starts inside the text, and the text is kept exactly as read
  if (a.body_begin > a.text.size()) __builtin_trap();
  if (a.id.empty() && a.file != "-") __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace onrecord;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  article_reader reader(reader_options{date::sys_days{date::year{2026} / 1 / 1}, nullptr}, check,
                        [](const input_error& e) { (void)e.describe(); });
  if (auto a = reader.parse_plain_text(bytes, "fuzz.txt")) {
    check(*a);
    if (a->text != bytes) __builtin_trap();
  }
  std::istringstream in(bytes);
  reader.read_stream(in, "-");
  return 0;
}
