// Lexicon files: compiled-in defaults plus user additions, read line by line with their origins.
#include "lexicon/lexicon_store.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lexicon/embedded_file.h"

namespace onrecord {

const embedded_file* find_embedded(std::span<const embedded_file> files, std::string_view name) {
  for (const auto& f : files)
    if (f.name == name) return &f;
  return nullptr;
}

lexicon_store::lexicon_store() : lexicon_store(std::vector<std::string>{}) {}

lexicon_store::lexicon_store(const std::vector<std::string>& user_folders) {
  for (const auto& f : embedded_lexicons())
    files_.push_back({std::string(f.name), "lexicons/" + std::string(f.name), std::string(f.content)});
  for (const auto& folder : user_folders) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      files_.push_back({entry.path().filename().string(), entry.path().string(), std::move(s).str()});
    }
  }
}

std::string lexicon_store::text(std::string_view name) const {
  std::string out;
  for (const auto& f : files_) {
    if (f.name != name) continue;
    out += f.content;
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
  return out;
}

std::vector<lexicon_line> lexicon_store::lines(std::string_view name) const {
  std::vector<lexicon_line> out;
  for (const auto& f : files_) {
    if (f.name != name) continue;
    std::string_view rest = f.content;
    std::size_t line_no = 0;
    while (!rest.empty()) {
      ++line_no;
      const std::size_t eol = rest.find('\n');
      std::string_view line = rest.substr(0, eol);
      rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
      if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
      if (!line.empty()) out.push_back({line, f.origin + ":" + std::to_string(line_no)});
    }
  }
  return out;
}

std::vector<std::string> lexicon_store::names() const {
  std::set<std::string> s;
  for (const auto& f : files_) s.insert(f.name);
  return {s.begin(), s.end()};
}

std::vector<std::string> lexicon_folders_from_environment() {
  std::vector<std::string> out;
  if (const char* v = std::getenv("ONRECORD_LEXICONS")) {
    std::string_view s = v;
    while (!s.empty()) {
      const auto colon = s.find(':');
      if (colon != 0) out.emplace_back(s.substr(0, colon));
      if (colon == std::string_view::npos) break;
      s.remove_prefix(colon + 1);
    }
  }
  return out;
}

}  // namespace onrecord
