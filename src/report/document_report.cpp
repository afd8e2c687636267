// Markdown and HTML reports; the HTML one carries the SVG timeline of report/timeline_chart.cpp.
#include "report/document_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "read/publication_date.h"
#include "report/output_format.h"
#include "report/position_report.h"
#include "report/timeline_chart.h"
#include "report/timeline_report.h"
#include "text/byte_scan.h"

namespace onrecord {

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  std::size_t run = 0;  // copied up to here; the bytes to escape are rare, so runs are copied whole
  for (std::size_t i = find_any_byte<'&', '<', '>', '"', '\''>(s, 0, s.size()); i < s.size();
       i = find_any_byte<'&', '<', '>', '"', '\''>(s, run, s.size())) {
    out.append(s.data() + run, i - run);
    switch (s[i]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += "&#39;";
    }
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
  return out;
}

std::string safe_link(std::string_view url) {
  if (!(url.starts_with("https://") || url.starts_with("http://"))) return "";
  for (char c : url)
    if (static_cast<unsigned char>(c) <= ' ') return "";
  return std::string(url);
}

namespace {

std::string day(const std::optional<date::sys_days>& d) { return d ? format_day(*d) : std::string(); }

// Markdown link text and URL escaping: brackets in the text, parentheses and spaces in the URL.
std::string md_link(const source_row& s) {
  std::string text = s.outlet.empty() ? s.article_id : s.outlet + ": " + (s.title.empty() ? s.article_id : s.title);
  std::string t;
  for (char c : md_cell(text)) {
    if (c == '[' || c == ']' || c == '*' || c == '_' || c == '`') t += '\\';
    t += c;
  }
  const std::string url = safe_link(s.url);
  if (url.empty()) return t;
  std::string u;
  for (char c : url) {
    if (c == '(')
      u += "%28";
    else if (c == ')')
      u += "%29";
    else if (c == '<' || c == '>')
      u += c == '<' ? "%3C" : "%3E";
    else
      u += c;
  }
  return fmt::format("[{}]({})", t, u);
}

const char* html_style = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
margin:2rem auto;max-width:1100px;padding:0 1rem;color:#24292f;background:#fff;line-height:1.45}
header{border-bottom:3px solid #24292f;margin-bottom:1.5rem}h1{margin:.2rem 0}.scope{color:#57606a;margin:.2rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;
text-align:left;vertical-align:top}th{background:#f6f8fa}.support{color:#1a7f37;font-weight:600}
.oppose{color:#cf222e;font-weight:600}.neutral{color:#57606a;font-weight:600}.insufficient{color:#57606a;font-style:italic}
svg.timeline{width:100%;height:auto;border:1px solid #d0d7de;background:#fcfcfd}svg .lane{font-size:13px;fill:#24292f}
svg .tick{font-size:11px;fill:#57606a}svg .count{font-size:10px;font-weight:700}svg .change-label{font-size:11px;fill:#9a6700;font-weight:700}
.legend span{display:inline-block;margin-right:1rem}.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;
border:1px solid #24292f;vertical-align:middle;margin-right:.3em}blockquote{margin:.2rem 0 .2rem 0;padding:.1rem .8rem;
border-left:4px solid #d0d7de}.change-pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.5rem 0 1.5rem}
.change-pair div{border:1px solid #d0d7de;padding:.5rem}.meta{color:#57606a;font-size:.9em}
li.statement{margin-bottom:.9rem;list-style:none}ol{padding-left:0}.note{color:#57606a}td.day,td.count{white-space:nowrap}
td.count{text-align:right})";

}  // namespace

void write_markdown_report(std::ostream& out, const report_document& doc) {
  out << "# " << md_cell(doc.title) << "\n\n";
  if (!doc.scope.empty()) out << md_cell(doc.scope) << "\n\n";
  out << "## Positions\n\n";
  if (doc.positions.empty())
    out << "No statement is tagged with a topic.\n";
  else
    write_positions(out, doc.positions, output_format::md);
  out << "\n## Statements\n\n";
  if (doc.entries.empty()) out << "No statements.\n";
  for (const auto& e : doc.entries) {
    out << fmt::format("- **{}** · {} · {}", display_date(e.statement), md_cell(e.actor), e.statement.kind);
    if (!e.statement.stances.empty()) out << " · " << md_cell(stances_text(e.statement.stances));
    out << "\n\n  > " << md_cell(shown_text(e.statement.text)) << "\n\n  Sources: ";
    for (std::size_t i = 0; i < e.statement.sources.size(); ++i)
      out << (i ? "; " : "") << md_link(e.statement.sources[i])
          << (e.statement.sources[i].published ? " (" + day(e.statement.sources[i].published) + ")" : "");
    out << "\n\n";
  }
}

void write_html_report(std::ostream& out, const report_document& doc) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:\">\n"
      << "<title>" << html_escape(doc.title) << " — onrecord report</title>\n<style>" << html_style
      << "</style>\n</head>\n<body>\n";
  out << "<header>\n<p class=\"meta\">onrecord report</p>\n<h1>" << html_escape(doc.title) << "</h1>\n";
  if (!doc.scope.empty()) out << "<p class=\"scope\">" << html_escape(doc.scope) << "</p>\n";
  out << fmt::format("<p class=\"meta\">{} statement{}, {} position{}</p>\n</header>\n", doc.entries.size(),
                     doc.entries.size() == 1 ? "" : "s", doc.positions.size(), doc.positions.size() == 1 ? "" : "s");

  out << "<section>\n<h2>Positions</h2>\n";
  if (doc.positions.empty()) {
    out << "<p class=\"note\">No statement is tagged with a topic.</p>\n";
  } else {
    out << "<table>\n<thead><tr><th>Actor</th><th>Topic</th><th>Position</th><th>Since</th><th>Changes</th>"
           "<th>Support</th><th>Oppose</th><th>Neutral</th><th>Unsure</th></tr></thead>\n<tbody>\n";
    for (const auto& p : doc.positions) {
      const std::string cls = p.sufficient ? p.stance : "insufficient";
      out << fmt::format(
          "<tr><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td class=\"day\">{}</td><td>{}</td>"
          "<td class=\"count\">{}</td><td class=\"count\">{}</td><td class=\"count\">{}</td><td "
          "class=\"count\">{}</td></tr>\n",
          html_escape(p.actor), html_escape(p.topic), html_escape(cls), html_escape(position_text(p)), day(p.since),
          html_escape(p.sufficient ? changes_text(p) : ""), p.counts.at("support"), p.counts.at("oppose"),
          p.counts.at("neutral"), p.counts.at("unsure"));
    }
    out << "</tbody>\n</table>\n";
    for (const auto& p : doc.positions)
      for (const auto& c : p.changes) {
        out << fmt::format("<h3>{}: {} — {} → {} ({})</h3>\n<div class=\"change-pair\">\n", html_escape(p.actor),
                           html_escape(p.topic), html_escape(c.before.stance), html_escape(c.after.stance),
                           html_escape(std::string(to_string(c.grade))));
        for (const auto* s : {&c.before, &c.after})
          out << fmt::format(
              "<div><p class=\"meta\">{} · <span class=\"{}\">{}</span></p><blockquote>{}</blockquote>"
              "</div>\n",
              html_escape(display_date(s->date, s->earliest, s->latest)), html_escape(s->stance),
              html_escape(s->stance), html_escape(shown_text(s->text)));
        out << "</div>\n";
      }
  }
  out << "</section>\n<section>\n<h2>Timeline</h2>\n<p class=\"legend\">"
         "<span><i class=\"dot\" style=\"background:#1a7f37\"></i>support</span>"
         "<span><i class=\"dot\" style=\"background:#cf222e\"></i>oppose</span>"
         "<span><i class=\"dot\" style=\"background:#8c959f\"></i>neutral</span>"
         "<span><i class=\"dot\" style=\"background:#fff\"></i>no stance</span>"
         "<span><i class=\"dot\" style=\"background:#fff;border:3px solid #bf8700\"></i>position change</span></p>\n";
  write_svg_timeline(out, doc);
  out << "</section>\n<section>\n<h2>Statements</h2>\n<ol>\n";
  for (const auto& e : doc.entries) {
    out << fmt::format("<li class=\"statement\"><p class=\"meta\"><strong>{}</strong> · {} · {}",
                       html_escape(display_date(e.statement)), html_escape(e.actor), html_escape(e.statement.kind));
    for (const auto& [topic, stance] : e.statement.stances)
      out << fmt::format(" · {}: <span class=\"{}\">{}</span>", html_escape(topic), html_escape(stance),
                         html_escape(stance.empty() ? "unsure" : stance));
    out << "</p>\n<blockquote>" << html_escape(shown_text(e.statement.text))
        << "</blockquote>\n<p class=\"meta\">Sources: ";
    for (std::size_t i = 0; i < e.statement.sources.size(); ++i) {
      const auto& s = e.statement.sources[i];
      const std::string label =
          s.outlet.empty() ? s.article_id : s.outlet + ": " + (s.title.empty() ? s.article_id : s.title);
      if (i) out << "; ";
      const std::string url = safe_link(s.url);
      if (url.empty())
        out << html_escape(label);
      else
        out << "<a href=\"" << html_escape(url) << "\" rel=\"noreferrer\">" << html_escape(label) << "</a>";
      if (s.published) out << " (" << day(s.published) << ")";
    }
    out << "</p></li>\n";
  }
  out << "</ol>\n</section>\n</body>\n</html>\n";
}

}  // namespace onrecord
