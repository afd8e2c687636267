// Plain-text and JSON Lines readers. Every refusal names the file, the line and the byte offset.
#include "read/article_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "read/article_json_fields.h"
#include "read/publication_date.h"
#include "text/utf8.h"

namespace onrecord {
namespace fs = std::filesystem;

std::string input_error::describe() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line) out += fmt::format(":{}", line);
  if (byte_offset) out += fmt::format(": byte {}", *byte_offset);
  out += ": ";
  out += message;
  return out;
}

namespace {

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string base_name_without_extension(const std::string& path) {
  const fs::path p(path);
  return p.stem().string();
}

bool has_article_extension(const fs::path& p) {
  const std::string ext = lower(p.extension().string());
  return ext == ".txt" || ext == ".text" || ext == ".jsonl" || ext == ".ndjson";
}

bool is_json_lines_name(const std::string& path) {
  const std::string ext = lower(fs::path(path).extension().string());
  return ext == ".jsonl" || ext == ".ndjson";
}

// Validates article text; returns the error message or "" when it is usable.
std::optional<input_error> check_text(std::string_view text, const std::string& file, std::size_t line) {
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    return input_error{file, line, nul, "binary data (NUL byte); expected UTF-8 text"};
  if (const auto bad = find_invalid_utf8(text))
    return input_error{file, line, bad->byte_offset, bad->what + "; expected UTF-8 text"};
  if (std::all_of(text.begin(), text.end(), ascii_space))
    return input_error{file, line, std::nullopt, text.empty() ? "empty article" : "article holds only white space"};
  return std::nullopt;
}

// "a number", "an array", "an object": messages read as English
std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

void apply_date(article& a, std::string_view value, const reader_options& options) {
  auto parsed = parse_publication_date(value, options.today);
  a.published = parsed.day;
  if (!parsed.warning.empty()) a.warnings.push_back(parsed.warning);
}

}  // namespace

article_reader::article_reader(reader_options options, article_sink on_article, error_sink on_error)
    : options_(options), on_article_(std::move(on_article)), on_error_(std::move(on_error)) {}

void article_reader::fail(input_error e) {
  ++counts_.errors;
  on_error_(e);
}

