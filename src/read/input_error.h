// Why an input could not become an article, with the place it concerns (file, line, byte offset).
#pragma once
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace onrecord {

struct input_error {
  std::string file;
  std::size_t line = 0;                    // 1-based; 0 when the whole file is concerned
  std::optional<std::size_t> byte_offset;  // into the file (plain text) or the line (JSON Lines)
  std::string message;
  std::string describe() const;  // "file:line: byte N: message"
};

}  // namespace onrecord
