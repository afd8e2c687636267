// Time expressions of a sentence: recognised token by token from the dates lexicon, then resolved
// with the tense the sentence uses around them (the nearest tense marker wins).
#include "date/time_expression_reader.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace onrecord {
namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  std::string w;
  while (in >> w) {
    for (auto& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(w);
  }
  return out;
}

int to_int(const std::string& s, const std::string& where) {
  try {
    std::size_t used = 0;
    const int v = std::stoi(s, &used);
    if (used != s.size()) throw std::invalid_argument(s);
    return v;
  } catch (const std::exception&) {
    throw std::runtime_error(where + ": expected a whole number, got '" + s + "'");
  }
}

std::optional<period_unit> unit_from(std::string_view s) {
  if (s == "day") return period_unit::day;
  if (s == "week") return period_unit::week;
  if (s == "month") return period_unit::month;
  if (s == "year") return period_unit::year;
  return std::nullopt;
}

// "5", "05", "5th", "21st" → 5, 21; anything else → 0
unsigned day_number(const word_token& t) {
  std::string_view s = t.lower;
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = s.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  unsigned v = 0;
  for (std::size_t k = 0; k < digits; ++k) v = v * 10 + static_cast<unsigned>(s[k] - '0');
  return v >= 1 && v <= 31 ? v : 0;
}

int year_number(const word_token& t) {
  if (t.kind != token_kind::number || t.lower.size() != 4) return 0;
  int v = 0;
  for (const char c : t.lower) v = v * 10 + (c - '0');
  return v >= 1900 && v <= 2199 ? v : 0;
}

bool adjacent(const word_token& a, const word_token& b) { return a.span.end == b.span.begin; }

// what kind of expression was recognised, before tense decides how to resolve it
struct found_expression {
  enum class what {
    full_date,
    month_day,
    month_year,
    month_only,
    year_only,
    weekday,
    day_offset,
    period,
    to_date,
    ago,
    vague,
    bound
  };
  what kind = what::vague;
  std::size_t first = 0, end = 0;  // token range
  int y = 0;
  unsigned m = 0, d = 0;
  int wd = -1;  // weekday named with a date, or the weekday itself
  weekday_relation rel = weekday_relation::plain;
  int offset = 0;
  period_unit unit = period_unit::day;
  // bounds: "after X" / "before X"
  bool bound_after = true;
  std::optional<resolved_range> bound_on;  // the resolved X, or the anchor day of a named event
};

}  // namespace

void time_expression_reader::add(phrase_table& table, phrase p) {
  if (p.words.empty()) return;
  auto& list = table[p.words.front()];
  list.push_back(std::move(p));
  // longest first, so the first match is the longest
  std::stable_sort(list.begin(), list.end(),
                   [](const phrase& a, const phrase& b) { return a.words.size() > b.words.size(); });
}

const time_expression_reader::phrase* time_expression_reader::match(const phrase_table& table,
                                                                    const std::vector<word_token>& t, std::size_t i,
                                                                    std::size_t& next) {
  if (i >= t.size() || !t[i].is_word()) return nullptr;
  const std::string_view base = t[i].base();
  const auto* found = table.lookup(base);
  // the whole word is asked only when it differs from its base
  if (!found && base.size() != t[i].lower.size()) found = table.lookup(t[i].lower);
  if (!found) return nullptr;
  for (const auto& p : *found) {
    if (i + p.words.size() > t.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < p.words.size() && ok; ++k) {
      const auto& tok = t[i + k];
      ok = (tok.is_word() || tok.kind == token_kind::number) && (tok.lower == p.words[k] || tok.base() == p.words[k]);
    }
    if (ok) {
      next = i + p.words.size();
      return &p;
    }
  }
  return nullptr;
}