std::optional<article> article_reader::parse_plain_text(std::string content, const std::string& file) {
  if (auto e = check_text(content, file, 0)) {
    fail(*e);
    return std::nullopt;
  }
  article a;
  a.id = file == "-" ? std::string("stdin") : base_name_without_extension(file);
  a.file = file;
  a.text = std::move(content);
  std::string_view t = a.text;
  std::size_t pos = 0;
  if (t.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a BOM stays in the text (offsets) but not the body
  while (pos < t.size() && ascii_space(t[pos])) ++pos;
  // `date YYYY-MM-DD` token, possibly followed by the text on the same line
  if (t.substr(pos, 5) == "date " || t.substr(pos, 5) == "date\t") {
    std::size_t v = pos + 5;
    while (v < t.size() && (t[v] == ' ' || t[v] == '\t')) ++v;
    std::size_t e = v;
    while (e < t.size() && !ascii_space(t[e])) ++e;
    apply_date(a, t.substr(v, e - v), options_);
    pos = e;
    while (pos < t.size() && ascii_space(t[pos])) ++pos;
  }
  // header lines: Title:, Date:, URL:, Source: (any order, until the first other line)
  for (;;) {
    const std::size_t eol = std::min(t.find('\n', pos), t.size());
    const std::string_view line = t.substr(pos, eol - pos);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 8) break;
    const std::string key = lower(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (key == "title")
      a.title = value;
    else if (key == "date" || key == "published")
      apply_date(a, value, options_);
    else if (key == "url")
      a.url = value;
    else if (key == "source" || key == "outlet")
      a.outlet = value;
    else
      break;
    pos = eol;
    while (pos < t.size() && ascii_space(t[pos])) ++pos;
  }
  a.body_begin = pos;
  if (!a.published && std::none_of(a.warnings.begin(), a.warnings.end(),
                                   [](const std::string& w) { return w.starts_with("publication date"); }))
    a.warnings.push_back("no publication date (add a leading `date YYYY-MM-DD` or a `Date:` header line)");
  if (a.body_begin >= a.text.size()) {
    fail({file, 0, std::nullopt, "article has headers but no text"});
    return std::nullopt;
  }
  return a;
}

std::optional<article> article_reader::parse_json_line(std::string_view line, const std::string& file,
                                                       std::size_t line_no) {
  if (auto bad = find_invalid_utf8(line)) {
    fail({file, line_no, bad->byte_offset, bad->what + "; expected a UTF-8 JSON object"});
    return std::nullopt;
  }
  article a;
  a.file = file;
  a.line = line_no;
  std::string published;
  // the single-pass scan takes every well-formed article; anything it is unsure of goes through
  // the general parser, which words the errors
  article_json_fields fields;
  if (scan_article_json(line, fields) && fields.has_id && fields.has_text) {
    a.id = std::move(fields.id);
    a.text = std::move(fields.text);
    published = std::move(fields.published);
    a.url = std::move(fields.url);
    a.outlet = std::move(fields.outlet);
    a.title = std::move(fields.title);
    if (a.outlet.empty() && fields.source_is_string) a.outlet = std::move(fields.source);
  } else if (!parse_json_document(line, file, line_no, a, published)) {
    return std::nullopt;
  }
  if (a.id.empty()) {
    fail({file, line_no, std::nullopt, "field \"id\" is empty"});
    return std::nullopt;
  }
  if (auto e = check_text(a.text, file, line_no)) {
    e->message = fmt::format("article \"{}\": {} (offset into \"text\")", a.id, e->message);
    fail(*e);
    return std::nullopt;
  }
  if (!published.empty())
    apply_date(a, published, options_);
  else
    a.warnings.push_back("no publication date (field \"published\")");
  if (a.text.starts_with("\xEF\xBB\xBF")) a.body_begin = 3;
  return a;
}

bool article_reader::parse_json_document(std::string_view line, const std::string& file, std::size_t line_no,
                                         article& a, std::string& published) {
  using nlohmann::json;
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // find the offset with a throwing parse, for the message
    std::string why = "not valid JSON";
    try {
      const json unused = json::parse(line);
      (void)unused;
    } catch (const json::parse_error& e) {
      fail({file, line_no, e.byte > 0 ? std::optional<std::size_t>(e.byte - 1) : std::nullopt,
            "not valid JSON; expected one article object per line"});
      return false;
    } catch (const json::exception& e) {
      // well-formed JSON the parser cannot hold, such as a number beyond a double's range ("1e5000")
      std::string what = e.what();
      if (const auto end = what.find("] "); end != std::string::npos) what.erase(0, end + 2);
      fail({file, line_no, std::nullopt, fmt::format("{}; expected one article object per line", what)});
      return false;
    }
    fail({file, line_no, std::nullopt, why});
    return false;
  }
  if (!j.is_object()) {
    fail({file, line_no, std::nullopt,
          fmt::format("{} where an article object was expected", with_article(std::string("JSON ") + j.type_name()))});
    return false;
  }
  auto string_field = [&](const char* name, bool required, std::string& out) -> bool {
    const auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
      if (required) fail({file, line_no, std::nullopt, fmt::format("missing field \"{}\"", name)});
      return !required;
    }
    if (it->is_number_integer() && std::string_view(name) == "id") {
      out = it->dump();
      return true;
    }
    if (!it->is_string()) {
      fail({file, line_no, std::nullopt,
            fmt::format("field \"{}\" is {}; expected a string", name, with_article(it->type_name()))});
      return false;
    }
    out = it->get<std::string>();
    return true;
  };
  if (!string_field("id", true, a.id) || !string_field("text", true, a.text) ||
      !string_field("published", false, published) || !string_field("url", false, a.url) ||
      !string_field("outlet", false, a.outlet) || !string_field("title", false, a.title))
    return false;
  if (a.outlet.empty() && j.contains("source") && j["source"].is_string()) a.outlet = j["source"].get<std::string>();
  return true;
}

namespace {

enum class line_read { line, too_long, end };

// Lines of a stream, taken from the stream's buffer a block at a time (not a byte per call). It asks
// only for bytes the stream already holds, or for one byte when it holds none, so a pipe delivers
// each line as soon as it arrives, as a byte-by-byte reader would.
class line_splitter {
 public:
  explicit line_splitter(std::streambuf& in) : in_(in), block_(std::make_unique<char[]>(block_size)) {}

  // Reads one line (without its '\n') into `line`, keeping at most `limit` bytes (0: no limit). The
  // rest of a longer line is skipped, not kept, so one huge line costs no memory.
  line_read next(std::string& line, std::size_t limit) {
    line.clear();
    bool any = false, too_long = false;
    for (;;) {
      if (pos_ == size_ && !refill()) break;
      any = true;
      const char* begin = block_.get() + pos_;
      const std::size_t n = size_ - pos_;
      const void* nl = std::memchr(begin, '\n', n);
      const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : n;
      pos_ += nl ? take + 1 : take;
      if (!too_long) {
        if (limit && line.size() + take > limit) {
          too_long = true;
          std::string().swap(line);
        } else {
          line.append(begin, take);
        }
      }
      if (nl) return too_long ? line_read::too_long : line_read::line;
    }
    if (!any) return line_read::end;
    return too_long ? line_read::too_long : line_read::line;
  }

 private:
  static constexpr std::size_t block_size = std::size_t{1} << 16;
  bool refill() {
    pos_ = size_ = 0;
    const std::streamsize held = in_.in_avail();
    if (held > 0) {
      const auto want = static_cast<std::streamsize>(std::min<std::size_t>(static_cast<std::size_t>(held), block_size));
      const std::streamsize got = in_.sgetn(block_.get(), want);
      if (got > 0) size_ = static_cast<std::size_t>(got);
      return size_ > 0;
    }
    const int c = in_.sbumpc();  // waits for input (or the end) like a byte-by-byte reader
    if (c == std::char_traits<char>::eof()) return false;
    block_[0] = static_cast<char>(c);
    size_ = 1;
    return true;
  }

