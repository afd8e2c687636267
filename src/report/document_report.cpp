// Markdown and HTML reports, with an SVG timeline: one lane per topic, one mark per statement
// coloured by stance, position changes ringed and labelled, dates on the axis.
#include "report/document_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "read/publication_date.h"
#include "report/output_format.h"
#include "report/position_report.h"
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

std::string stance_colour(const std::string& stance) {
  if (stance == "support") return "#1a7f37";
  if (stance == "oppose") return "#cf222e";
  if (stance == "neutral") return "#8c959f";
  return "#ffffff";
}

// Statement ids where a position changed, with the grade, per topic.
std::map<std::pair<std::int64_t, std::string>, std::string> change_marks(const report_document& doc) {
  std::map<std::pair<std::int64_t, std::string>, std::string> out;
  for (const auto& p : doc.positions)
    for (const auto& c : p.changes) out[{c.after.statement_id, p.topic}] = std::string(to_string(c.grade));
  return out;
}

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

void write_svg_timeline(std::ostream& out, const report_document& doc) {
  // lanes: the positions' topics first, then any other topic, then statements without one
  std::vector<std::string> lanes;
  for (const auto& p : doc.positions)
    if (std::find(lanes.begin(), lanes.end(), p.topic) == lanes.end()) lanes.push_back(p.topic);
  bool untagged = false;
  std::optional<date::sys_days> lo, hi;
  for (const auto& e : doc.entries) {
    if (e.statement.stances.empty()) untagged = true;
    for (const auto& [topic, stance] : e.statement.stances)
      if (std::find(lanes.begin(), lanes.end(), topic) == lanes.end()) lanes.push_back(topic);
    if (e.statement.date) {
      if (!lo || *e.statement.date < *lo) lo = e.statement.date;
      if (!hi || *e.statement.date > *hi) hi = e.statement.date;
    }
  }
  if (untagged) lanes.push_back("");
  if (!lo || lanes.empty()) {
    out << "<p class=\"note\">No dated statements to chart.</p>\n";
    return;
  }
  const int left = 170, right = 60, top = 20, lane_h = 46, axis_h = 50, width = 1100;
  const int height = top + static_cast<int>(lanes.size()) * lane_h + axis_h;
  const int plot_w = width - left - right;
  date::sys_days from = *lo - date::days{1}, to = *hi + date::days{1};
  const double span = static_cast<double>((to - from).count());
  auto x_of = [&](date::sys_days d) { return left + plot_w * static_cast<double>((d - from).count()) / span; };
  out << fmt::format(
      "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-label=\"Timeline of statements by topic\">\n",
      width, height);
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const int y = top + static_cast<int>(i) * lane_h + lane_h / 2;
    out << fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#d0d7de\"/>\n", left, y, width - right,
                       y);
    out << fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"lane\">{}</text>\n", left - 10, y + 4,
                       html_escape(lanes[i].empty() ? "(no topic)" : lanes[i]));
  }
  // axis: up to seven evenly spaced dated ticks
  const int axis_y = top + static_cast<int>(lanes.size()) * lane_h + 8;
  out << fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#57606a\"/>\n", left, axis_y,
                     width - right, axis_y);
  const int ticks = std::min<int>(6, static_cast<int>(span));
  std::set<std::string> labelled;
  for (int k = 0; k <= ticks; ++k) {
    const date::sys_days d = from + date::days{static_cast<int>(span * k / std::max(ticks, 1))};
    const std::string label = format_day(d);
    if (!labelled.insert(label).second) continue;
    const double x = x_of(d);
    out << fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#57606a\"/>\n", x, axis_y, x,
                       axis_y + 5);
    out << fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" class=\"tick\">{}</text>\n", x, axis_y + 20,
                       label);
  }
  const auto changes = change_marks(doc);
  for (const auto& e : doc.entries) {
    if (!e.statement.date) continue;
    const double x = x_of(*e.statement.date);
    auto mark = [&](const std::string& lane, const std::string& stance) {
      const auto i = static_cast<int>(std::find(lanes.begin(), lanes.end(), lane) - lanes.begin());
      const int y = top + i * lane_h + lane_h / 2;
      const std::string tip = fmt::format("{} · {} · {}: “{}”", display_date(e.statement), e.actor,
                                          stance.empty() ? "unsure" : stance, shown_text(e.statement.text));
      out << fmt::format(
          "<circle cx=\"{:.1f}\" cy=\"{}\" r=\"7\" fill=\"{}\" stroke=\"#24292f\" "
          "stroke-width=\"1\" class=\"mark {}\"><title>{}</title></circle>\n",
          x, y, stance_colour(stance), stance.empty() ? "unsure" : stance, html_escape(tip));
      if (auto c = changes.find({e.statement.statement_id, lane}); c != changes.end()) {
        out << fmt::format(
            "<circle cx=\"{:.1f}\" cy=\"{}\" r=\"12\" fill=\"none\" stroke=\"#bf8700\" "
            "stroke-width=\"3\" class=\"change\"/>\n",
            x, y);
        out << fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" class=\"change-label\">{}</text>\n", x,
                           y - 15, html_escape(c->second));
      }
    };
    if (e.statement.stances.empty()) mark("", "");
    for (const auto& [topic, stance] : e.statement.stances) mark(topic, stance);
  }
  out << "</svg>\n";
}

const char* html_style = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
margin:2rem auto;max-width:1100px;padding:0 1rem;color:#24292f;background:#fff;line-height:1.45}
header{border-bottom:3px solid #24292f;margin-bottom:1.5rem}h1{margin:.2rem 0}.scope{color:#57606a;margin:.2rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;
text-align:left;vertical-align:top}th{background:#f6f8fa}.support{color:#1a7f37;font-weight:600}
.oppose{color:#cf222e;font-weight:600}.neutral{color:#57606a;font-weight:600}.insufficient{color:#57606a;font-style:italic}
svg.timeline{width:100%;height:auto;border:1px solid #d0d7de;background:#fcfcfd}svg .lane{font-size:13px;fill:#24292f}
svg .tick{font-size:11px;fill:#57606a}svg .change-label{font-size:11px;fill:#9a6700;font-weight:700}
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
