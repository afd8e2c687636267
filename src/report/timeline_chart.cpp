// The report's SVG timeline, a lane per topic of an actor or per actor on a topic. Statements of one lane, day and
// stance share one mark, with their count written in it: an actor quoted three times on one day showed one dot, and a
// 1,000-statement record drew 1,000 circles over each other. Marks of different stances on the same day stand side by
// side. The label column is as wide as the longest lane name needs, so that a long topic slug is not cut off at the
// chart's left edge.
#include "report/timeline_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "read/publication_date.h"
#include "report/output_format.h"
#include "report/table_writer.h"
#include "report/timeline_report.h"

namespace onrecord {
namespace {

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

// Lane labels are 13 px system-ui text: about 7.5 px a character is enough for lower-case slugs
// and most names, and the column stays between these bounds.
constexpr double label_px_per_char = 7.5;
constexpr int min_label_column = 110, max_label_column = 320;
// the most code points a label shows before it is clipped with an ellipsis (fit_width's width
// counts the ellipsis too, hence longest_label + 1 below)
constexpr std::size_t longest_label = static_cast<std::size_t>((max_label_column - 24) / label_px_per_char);

// Statements drawn as one mark: same lane, same day, same stance.
struct mark_group {
  int lane = 0;
  date::sys_days day;
  std::string stance;
  std::vector<const report_entry*> entries;
  std::optional<std::string> change;  // the grade, when a position changed at one of them
};

// Where one statement is drawn: its lane, the topic its stance is on, and that stance.
struct placement {
  std::string lane, topic, stance;
};

// An actor's report has a lane per topic (and one for statements without a topic); a topic's report a
// lane per actor, each statement drawn with its stance on that topic.
std::vector<placement> placements_of(const report_document& doc, const report_entry& e) {
  std::vector<placement> out;
  if (doc.subject == report_subject::topic) {
    const std::string lane = e.actor.empty() ? "(unknown speaker)" : e.actor;
    if (e.statement.stances.empty()) out.push_back({lane, "", ""});
    for (const auto& [topic, stance] : e.statement.stances) out.push_back({lane, topic, stance});
    return out;
  }
  if (e.statement.stances.empty()) out.push_back({"(no topic)", "", ""});
  for (const auto& [topic, stance] : e.statement.stances) out.push_back({topic, topic, stance});
  return out;
}

}  // namespace

void write_svg_timeline(std::ostream& out, const report_document& doc) {
  // lanes: the positions' topics (or actors) first, then any other, then statements without a topic
  std::vector<std::string> lanes;
  auto lane_of = [&](const std::string& name) {
    return static_cast<int>(std::find(lanes.begin(), lanes.end(), name) - lanes.begin());
  };
  auto add_lane = [&](const std::string& name) {
    if (std::find(lanes.begin(), lanes.end(), name) == lanes.end()) lanes.push_back(name);
  };
  for (const auto& p : doc.positions)
    add_lane(doc.subject == report_subject::topic ? (p.actor.empty() ? "(unknown speaker)" : p.actor) : p.topic);
  bool untagged = false;
  std::optional<date::sys_days> lo, hi;
  for (const auto& e : doc.entries) {
    for (const auto& at : placements_of(doc, e)) {
      if (doc.subject == report_subject::actor && at.topic.empty())
        untagged = true;  // its lane comes last
      else
        add_lane(at.lane);
    }
    if (e.statement.date) {
      if (!lo || *e.statement.date < *lo) lo = e.statement.date;
      if (!hi || *e.statement.date > *hi) hi = e.statement.date;
    }
  }
  if (untagged) lanes.push_back("(no topic)");
  if (!lo || lanes.empty()) {
    out << "<p class=\"note\">No dated statements to chart.</p>\n";
    return;
  }

  // one group per lane, day and stance, in the order the statements come (date order)
  const auto changes = change_marks(doc);
  std::vector<mark_group> groups;
  std::map<std::tuple<int, date::sys_days, std::string>, std::size_t> group_of;
  for (const auto& e : doc.entries) {
    if (!e.statement.date) continue;
    for (const auto& at : placements_of(doc, e)) {
      const int lane = lane_of(at.lane);
      auto [it, fresh] = group_of.try_emplace({lane, *e.statement.date, at.stance}, groups.size());
      if (fresh) groups.push_back(mark_group{lane, *e.statement.date, at.stance, {}, {}});
      mark_group& g = groups[it->second];
      g.entries.push_back(&e);
      if (auto c = changes.find({e.statement.statement_id, at.topic}); c != changes.end()) g.change = c->second;
    }
  }
  // the groups sharing a lane and a day, to set them side by side
  std::map<std::pair<int, date::sys_days>, std::vector<std::size_t>> same_day;
  for (std::size_t i = 0; i < groups.size(); ++i) same_day[{groups[i].lane, groups[i].day}].push_back(i);

  std::size_t widest = 0;
  for (const auto& l : lanes) widest = std::max(widest, display_width(l));
  const int left = std::clamp(static_cast<int>(24 + label_px_per_char * static_cast<double>(widest)), min_label_column,
                              max_label_column);
  const int right = 60, top = 24, lane_h = 46, axis_h = 50, width = 1100;
  const int height = top + static_cast<int>(lanes.size()) * lane_h + axis_h;
  const int plot_w = width - left - right;
  const date::sys_days from = *lo - date::days{1}, to = *hi + date::days{1};
  const double span = static_cast<double>((to - from).count());
  auto x_of = [&](date::sys_days d) { return left + plot_w * static_cast<double>((d - from).count()) / span; };
  auto y_of = [&](int lane) { return top + lane * lane_h + lane_h / 2; };

  out << fmt::format(
      "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-label=\"Timeline of statements by {}\">\n",
      width, height, doc.subject == report_subject::topic ? "actor" : "topic");
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const int y = y_of(static_cast<int>(i));
    const std::string& name = lanes[i];
    out << fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#d0d7de\"/>\n", left, y, width - right,
                       y);
    out << fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"lane\"><title>{}</title>{}</text>\n",
                       left - 10, y + 4, html_escape(name), html_escape(fit_width(name, longest_label + 1)));
  }
  // axis: up to seven evenly spaced dated ticks
  const int axis_y = top + static_cast<int>(lanes.size()) * lane_h + 8;
  out << fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#57606a\"/>\n", left, axis_y,
                     width - right, axis_y);
  const int ticks = std::min<int>(6, static_cast<int>(span));
  std::vector<std::string> labelled;
  for (int k = 0; k <= ticks; ++k) {
    const date::sys_days d = from + date::days{static_cast<int>(span * k / std::max(ticks, 1))};
    const std::string label = format_day(d);
    if (std::find(labelled.begin(), labelled.end(), label) != labelled.end()) continue;
    labelled.push_back(label);
    const double x = x_of(d);
    out << fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#57606a\"/>\n", x, axis_y, x,
                       axis_y + 5);
    out << fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" class=\"tick\">{}</text>\n", x, axis_y + 20,
                       label);
  }

  for (const auto& [where, members] : same_day) {
    const double centre = x_of(where.second);
    const int y = y_of(where.first);
    for (std::size_t k = 0; k < members.size(); ++k) {
      const mark_group& g = groups[members[k]];
      // side by side, 17 px apart (a mark is 14 px across), centred on the day
      const double x = centre + 17.0 * (static_cast<double>(k) - static_cast<double>(members.size() - 1) / 2);
      const std::size_t n = g.entries.size();
      const std::string stance = g.stance.empty() ? "unsure" : g.stance;
      std::string tip = n == 1 ? fmt::format("{} · {} · {}: “{}”", display_date(g.entries[0]->statement),
                                             g.entries[0]->actor, stance, shown_text(g.entries[0]->statement.text))
                               : fmt::format("{} · {} statements · {}", format_day(g.day), n, stance);
      for (std::size_t i = 0; n > 1 && i < std::min<std::size_t>(n, 5); ++i)
        tip += fmt::format("\n{}: “{}”", g.entries[i]->actor, shown_text(g.entries[i]->statement.text));
      if (n > 5) tip += fmt::format("\n… and {} more", n - 5);
      out << fmt::format(
          "<circle cx=\"{:.1f}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"#24292f\" "
          "stroke-width=\"1\" class=\"mark {}\"><title>{}</title></circle>\n",
          x, y, n > 1 ? 9 : 7, stance_colour(g.stance), stance, html_escape(tip));
      if (n > 1)  // the count, dark on the white of "no stance", white on a colour
        out << fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" class=\"count\" fill=\"{}\">{}</text>\n",
                           x, y + 4, g.stance.empty() ? "#24292f" : "#ffffff",
                           n > 99 ? std::string("99+") : std::to_string(n));
      if (g.change) {
        out << fmt::format(
            "<circle cx=\"{:.1f}\" cy=\"{}\" r=\"13\" fill=\"none\" stroke=\"#bf8700\" "
            "stroke-width=\"3\" class=\"change\"/>\n",
            x, y);
        out << fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" class=\"change-label\">{}</text>\n", x,
                           y - 16, html_escape(*g.change));
      }
    }
  }
  out << "</svg>\n";
}

}  // namespace onrecord