  std::streambuf& in_;
  std::unique_ptr<char[]> block_;
  std::size_t pos_ = 0, size_ = 0;
};

}  // namespace

input_error article_reader::too_large(const std::string& file, std::size_t line) const {
  const std::size_t mb = options_.max_article_bytes >> 20;
  return {file, line, options_.max_article_bytes,
          fmt::format("{} is larger than {} MB, the most one article may take; split it into articles, or raise "
                      "the limit with --max-article-mb",
                      line ? "the line" : "the article", mb ? mb : 1)};
}

void article_reader::read_json_lines(std::istream& in, const std::string& name, std::string first_line_start) {
  std::string line, rest;
  std::size_t line_no = 0;
  line_splitter lines(*in.rdbuf());
  while (!stopping()) {
    auto got = lines.next(rest, options_.max_article_bytes);
    if (got == line_read::end && (line_no > 0 || first_line_start.empty())) break;
    ++line_no;
    if (line_no == 1 && !first_line_start.empty()) {
      // the sniffed start of the first line was already taken from the stream
      line = std::move(first_line_start) + rest;
      if (options_.max_article_bytes && line.size() > options_.max_article_bytes) got = line_read::too_long;
    } else {
      line.swap(rest);
    }
    if (got == line_read::too_long) {
      fail(too_large(name, line_no));
      continue;
    }
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    if (auto a = parse_json_line(line, name, line_no)) {
      ++counts_.articles;
      on_article_(std::move(*a));
    }
  }
  if (in.bad()) fail({name, line_no + 1, std::nullopt, "read error"});
}

void article_reader::read_plain_text(std::istream& in, const std::string& name, std::string head) {
  // read in blocks, stopping as soon as the article is too large: memory stays within the limit
  std::string all = std::move(head);
  std::streambuf& buffer = *in.rdbuf();
  char block[1 << 16];
  for (;;) {
    const std::streamsize n = buffer.sgetn(block, sizeof block);
    if (n <= 0) break;
    if (options_.max_article_bytes && all.size() + static_cast<std::size_t>(n) > options_.max_article_bytes) {
      fail(too_large(name, 0));
      return;
    }
    all.append(block, static_cast<std::size_t>(n));
  }
  if (auto a = parse_plain_text(std::move(all), name)) {
    ++counts_.articles;
    on_article_(std::move(*a));
  }
}

void article_reader::read_stream(std::istream& in, const std::string& name) {
  // sniff: JSON Lines when the first non-space character is '{'
  std::string head;
  char c;
  while (in.get(c)) {
    head += c;
    if (!ascii_space(c) && !(head.size() <= 3 && static_cast<unsigned char>(c) >= 0xBB)) break;
  }
  in.clear(in.rdstate() & ~std::ios::failbit & ~std::ios::eofbit);
  if (!head.empty() && head.back() == '{') {
    read_json_lines(in, name, std::move(head));
    return;
  }
  read_plain_text(in, name, std::move(head));
}

void article_reader::read_file(const std::string& path) {
  ++counts_.files;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fail({path, 0, std::nullopt, fmt::format("cannot open: {}", std::strerror(errno))});
    return;
  }
  if (is_json_lines_name(path)) {
    read_json_lines(in, path);
    return;
  }
  read_stream(in, path);
}

void article_reader::read_path(const std::string& path) {
  if (path == "-") {
    read_stream(std::cin, "-");
    return;
  }
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    fail({path, 0, std::nullopt, "no such file or folder"});
    return;
  }
  if (fs::is_directory(status)) {
    for (const auto& f : list_article_files(path, [this](const input_error& e) { fail(e); })) {
      if (stopping()) return;
      read_file(f);
    }
    return;
  }
  read_file(path);
}

std::vector<std::string> list_article_files(const std::string& folder, const article_reader::error_sink& on_error) {
  std::vector<std::string> files;
  std::error_code ec;
  // symlinked folders are not followed, so a symlink loop cannot trap the walk
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    on_error({folder, 0, std::nullopt, fmt::format("cannot read folder: {}", ec.message())});
    return files;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      on_error({it->path().string(), 0, std::nullopt, fmt::format("cannot read: {}", ec.message())});
      ec.clear();
      continue;
    }
    const auto name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!has_article_extension(it->path())) continue;
    std::error_code sec;
    const auto target = fs::status(it->path(), sec);  // follows a symbolic link to a file
    if (!sec && fs::is_regular_file(target)) {
      files.push_back(it->path().string());
    } else if (sec || !fs::exists(target)) {
      // an article the user meant us to read is not silently dropped
      std::error_code lec;
      const bool dangling = target.type() == fs::file_type::not_found && it->is_symlink(lec);
      on_error({it->path().string(), 0, std::nullopt,
                dangling ? std::string("broken symbolic link (its target does not exist)")
                         : fmt::format("cannot read: {}", sec ? sec.message() : std::string("no such file"))});
    } else if (!fs::is_directory(target)) {
      on_error({it->path().string(), 0, std::nullopt,
                "not a regular file (FIFO, socket or device); expected a text or JSON Lines file"});
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace onrecord
