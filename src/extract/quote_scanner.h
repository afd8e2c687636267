// Finds quotations (text between double quotation marks) paragraph by paragraph.
#pragma once
#include <string_view>
#include <vector>

#include "model/statement.h"
#include "text/segmenter.h"

namespace onrecord {

struct quotation {
  text_span marks;         // opening mark to after the closing mark (or to the paragraph end)
  text_span content;       // inside the marks, spaces trimmed
  bool closed = false;     // a closing mark was found in the paragraph
  bool continues = false;  // left open at the paragraph end and the next paragraph opens again
  bool continued = false;  // this paragraph goes on with the previous paragraph's open quotation
};

// Curly marks “ ” „ « » say which way they face; straight " and '' alternate within a paragraph.
// Single quotation marks are left alone: ’ is also the apostrophe and ‘…’ nests inside “…”.
// An opening mark left open at a paragraph end runs on when the next paragraph opens again
// (the newsroom convention for a quotation several paragraphs long); otherwise it is kept only
// when it holds several words, so a stray mark does not swallow its paragraph.
std::vector<quotation> scan_quotations(std::string_view text, const segmented_text& segments, std::size_t body_begin);

}  // namespace onrecord
