// Output formats shared by the query commands, and the text-cell rules they need.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace onrecord {

enum class output_format { table, json, csv, md };

std::optional<output_format> output_format_from(std::string_view s);
// table on a terminal, json otherwise, unless the user named one
output_format default_output_format();

// RFC 4180 cell; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it.
std::string csv_cell(std::string_view s);
// Markdown table cell: pipes and newlines escaped.
std::string md_cell(std::string_view s);
// Cut to at most `width` terminal columns (code points), ending in … when cut.
std::string fit_width(std::string_view s, std::size_t width);
// Columns of the terminal on stdout, or 100 when not a terminal.
std::size_t terminal_width();

}  // namespace onrecord
