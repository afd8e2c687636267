// Single-pass scan of a JSON article object (see the header). It validates the whole line by the
// JSON grammar but keeps only the known fields; whatever it is not sure of, it hands back to the
// general parser, so errors keep their exact wording and offsets.
#include "read/article_json_fields.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "text/byte_scan.h"

namespace onrecord {
namespace {

// bytes a JSON string holds as they are: not the closing quote, a backslash or a control character
constexpr std::array<bool, 256> plain_string_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 256; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return t;
}();

// The end of the run of plain string bytes from p: eight bytes a step, then byte by byte.
inline const char* skip_plain_bytes(const char* p, const char* end) {
  while (end - p >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    if (has_json_special_byte(w)) break;
    p += 8;
  }
  while (p != end && plain_string_bytes[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

// Deeper nesting than this in an unknown field goes to the general parser (which has no limit).
constexpr std::size_t max_depth = 64;
// A number with more integer digits than this could overflow a double; the general parser decides.
constexpr std::size_t max_number_digits = 300;
// An integer id up to this many digits fits both std::int64_t and std::uint64_t.
constexpr std::size_t max_id_digits = 18;

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

class json_line_scanner {
 public:
  explicit json_line_scanner(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  bool scan(article_json_fields& out) {
    skip_space();
    if (!take('{')) return false;
    skip_space();
    if (take('}')) return at_end();
    unsigned seen = 0;  // bit per known field: a repeated one goes to the general parser
    for (;;) {
      skip_space();
      if (!take('"')) return false;
      const char* key_begin = p_;
      if (!skip_string()) return false;
      const std::string_view key(key_begin, static_cast<std::size_t>(p_ - 1 - key_begin));
      skip_space();
      if (!take(':')) return false;
      skip_space();
      if (!member(key, out, seen)) return false;
      skip_space();
      if (take(',')) continue;
      if (take('}')) return at_end();
      return false;
    }
  }

 private:
  bool member(std::string_view key, article_json_fields& out, unsigned& seen) {
    if (key.find('\\') != std::string_view::npos) return false;  // an escaped key might spell a known one
    int field = -1;
    std::string* target = nullptr;
    if (key == "id")
      field = 0, target = &out.id;
    else if (key == "text")
      field = 1, target = &out.text;
    else if (key == "published")
      field = 2, target = &out.published;
    else if (key == "url")
      field = 3, target = &out.url;
    else if (key == "outlet")
      field = 4, target = &out.outlet;
    else if (key == "title")
      field = 5, target = &out.title;
    else if (key == "source")
      field = 6, target = &out.source;
    if (field < 0) return skip_value();
    if (seen & (1u << field)) return false;
    seen |= 1u << field;
    if (p_ == end_) return false;
    if (*p_ == '"') {
      ++p_;
      if (field == 1) target->reserve(static_cast<std::size_t>(end_ - p_));
      if (!read_string(*target)) return false;
      if (field == 0) out.has_id = true;
      if (field == 1) out.has_text = true;
      if (field == 6) out.source_is_string = true;
      return true;
    }
    if (field == 6) return skip_value();  // a source that is not a string is ignored
    if (*p_ == 'n') return literal("null");
    if (field == 0 && (*p_ == '-' || (*p_ >= '0' && *p_ <= '9'))) return integer_id(out);
    return false;  // a known field of another type: the general path names the problem
  }

  // An integer id is kept as its decimal form, as the general parser prints it ("-0" → "0").
  bool integer_id(article_json_fields& out) {
    const char* begin = p_;
    bool integer = false;
    if (!number(integer) || !integer) return false;
    const std::size_t digits = static_cast<std::size_t>(p_ - begin) - (*begin == '-' ? 1 : 0);
    if (digits > max_id_digits) return false;
    long long v = 0;
    const auto parsed = std::from_chars(begin, p_, v);
    if (parsed.ec != std::errc() || parsed.ptr != p_) return false;
    char buf[24];
    const auto printed = std::to_chars(buf, buf + sizeof buf, v);
    out.id.assign(buf, printed.ptr);
    out.has_id = true;
    return true;
  }

  bool at_end() {
    skip_space();
    return p_ == end_;
  }
  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool take(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  // After the opening quote: to just past the closing one, decoding escapes into out.
  bool read_string(std::string& out) {
    for (;;) {
      const char* run = p_;
      p_ = skip_plain_bytes(p_, end_);
      out.append(run, static_cast<std::size_t>(p_ - run));
      if (p_ == end_) return false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return false;  // a raw control character
      if (p_ == end_) return false;
      switch (*p_++) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case '/':
          out.push_back('/');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate without its high half
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
  }

  bool skip_string() {
    for (;;) {
      p_ = skip_plain_bytes(p_, end_);
      if (p_ == end_) return false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\' || p_ == end_) return false;
      const char e = *p_++;
      if (e == 'u') {
        std::uint32_t cp = 0;
        if (!hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          std::uint32_t low = 0;
          if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
        }
      } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
        return false;
      }
    }
  }

  bool hex4(std::uint32_t& v) {
    if (end_ - p_ < 4) return false;
    for (int k = 0; k < 4; ++k) {
      const char c = *p_++;
      std::uint32_t d;
      if (c >= '0' && c <= '9')
        d = static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        d = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        d = static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return false;
      v = (v << 4) | d;
    }
    return true;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)? ; an exponent or a very long integer part goes to the general parser
  bool number(bool& integer) {
    take('-');
    auto digit = [&] { return p_ != end_ && *p_ >= '0' && *p_ <= '9'; };
    if (!digit()) return false;
    const char* first = p_;
    if (*p_ == '0') {
      ++p_;
    } else {
      while (digit()) ++p_;
    }
    if (static_cast<std::size_t>(p_ - first) > max_number_digits) return false;
    integer = true;
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (!digit()) return false;
      while (digit()) ++p_;
      integer = false;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) return false;
    return true;
  }

  // Any JSON value, validated and skipped without recursion.
  bool skip_value() {
    char open[max_depth];
    std::size_t depth = 0;
    for (;;) {
      // a value
      skip_space();
      if (p_ == end_) return false;
      const char c = *p_;
      if (c == '{' || c == '[') {
        ++p_;
        skip_space();
        if (take(c == '{' ? '}' : ']')) {
          // an empty container is a whole value
        } else {
          if (depth == max_depth) return false;
          open[depth++] = c;
          if (c == '{' && !object_key()) return false;
          continue;
        }
      } else if (c == '"') {
        ++p_;
        if (!skip_string()) return false;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        bool integer = false;
        if (!number(integer)) return false;
      } else if (!literal("true") && !literal("false") && !literal("null")) {
        return false;
      }
      // after a value: close containers until one goes on with a comma
      for (;;) {
        if (depth == 0) return true;
        skip_space();
        const char top = open[depth - 1];
        if (take(',')) {
          if (top == '{' && !object_key()) return false;
          break;
        }
        if (!take(top == '{' ? '}' : ']')) return false;
        --depth;
      }
    }
  }

  // "key" : (before a member's value)
  bool object_key() {
    skip_space();
    if (!take('"') || !skip_string()) return false;
    skip_space();
    return take(':');
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool scan_article_json(std::string_view line, article_json_fields& out) { return json_line_scanner(line).scan(out); }

}  // namespace onrecord
