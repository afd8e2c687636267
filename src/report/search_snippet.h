// The snippet shown beside a search hit. PostgreSQL's ts_headline returns fragments of a statement
// without saying whether the statement goes on before or after them; a reader must never take a
// fragment for the whole quote, so the cuts are marked with an ellipsis.
#pragma once

#include <string>

namespace onrecord {

// `snippet` is ts_headline's output for `text` (matched words between « and », fragments joined
// by " … "). Returns it with "… " in front when the statement begins earlier and " …" behind when
// it goes on after the last fragment.
std::string mark_snippet_cuts(const std::string& snippet, const std::string& text);

}  // namespace onrecord
