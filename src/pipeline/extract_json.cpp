// Field names and order here are a contract (external scoring reads them): change with care.
// The line is written by hand into one reused buffer (building nlohmann objects for every statement
// took a sixth of the run time and ~10 bytes of memory per byte of output); to_extract_json keeps the
// same object as a JSON value, and a unit test holds the two to byte identity.
#include "pipeline/extract_json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "read/publication_date.h"
#include "text/byte_scan.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

using nlohmann::ordered_json;

ordered_json day_or_null(const std::optional<date::sys_days>& d) {
  return d ? ordered_json(format_day(*d)) : ordered_json(nullptr);
}

// Length of the valid UTF-8 sequence starting at s[i] (RFC 3629: no overlongs, no surrogates, nothing
// above U+10FFFF, exactly what nlohmann's decoder accepts), or 0 when it is invalid or cut short.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned c = b(0);
  auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return b(k) >= lo && b(k) <= hi; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// bytes a JSON string cannot hold as they are: controls, '"', '\\', and (to be checked) non-ASCII
constexpr std::array<bool, 256> special_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}();

// Compact JSON into a buffer, flushed to a stream when one is given and the buffer is full.
class json_line_writer {
 public:
  json_line_writer(std::string& buffer, std::ostream* out) : buf_(buffer), out_(out) {}

  void raw(std::string_view s) {
    buf_.append(s);
    maybe_flush();
  }
  void raw(char c) { buf_.push_back(c); }
  void null() { raw("null"); }

  // a quoted string escaped as nlohmann's dump(-1, ' ', false, replace) escapes it
  void string(std::string_view s) {
    const std::size_t mark = buf_.size();
    buf_.push_back('"');
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size();) {
      // eight plain ASCII bytes a step (most of news text)
      if (std::uint64_t w; i + 8 <= s.size()) {
        std::memcpy(&w, s.data() + i, 8);
        if (!(w & 0x8080808080808080ULL) && !has_json_special_byte(w)) {
          i += 8;
          continue;
        }
      }
      const auto c = static_cast<unsigned char>(s[i]);
      if (!special_bytes[c]) {
        ++i;
        continue;
      }
      if (c >= 0x80) {
        const std::size_t n = utf8_sequence(s, i);
        if (n == 0) {  // invalid UTF-8: rare, so let nlohmann do its exact replacement
          buf_.resize(mark);
          buf_.append(ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
          maybe_flush();
          return;
        }
        i += n;
        continue;
      }
      buf_.append(s.data() + run, i - run);
      switch (c) {
        case '\b':
          buf_.append("\\b");
          break;
        case '\t':
          buf_.append("\\t");
          break;
        case '\n':
          buf_.append("\\n");
          break;
        case '\f':
          buf_.append("\\f");
          break;
        case '\r':
          buf_.append("\\r");
          break;
        case '"':
          buf_.append("\\\"");
          break;
        case '\\':
          buf_.append("\\\\");
          break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
          buf_.append(esc, sizeof esc);
        }
      }
      run = ++i;
    }
    buf_.append(s.data() + run, s.size() - run);
    buf_.push_back('"');
    maybe_flush();
  }
  void string_or_null(const std::optional<std::string>& s) { s ? string(*s) : null(); }
  void number(std::size_t v) {
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<std::size_t>(r.ptr - tmp));
  }
  void number(double v) {
    if (!std::isfinite(v)) return null();
    char tmp[64];
    const char* end = nlohmann::detail::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<std::size_t>(end - tmp));
  }
  void day_or_null(const std::optional<date::sys_days>& d) {
    if (!d) return null();
    const date::year_month_day ymd{*d};
    const int y = static_cast<int>(ymd.year());
    if (y < 0 || y > 9999 || !ymd.ok()) return string(format_day(*d));
    const auto m = static_cast<unsigned>(ymd.month()), dd = static_cast<unsigned>(ymd.day());
    // what format_day writes ("{:04d}-{:02d}-{:02d}"), without a formatting call per field
    const char out[] = {'"',
                        static_cast<char>('0' + y / 1000),
                        static_cast<char>('0' + y / 100 % 10),
                        static_cast<char>('0' + y / 10 % 10),
                        static_cast<char>('0' + y % 10),
                        '-',
                        static_cast<char>('0' + m / 10),
                        static_cast<char>('0' + m % 10),
                        '-',
                        static_cast<char>('0' + dd / 10),
                        static_cast<char>('0' + dd % 10),
                        '"'};
    buf_.append(out, sizeof out);
  }
  // `"key":` (keys here are literals without anything to escape, or escaped like values)
  void key(std::string_view k) {
    buf_.push_back('"');
    buf_.append(k);
    buf_.append("\":");
  }
  void escaped_key(std::string_view k) {
    string(k);
    buf_.push_back(':');
  }
  void flush() {
    if (out_ && !buf_.empty()) {
      out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
      buf_.clear();
    }
  }

 private:
  static constexpr std::size_t flush_at = 1 << 16;
  void maybe_flush() {
    if (out_ && buf_.size() >= flush_at) flush();
  }
  std::string& buf_;
  std::ostream* out_;
};

