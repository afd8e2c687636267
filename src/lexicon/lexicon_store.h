// Lexicons (cue verbs, titles, aliases, topics, stance cues) are data: defaults compiled in from
// lexicons/, extended by files of the same name in a user folder (--lexicons DIR or ONRECORD_LEXICONS).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace onrecord {

struct lexicon_line {
  std::string_view text;  // trimmed, comments (# …) removed; never empty
  std::string source;     // "lexicons/cues.txt:12" for error messages
};

class lexicon_store {
 public:
  // Only the compiled-in defaults.
  lexicon_store();
  // Defaults, then each user folder's file of the same name appended (a user extends, not replaces).
  explicit lexicon_store(const std::vector<std::string>& user_folders);

  // Whole text of a lexicon: the default followed by user additions.
  std::string text(std::string_view name) const;
  // Non-empty lines without comments, with where each came from.
  std::vector<lexicon_line> lines(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  struct file {
    std::string name;
    std::string origin;  // path shown in messages
    std::string content;
  };
  std::vector<file> files_;
};

// The folders named by ONRECORD_LEXICONS (colon-separated), if set.
std::vector<std::string> lexicon_folders_from_environment();

}  // namespace onrecord
