// Paragraph and sentence boundaries of an article text (byte spans), the frame every later stage uses.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/statement.h"

namespace onrecord {

struct paragraph {
  text_span span;
  std::size_t first_sentence = 0;  // index into segmented_text::sentences
  std::size_t sentence_count = 0;
};

struct sentence {
  text_span span;
  std::size_t paragraph = 0;  // index into segmented_text::paragraphs
};

struct segmented_text {
  std::vector<paragraph> paragraphs;
  std::vector<sentence> sentences;
  // index of the sentence holding byte `offset` (the last one starting at or before it)
  std::size_t sentence_at(std::size_t offset) const;
  std::size_t paragraph_at(std::size_t offset) const;
};

class sentence_rules;

// Paragraphs end at line breaks. Sentences end at . ! ? or an ellipsis followed by a capital (after
// closing quotes and brackets), except after titles (Mr.), initials (J.), decimals (3.5), and
// abbreviations (U.S., Inc., Jan.) unless the next word usually starts a sentence.
segmented_text segment_text(std::string_view text);
segmented_text segment_text(std::string_view text, const sentence_rules& rules);

}  // namespace onrecord
