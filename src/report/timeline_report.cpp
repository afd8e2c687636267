// Timeline output. JSON field names are documented in the README and kept stable.
#include "report/timeline_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "read/publication_date.h"

namespace onrecord {
namespace {

std::string stances_text(const timeline_row& r) {
  std::string out;
  for (const auto& [topic, stance] : r.stances) {
    if (!out.empty()) out += ", ";
    out += topic;
    if (!stance.empty()) out += ":" + stance;
  }
  return out;
}

std::string sources_text(const timeline_row& r) {
  std::string out;
  for (const auto& s : r.sources) {
    if (!out.empty()) out += "; ";
    out += s.outlet.empty() ? s.article_id : s.outlet + " " + s.article_id;
  }
  return out;
}

nlohmann::ordered_json day_json(const std::optional<date::sys_days>& d) {
  return d ? nlohmann::ordered_json(format_day(*d)) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::string display_date(const timeline_row& r) {
  if (!r.date) return "undated";
  if (r.earliest && r.latest && *r.earliest == *r.latest) return format_day(*r.date);
  // fmt rather than operator+: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string
  if (!r.earliest && r.latest) return fmt::format("≤{}", format_day(*r.latest));
  if (r.earliest && r.latest) return fmt::format("{}…{}", format_day(*r.earliest), format_day(*r.latest));
  return fmt::format("~{}", format_day(*r.date));
}

void write_timeline(std::ostream& out, const std::vector<timeline_row>& rows, output_format format, std::size_t width) {
  switch (format) {
    case output_format::json: {
      for (const auto& r : rows) {
        nlohmann::ordered_json j;
        j["statement_id"] = r.statement_id;
        j["date"] = day_json(r.date);
        j["date_earliest"] = day_json(r.earliest);
        j["date_latest"] = day_json(r.latest);
        j["date_basis"] = r.date_basis.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.date_basis);
        j["kind"] = r.kind;
        j["speaker"] = r.speaker;
        j["text"] = r.text;
        j["topics"] = nlohmann::ordered_json::array();
        j["stance"] = nlohmann::ordered_json::object();
        for (const auto& [topic, stance] : r.stances) {
          j["topics"].push_back(topic);
          if (!stance.empty()) j["stance"][topic] = stance;
        }
        nlohmann::ordered_json sources = nlohmann::ordered_json::array();
        for (const auto& s : r.sources)
          sources.push_back({{"article", s.article_id},
                             {"url", s.url},
                             {"outlet", s.outlet},
                             {"title", s.title},
                             {"published", day_json(s.published)}});
        j["sources"] = sources;
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
      return;
    }
    case output_format::csv: {
      out << "statement_id,date,date_earliest,date_latest,date_basis,kind,speaker,text,topics,sources\r\n";
      for (const auto& r : rows) {
        out << r.statement_id << ',' << (r.date ? format_day(*r.date) : "") << ','
            << (r.earliest ? format_day(*r.earliest) : "") << ',' << (r.latest ? format_day(*r.latest) : "") << ','
            << csv_cell(r.date_basis) << ',' << csv_cell(r.kind) << ',' << csv_cell(r.speaker) << ','
            << csv_cell(r.text) << ',' << csv_cell(stances_text(r)) << ',' << csv_cell(sources_text(r)) << "\r\n";
      }
      return;
    }
    case output_format::md: {
      out << "| date | kind | topics | statement | source |\n|---|---|---|---|---|\n";
      for (const auto& r : rows)
        out << "| " << md_cell(display_date(r)) << " | " << r.kind << " | " << md_cell(stances_text(r)) << " | "
            << md_cell(r.text) << " | " << md_cell(sources_text(r)) << " |\n";
      return;
    }
    case output_format::table: {
      // date, kind, topics fixed; the statement takes what the terminal leaves
      const std::size_t fixed = 23 + 1 + 9 + 1 + 26 + 1;
      const std::size_t text_width = width > fixed + 20 ? width - fixed : 20;
      out << fmt::format("{:<23} {:<9} {:<26} {}\n", "DATE", "KIND", "TOPICS", "STATEMENT");
      for (const auto& r : rows) {
        out << fmt::format("{:<23} {:<9} {:<26} {}\n", fit_width(display_date(r), 23), r.kind,
                           fit_width(stances_text(r), 26), fit_width(fmt::format("“{}”", r.text), text_width));
      }
      out << fmt::format("{} statement{}\n", rows.size(), rows.size() == 1 ? "" : "s");
      return;
    }
  }
}

}  // namespace onrecord