time_expression_reader::time_expression_reader(const lexicon_store& lexicons) {
  for (const auto& line : lexicons.lines("dates.txt")) {
    auto w = split_words(line.text);
    if (w.size() < 2) throw std::runtime_error(line.source + ": expected KIND and at least one word");
    const std::string kind = w.front();
    std::vector<std::string> rest(w.begin() + 1, w.end());
    auto need = [&](std::size_t n) {
      if (rest.size() < n)
        throw std::runtime_error(line.source + ": '" + kind + "' needs " + std::to_string(n) + " fields");
    };
    auto unit = [&](const std::string& s) {
      auto u = unit_from(s);
      if (!u) throw std::runtime_error(line.source + ": unit must be day, week, month or year, got '" + s + "'");
      return *u;
    };
    if (kind == "month" || kind == "weekday" || kind == "number") {
      need(2);
      const int v = to_int(rest[0], line.source);
      for (std::size_t k = 1; k < rest.size(); ++k) {
        if (kind == "month") months_[rest[k]] = static_cast<unsigned>(v);
        if (kind == "weekday") weekdays_[rest[k]] = static_cast<unsigned>(v);
        if (kind == "number") numbers_[rest[k]] = v;
      }
      if (kind == "weekday") full_weekdays_[rest[1]] = static_cast<unsigned>(v);
    } else if (kind == "ago-unit") {
      need(2);
      const period_unit u = unit(rest[0]);
      for (std::size_t k = 1; k < rest.size(); ++k) ago_units_[rest[k]] = u;
    } else if (kind == "event") {
      need(2);
      for (std::size_t k = 1; k < rest.size(); ++k) events_[rest[k]] = rest[0];
    } else if (kind == "day") {
      need(2);
      add(days_,
          {std::vector<std::string>(rest.begin() + 1, rest.end()), to_int(rest[0], line.source), period_unit::day, {}});
    } else if (kind == "period") {
      need(3);
      add(periods_,
          {std::vector<std::string>(rest.begin() + 2, rest.end()), to_int(rest[1], line.source), unit(rest[0]), {}});
    } else if (kind == "period-to-date") {
      need(2);
      add(to_date_, {std::vector<std::string>(rest.begin() + 1, rest.end()), 0, unit(rest[0]), {}});
    } else {
      phrase_table* table = kind == "not-a-day"        ? &not_a_day_
                            : kind == "weekday-before" ? &before_
                            : kind == "weekday-after"  ? &after_
                            : kind == "vague"          ? &vague_
                            : kind == "bound-after"    ? &bound_after_
                            : kind == "bound-before"   ? &bound_before_
                            : kind == "future"         ? &future_
                            : kind == "past"           ? &past_
                            : kind == "new-event"      ? &new_event_
                                                       : nullptr;
      if (!table) throw std::runtime_error(line.source + ": unknown kind '" + kind + "'");
      add(*table, {rest, 0, period_unit::day, {}});
    }
  }
  for (const auto* words : {&months_, &weekdays_, &full_weekdays_})
    for (const auto& [w, v] : *words) keys_.insert(w);
  for (const auto& [w, v] : numbers_) keys_.insert(w);
  for (const auto& [w, v] : ago_units_) keys_.insert(w);
  for (const auto& [w, v] : events_) keys_.insert(w);
  for (const auto* table : {&not_a_day_, &before_, &after_, &days_, &periods_, &to_date_, &vague_, &bound_after_,
                            &bound_before_, &future_, &past_, &new_event_})
    for (const auto& [w, v] : *table) keys_.insert(w);
}

