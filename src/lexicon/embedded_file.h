// Files compiled into the binary at build time (migrations, queries, lexicons).
#pragma once
#include <span>
#include <string_view>

namespace onrecord {

struct embedded_file {
  std::string_view name;
  std::string_view content;
  std::string_view sha256;  // of content, lower-case hex (the checksum migrations are recorded with)
};

std::span<const embedded_file> embedded_migrations();
std::span<const embedded_file> embedded_queries();
std::span<const embedded_file> embedded_lexicons();

// The file of that base name, or nullptr.
const embedded_file* find_embedded(std::span<const embedded_file> files, std::string_view name);

}  // namespace onrecord