void write_article(json_line_writer& w, const analysed_article& a) {
  const std::string& text = a.source.text;
  const code_point_index cps(text);
  const auto cp = [&](std::size_t byte) { w.number(cps.to_code_points(byte)); };
  const auto slice = [&](text_span s) { w.string(std::string_view(text).substr(s.begin, s.size())); };

  w.raw("{\"article\":{");
  w.key("id");
  w.string(a.source.id);
  w.raw(',');
  w.key("file");
  w.string(a.source.file);
  w.raw(',');
  w.key("published");
  w.day_or_null(a.source.published);
  if (!a.source.warnings.empty()) {
    w.raw(',');
    w.key("warnings");
    w.raw('[');
    for (std::size_t k = 0; k < a.source.warnings.size(); ++k) {
      if (k) w.raw(',');
      w.string(a.source.warnings[k]);
    }
    w.raw(']');
  }
  w.raw("},\"statements\":[");
  bool first = true;
  for (const auto& s : a.statements) {
    if (!first) w.raw(',');
    first = false;
    w.raw("{\"start\":");
    cp(s.content.begin);
    w.raw(",\"end\":");
    cp(s.content.end);
    w.raw(",\"text\":");
    slice(s.content);
    w.raw(",\"kind\":");
    w.string(to_string(s.kind));
    w.raw(",\"speaker\":");
    w.string_or_null(s.speaker);
    w.raw(",\"speaker_kind\":");
    w.string(to_string(s.speaker_kind));
    if (s.speaker_mention) {
      w.raw(",\"speaker_mention\":");
      slice(*s.speaker_mention);
      w.raw(",\"speaker_start\":");
      cp(s.speaker_mention->begin);
      w.raw(",\"speaker_end\":");
      cp(s.speaker_mention->end);
    } else {
      w.raw(",\"speaker_mention\":null,\"speaker_start\":null,\"speaker_end\":null");
    }
    w.raw(",\"cue\":");
    if (s.cue) {
      slice(*s.cue);
    } else {
      w.null();
    }
    w.raw(",\"date\":");
    w.day_or_null(s.date.best);
    w.raw(",\"date_earliest\":");
    w.day_or_null(s.date.earliest);
    w.raw(",\"date_latest\":");
    w.day_or_null(s.date.latest);
    w.raw(",\"date_basis\":");
    if (s.date.basis) {
      w.string(to_string(*s.date.basis));
    } else {
      w.null();
    }
    w.raw(",\"topics\":[");
    for (std::size_t k = 0; k < s.topics.size(); ++k) {
      if (k) w.raw(',');
      w.string(s.topics[k]);
    }
    // a topic judged twice keeps its first place and its last judgement (as a JSON object would)
    std::vector<std::size_t> shown;  // index of the judgement printed at each topic's first place
    for (std::size_t k = 0; k < s.stances.size(); ++k) {
      bool seen = false;
      for (std::size_t& j : shown)
        if (s.stances[j].topic == s.stances[k].topic) j = k, seen = true;
      if (!seen) shown.push_back(k);
    }
    w.raw("],\"stance\":{");
    for (std::size_t k = 0; k < shown.size(); ++k) {
      if (k) w.raw(',');
      w.escaped_key(s.stances[shown[k]].topic);
      w.string(to_string(s.stances[shown[k]].label));
    }
    w.raw("},\"stance_evidence\":{");
    for (std::size_t k = 0; k < shown.size(); ++k) {
      const stance_judgement& st = s.stances[shown[k]];
      if (k) w.raw(',');
      w.escaped_key(st.topic);
      w.raw("{\"rule\":");
      w.string(st.rule);
      w.raw(",\"spans\":[");
      for (std::size_t e = 0; e < st.evidence.size(); ++e) {
        if (e) w.raw(',');
        w.raw("{\"start\":");
        cp(st.evidence[e].begin);
        w.raw(",\"end\":");
        cp(st.evidence[e].end);
        w.raw(",\"text\":");
        slice(st.evidence[e]);
        w.raw('}');
      }
      w.raw("]}");
    }
    w.raw("},\"confidence\":");
    w.number(s.confidence);
    w.raw(",\"attribution_rule\":");
    w.string(s.attribution_rule);
    w.raw('}');
  }
  w.raw("]}");
}

}  // namespace