sentence_times time_expression_reader::read(const word_tokenizer& words, text_span sentence,
                                            const std::vector<text_span>& excluded, date::sys_days published,
                                            const event_anchors& anchors, scratch& buffers) const {
  using what = found_expression::what;
  const std::string_view text = words.text();
  sentence_times out;
  std::vector<word_token>& t = buffers.tokens;
  t.clear();
  words.append(sentence, t);
  // drop the words inside statement contents: they neither date nor set the tense. A token is
  // inside some span iff the furthest end among the spans starting at or before it reaches its
  // end: one sweep over both in order (not every span per token), compacting in place
  if (!excluded.empty()) {
    // the contents come in statement order, by start, as a rule: copied and sorted only otherwise
    const auto by_begin = [](const text_span& x, const text_span& y) { return x.begin < y.begin; };
    std::vector<text_span> sorted;
    if (!std::is_sorted(excluded.begin(), excluded.end(), by_begin)) {
      sorted = excluded;
      std::sort(sorted.begin(), sorted.end(), by_begin);
    }
    const std::vector<text_span>& spans = sorted.empty() ? excluded : sorted;
    std::size_t next_span = 0, reach = 0, kept = 0;
    bool any_span = false;
    for (std::size_t k = 0; k < t.size(); ++k) {
      while (next_span < spans.size() && spans[next_span].begin <= t[k].span.begin) {
        reach = any_span ? std::max(reach, spans[next_span].end) : spans[next_span].end;
        any_span = true;
        ++next_span;
      }
      if (any_span && t[k].span.end <= reach) continue;
      if (kept != k) t[kept] = std::move(t[k]);
      ++kept;
    }
    t.erase(t.begin() + static_cast<std::ptrdiff_t>(kept), t.end());
  }
  if (t.empty()) return out;
  // known[i]: the token's base or lower case is a key of some table (else every lookup would miss)
  std::vector<char>& known = buffers.known;
  known.assign(t.size(), 0);
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == token_kind::punct) continue;
    const std::string_view base = t[k].base();
    known[k] = keys_.count(base) || (base.size() != t[k].lower.size() && keys_.count(t[k].lower));
  }
  // a sentence without a single date word or number has nothing for the scans below to find
  {
    bool candidate = false;
    for (std::size_t k = 0; k < t.size() && !candidate; ++k)
      candidate = known[k] || (t[k].kind != token_kind::punct && !t[k].lower.empty() && t[k].lower[0] >= '0' &&
                               t[k].lower[0] <= '9');
    if (!candidate) return out;
  }
  auto match_known = [&](const phrase_table& table, std::size_t i, std::size_t& next) -> const phrase* {
    if (i >= t.size() || !known[i]) return nullptr;
    return match(table, t, i, next);
  };

  // phrase of `table` that ends right before token i: its length in tokens (0 = none)
  auto ending_before = [&](const phrase_table& table, std::size_t i) -> std::size_t {
    std::size_t best = 0;
    for (std::size_t len = 1; len <= 3 && len <= i; ++len) {
      std::size_t next = 0;
      const phrase* p = match_known(table, i - len, next);
      if (p && next == i && p->words.size() == len) best = len;
    }
    return best;
  };
  auto month_at = [&](std::size_t i) -> unsigned {
    if (i >= t.size() || !t[i].is_word() || !t[i].capitalised) return 0;
    if (!known[i]) return 0;
    const auto it = months_.find(t[i].base());
    return it == months_.end() ? 0 : it->second;
  };
  auto skip = [&](std::size_t i, std::string_view p) {
    return i < t.size() && t[i].kind == token_kind::punct && t[i].lower == p ? i + 1 : i;
  };

  // explicit dates, optionally introduced by a weekday: "Wednesday, Nov. 5, 2025", "5 November", "11/5/2025"
  auto explicit_at = [&](std::size_t i) -> std::optional<found_expression> {
    found_expression f;
    f.first = i;
    std::size_t j = i;
    if (j < t.size() && t[j].is_word() && t[j].capitalised) {
      if (auto it = known[j] ? weekdays_.find(t[j].base()) : weekdays_.end(); it != weekdays_.end()) {
        std::size_t k = skip(skip(j + 1, "."), ",");
        if (month_at(k) || (k < t.size() && day_number(t[k]))) {
          f.wd = static_cast<int>(it->second);
          j = k;
        }
      }
    }
    if (const unsigned m = month_at(j)) {
      std::size_t k = skip(j + 1, ".");
      if (k < t.size() && year_number(t[k])) {
        f.kind = what::month_year, f.m = m, f.y = year_number(t[k]), f.end = k + 1;
        return f;
      }
      if (k < t.size() && day_number(t[k])) {
        f.m = m, f.d = day_number(t[k]), f.end = k + 1;
        const std::size_t c = skip(k + 1, ",");
        if (c < t.size() && year_number(t[c])) {
          f.y = year_number(t[c]);
          f.end = c + 1;
        }
        f.kind = f.y ? what::full_date : what::month_day;
        return f;
      }
      // "in October": the whole month, the one on or before publication (after it, in future tense)
      if (i > 0 && t[i - 1].is_word() && t[i - 1].is("in") && j == i) {
        f.kind = what::month_only, f.m = m, f.end = j + 1;
        return f;
      }
      return std::nullopt;
    }
    if (j < t.size() && day_number(t[j])) {
      std::size_t k = j + 1;
      if (k < t.size() && t[k].is("of")) ++k;
      if (const unsigned m = month_at(k)) {
        f.m = m, f.d = day_number(t[j]), f.end = k + 1;
        const std::size_t c = skip(skip(k + 1, "."), ",");
        if (c < t.size() && year_number(t[c])) {
          f.y = year_number(t[c]);
          f.end = c + 1;
        }
        f.kind = f.y ? what::full_date : what::month_day;
        return f;
      }
    }
    // 11/5/2025 or 11/5/25: month first, as US news writes it
    if (j + 4 < t.size() && t[j].kind == token_kind::number && t[j + 1].is("/") &&
        t[j + 2].kind == token_kind::number && t[j + 3].is("/") && t[j + 4].kind == token_kind::number &&
        adjacent(t[j], t[j + 1]) && adjacent(t[j + 1], t[j + 2]) && adjacent(t[j + 2], t[j + 3]) &&
        adjacent(t[j + 3], t[j + 4])) {
      const int m = std::stoi(std::string(t[j].lower.substr(0, 3))),
                d = std::stoi(std::string(t[j + 2].lower.substr(0, 3)));
      const std::string year(t[j + 4].lower);
      int y = year.size() == 4 ? std::stoi(year) : year.size() == 2 ? 2000 + std::stoi(year) : 0;
      if (y && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        f.kind = what::full_date, f.y = y, f.m = static_cast<unsigned>(m), f.d = static_cast<unsigned>(d),
        f.end = j + 5;
        return f;
      }
    }
    // "In 2019, Okafor said …", "Okafor said in 2019 that …": the whole year, only where the year
    // dates the saying: opening the sentence, or right after a verb of saying. (In an appositive or a
    // relative clause, "Okafor, elected in 2019, said …", it dates something else.)
    // (not before a noun: "in 2019 votes")
    const auto function_word_after = [&](std::size_t k) {
      if (k >= t.size() || !t[k].is_word() || t[k].capitalised) return true;
      for (const std::string_view w : {"that", "when", "while", "as", "before", "after", "the", "a", "an", "he", "she",
                                       "it", "they", "we", "i", "and", "but", "to"})
        if (t[k].is(w)) return true;
      return false;
    };
    if (j == i && i > 0 && t[i - 1].is("in") && year_number(t[i]) && function_word_after(i + 1)) {
      const std::size_t in_at = i - 1;
      const bool opens = in_at == 0 || (in_at == 1 && (t[0].is("back") || t[0].is("and") || t[0].is("but")));
      const bool after_saying =
          in_at > 0 && t[in_at - 1].is_word() &&
          (t[in_at - 1].is("said") || t[in_at - 1].is("told") || t[in_at - 1].is("wrote") || t[in_at - 1].is("says") ||
           t[in_at - 1].is("argued") || t[in_at - 1].is("claimed") || t[in_at - 1].is("stated") ||
           t[in_at - 1].is("testified") || t[in_at - 1].is("declared") || t[in_at - 1].is("warned") ||
           t[in_at - 1].is("insisted") || t[in_at - 1].is("promised") || t[in_at - 1].is("vowed") ||
           t[in_at - 1].is("acknowledged") || t[in_at - 1].is("admitted") || t[in_at - 1].is("noted") ||
           t[in_at - 1].is("predicted") || t[in_at - 1].is("tweeted") || t[in_at - 1].is("posted"));
      if (opens || after_saying) {
        f.kind = what::year_only, f.y = year_number(t[i]), f.end = i + 1;
        return f;
      }
    }
    // 2025-11-05 is one token
    if (j < t.size() && t[j].lower.size() == 10 && t[j].lower[4] == '-' && t[j].lower[7] == '-') {
      const std::string s(t[j].lower);
      const bool digits = std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
      if (digits) {
        f.kind = what::full_date, f.y = std::stoi(s.substr(0, 4)),
        f.m = static_cast<unsigned>(std::stoi(s.substr(5, 2)));
        f.d = static_cast<unsigned>(std::stoi(s.substr(8, 2))), f.end = j + 1;
        if (f.m >= 1 && f.m <= 12 && f.d >= 1 && f.d <= 31) return f;
      }
    }
    return std::nullopt;
  };

  auto weekday_at = [&](std::size_t i) -> std::optional<found_expression> {
    if (!t[i].is_word() || !t[i].capitalised) return std::nullopt;
    const auto it = known[i] ? full_weekdays_.find(t[i].base()) : full_weekdays_.end();
    if (it == full_weekdays_.end()) return std::nullopt;
    if (ending_before(not_a_day_, i)) return std::nullopt;
    found_expression f;
    f.kind = what::weekday, f.wd = static_cast<int>(it->second), f.first = i, f.end = i + 1;
    if (const std::size_t n = ending_before(before_, i)) {
      f.rel = weekday_relation::strictly_before, f.first = i - n;
    } else if (const std::size_t n2 = ending_before(after_, i)) {
      f.rel = weekday_relation::strictly_after, f.first = i - n2;
    }
    return f;
  };

  auto relative_at = [&](std::size_t i) -> std::optional<found_expression> {
    found_expression f;
    f.first = i;
    std::size_t next = 0;
    if (const phrase* p = match_known(to_date_, i, next)) {
      f.kind = what::to_date, f.unit = p->unit, f.end = next;
      return f;
    }
    if (const phrase* p = match_known(days_, i, next)) {
      f.kind = what::day_offset, f.offset = p->value, f.end = next;
      return f;
    }
    if (const phrase* p = match_known(periods_, i, next)) {
      f.kind = what::period, f.unit = p->unit, f.offset = p->value, f.end = next;
      return f;
    }
    // N units ago: "three days ago", "a couple of weeks ago", "2 months ago"
    {
      std::size_t j = i;
      int n = 0;
      if (t[j].kind == token_kind::number && t[j].lower.size() <= 3) {
        n = std::stoi(std::string(t[j].lower));
        ++j;
      } else if (t[j].is_word()) {
        if ((t[j].is("a") || t[j].is("an")) && j + 1 < t.size() && (t[j + 1].is("couple") || t[j + 1].is("few"))) ++j;
        if (auto it = known[j] ? numbers_.find(t[j].lower) : numbers_.end(); it != numbers_.end()) {
          n = it->second;
          ++j;
          if (j < t.size() && t[j].is("of")) ++j;
        }
      }
      if (n > 0 && j + 1 < t.size()) {
        if (auto u = known[j] ? ago_units_.find(t[j].lower) : ago_units_.end();
            u != ago_units_.end() && t[j + 1].is("ago")) {
          f.kind = what::ago, f.unit = u->second, f.offset = n, f.end = j + 2;
          return f;
        }
      }
    }
    if (match_known(vague_, i, next)) {
      f.kind = what::vague, f.end = next;
      return f;
    }
    return std::nullopt;
  };

  // Every expression above starts with a lexicon word (known), a digit, or "a"/"an" before a known
  // number word ("a couple of weeks ago"): any other token (most of them) starts none, and is
  // passed over without building a candidate for each kind.
  auto may_start_expression = [&](std::size_t i) {
    if (known[i]) return true;
    const std::string_view w = t[i].lower;
    if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
    return (w == "a" || w == "an") && i + 1 < t.size() && known[i + 1];
  };
  auto dated_at = [&](std::size_t i) -> std::optional<found_expression> {
    if (!may_start_expression(i)) return std::nullopt;
    if (auto f = explicit_at(i)) return f;
    if (auto f = weekday_at(i)) return f;
    return relative_at(i);
  };

  // tense markers: the nearest one to an expression decides past or future. Read when a sentence's
  // first expression asks (most sentences have none, and their markers would go unused)
  std::vector<std::pair<std::size_t, bool>> markers;  // token index, is future
  bool markers_read = false;
  auto read_markers = [&] {
    markers_read = true;
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (!t[k].is_word()) continue;
      std::size_t next = 0;
      const std::string_view w = t[k].lower;
      if (match_known(future_, k, next) || (w.size() > 3 && w.substr(w.size() - 3) == "'ll")) {
        markers.push_back({k, true});
      } else if (match_known(past_, k, next) ||
                 (w.size() >= 5 && w.substr(w.size() - 2) == "ed" &&
                  !(k > 0 && (t[k - 1].is("be") || t[k - 1].is("been") || t[k - 1].is("being"))))) {
        // "-ed" after be/been/being is a passive participle ("will be published"), not the past
        markers.push_back({k, false});
      }
    }
  };
  // the markers of the expression's own comma-delimited stretch decide first ("Whitcombe will visit on
  // Wednesday, her office said" is future); only when it has none does the nearest in the sentence
  auto is_future = [&](std::size_t first, std::size_t end) {
    if (!markers_read) read_markers();
    std::size_t lo = first, hi = end;
    while (lo > 0 && !is_clause_break(t[lo - 1]) && !t[lo - 1].is(",")) --lo;
    while (hi < t.size() && !is_clause_break(t[hi]) && !t[hi].is(",")) ++hi;
    for (const bool local : {true, false}) {
      std::size_t best = t.size() + 1;
      bool future = false, seen = false;
      for (const auto& [k, fut] : markers) {
        if (k >= first && k < end) continue;
        if (local && (k < lo || k >= hi)) continue;
        const std::size_t dist = k < first ? first - k : k - end + 1;
        if (dist < best || (dist == best && !fut)) best = dist, future = fut, seen = true;
      }
      if (seen) return future;
    }
    return false;
  };

  std::function<std::optional<resolved_range>(const found_expression&, bool)> resolve =
      [&](const found_expression& f, bool future) -> std::optional<resolved_range> {
    resolved_range r;
    switch (f.kind) {
      case what::full_date:
      case what::month_day: {
        const auto day =
            f.kind == what::full_date ? make_day(f.y, f.m, f.d) : month_day_near(published, f.m, f.d, future);
        if (!day) return std::nullopt;
        r.best = r.earliest = r.latest = *day;
        r.basis = date_basis::explicit_date;
        if (f.wd >= 0 && date::weekday{*day} != date::weekday{static_cast<unsigned>(f.wd)}) {
          std::ostringstream msg;
          msg << "weekday '" << std::string_view(text.substr(t[f.first].span.begin, t[f.first].span.size()))
              << "' does not match " << date::format("%F", *day) << " (a " << date::format("%A", *day)
              << "); the date was trusted";
          r.warning = msg.str();
        }
        return r;
      }
      case what::month_year:
        return month_range(f.y, f.m);
      case what::month_only: {
        const date::year_month_day pub{published};
        int y = static_cast<int>(pub.year());
        const unsigned pm = static_cast<unsigned>(pub.month());
        if (future ? f.m < pm : f.m > pm) y += future ? 1 : -1;
        return month_range(y, f.m);
      }
      case what::year_only:
        return year_range(f.y, published);
      case what::weekday: {
        const auto day = weekday_near(published, date::weekday{static_cast<unsigned>(f.wd)}, f.rel, future);
        r.best = r.earliest = r.latest = day;
        r.basis = date_basis::weekday;
        return r;
      }
      case what::day_offset:
        return period_range(published, period_unit::day, f.offset);
      case what::period:
        return period_range(published, f.unit, f.offset);
      case what::to_date:
        return period_to_date(published, f.unit);
      case what::ago:
        return units_ago(published, f.unit, f.offset);
      case what::vague:
        r.best = r.latest = published;
        r.basis = date_basis::relative;
        return r;
      case what::bound: {
        if (!f.bound_on) return std::nullopt;
        if (f.bound_after) {
          r.earliest = f.bound_on->earliest ? f.bound_on->earliest : f.bound_on->best;
          r.best = r.latest = published;
        } else {
          r.best = r.latest = f.bound_on->earliest ? f.bound_on->earliest : f.bound_on->best;
        }
        r.basis = date_basis::relative;
        return r;
      }
    }
    return std::nullopt;
  };

  for (std::size_t i = 0; i < t.size();) {
    // a bound ("after X") starts with a lexicon word too: a token that can start no expression
    // (most of them) starts nothing here
    if (t[i].kind == token_kind::punct || !may_start_expression(i)) {
      ++i;
      continue;
    }
    std::optional<found_expression> f;
    // "after X" / "since X" / "before X": X a time expression or an event the article dated earlier
    std::size_t next = 0;
    const bool after = match_known(bound_after_, i, next) != nullptr;
    const bool before = !after && match_known(bound_before_, i, next) != nullptr;
    if (after || before) {
      for (std::size_t j = next; j < t.size() && j < next + 4 && !is_clause_break(t[j]) && !t[j].is(","); ++j) {
        if (auto inner = dated_at(j); inner && inner->kind != what::vague) {
          found_expression b;
          b.kind = what::bound, b.bound_after = after, b.first = i, b.end = inner->end;
          b.bound_on = resolve(*inner, is_future(inner->first, inner->end));
          if (b.bound_on) f = b;
          break;
        }
        if (t[j].is_word()) {
          if (auto ev = known[j] ? events_.find(t[j].base()) : events_.end(); ev != events_.end()) {
            if (auto a = anchors.find(ev->second); a != anchors.end()) {
              found_expression b;
              b.kind = what::bound, b.bound_after = after, b.first = i, b.end = j + 1;
              resolved_range on;
              on.best = on.earliest = on.latest = a->second;
              b.bound_on = on;
              f = b;
            }
            break;
          }
        }
      }
    }
    if (!f) f = dated_at(i);
    if (!f) {
      ++i;
      continue;
    }
    const bool future = is_future(f->first, f->end);
    if (auto r = resolve(*f, future)) {
      time_expression e;
      e.span = {t[f->first].span.begin, t[f->end - 1].span.end};
      e.range = *r;
      e.future = future;
      out.expressions.push_back(std::move(e));
    }
    i = std::max(f->end, i + 1);
  }

  for (std::size_t k = 0; k < t.size(); ++k) {
    const word_token& tok = t[k];
    if (!tok.is_word() || !known[k]) continue;
    if (auto ev = events_.find(tok.base()); ev != events_.end())
      if (std::find(out.events.begin(), out.events.end(), ev->second) == out.events.end())
        out.events.push_back(ev->second);
  }
  std::size_t first_word = 0;
  while (first_word < t.size() && t[first_word].kind == token_kind::punct) ++first_word;
  std::size_t next_word = 0;
  out.opens_new_event = first_word < t.size() && match_known(new_event_, first_word, next_word) != nullptr;
  return out;
}

}  // namespace onrecord