ordered_json to_extract_json(const analysed_article& a) {
  const std::string& text = a.source.text;
  const code_point_index cps(text);
  auto cp = [&](std::size_t byte) { return cps.to_code_points(byte); };
  auto slice = [&](text_span s) { return text.substr(s.begin, s.size()); };

  ordered_json art;
  art["id"] = a.source.id;
  art["file"] = a.source.file;
  art["published"] = day_or_null(a.source.published);
  if (!a.source.warnings.empty()) art["warnings"] = a.source.warnings;

  ordered_json list = ordered_json::array();
  for (const auto& s : a.statements) {
    ordered_json j;
    j["start"] = cp(s.content.begin);
    j["end"] = cp(s.content.end);
    j["text"] = slice(s.content);
    j["kind"] = to_string(s.kind);
    j["speaker"] = s.speaker ? ordered_json(*s.speaker) : ordered_json(nullptr);
    j["speaker_kind"] = to_string(s.speaker_kind);
    if (s.speaker_mention) {
      j["speaker_mention"] = slice(*s.speaker_mention);
      j["speaker_start"] = cp(s.speaker_mention->begin);
      j["speaker_end"] = cp(s.speaker_mention->end);
    } else {
      j["speaker_mention"] = nullptr;
      j["speaker_start"] = nullptr;
      j["speaker_end"] = nullptr;
    }
    j["cue"] = s.cue ? ordered_json(slice(*s.cue)) : ordered_json(nullptr);
    j["date"] = day_or_null(s.date.best);
    j["date_earliest"] = day_or_null(s.date.earliest);
    j["date_latest"] = day_or_null(s.date.latest);
    j["date_basis"] = s.date.basis ? ordered_json(to_string(*s.date.basis)) : ordered_json(nullptr);
    j["topics"] = s.topics;
    ordered_json stance = ordered_json::object();
    ordered_json evidence = ordered_json::object();
    for (const auto& st : s.stances) {
      stance[st.topic] = to_string(st.label);
      ordered_json ev;
      ev["rule"] = st.rule;
      ordered_json spans = ordered_json::array();
      for (const auto& e : st.evidence)
        spans.push_back({{"start", cp(e.begin)}, {"end", cp(e.end)}, {"text", slice(e)}});
      ev["spans"] = spans;
      evidence[st.topic] = ev;
    }
    j["stance"] = stance;
    j["stance_evidence"] = evidence;
    j["confidence"] = s.confidence;
    j["attribution_rule"] = s.attribution_rule;
    list.push_back(std::move(j));
  }
  ordered_json out;
  out["article"] = std::move(art);
  out["statements"] = std::move(list);
  return out;
}

std::string to_extract_json_line(const analysed_article& a) {
  std::string out;
  json_line_writer w(out, nullptr);
  write_article(w, a);
  return out;
}

void write_extract_json_line(std::ostream& out, const analysed_article& a) {
  thread_local std::string buffer;  // reused: no allocation per article once it has grown
  buffer.clear();
  json_line_writer w(buffer, &out);
  write_article(w, a);
  w.raw('\n');
  w.flush();
}

}  // namespace onrecord
