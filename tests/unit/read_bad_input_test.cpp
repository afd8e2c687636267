// The bad-input catalogue at the reader: every way an input can be wrong, with the outcome it must
// have (a refusal naming file, line and byte offset, or a warning on an article that is still read).
// docs/RELIABILITY.md lists each case with the test that shows it.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "read/article_reader.h"
#include "read/publication_date.h"
#include "support/test_support.h"

namespace onrecord {
namespace {
namespace fs = std::filesystem;

struct collected {
  explicit collected(std::size_t max_article_bytes = default_max_article_bytes)
      : reader{reader_options{date::sys_days{date::year{2026} / 1 / 1}, {}, max_article_bytes},
               [this](article&& a) { articles.push_back(std::move(a)); },
               [this](const input_error& e) { errors.push_back(e); }} {}
  std::vector<article> articles;
  std::vector<input_error> errors;
  article_reader reader;
  std::string all_errors() const {
    std::string out;
    for (const auto& e : errors) out += e.describe() + "\n";
    return out;
  }
};

struct scratch_folder : testing::scratch_folder {
  scratch_folder() : testing::scratch_folder("read", 0700) {}
};

constexpr const char* good_article = "date 2024-03-06\n“The pool reopens in May,” Mayor Dana Whitcombe said.\n";

// ---- invalid UTF-8 -------------------------------------------------------------------------------

TEST(BadInputInvalidUtf8, EachKindOfBadSequenceIsRefusedAtItsByteOffset) {
  const std::vector<std::pair<std::string, std::size_t>> cases = {
      {"ok \xC3\x28 x", 4},                  // bad continuation byte: the offset of the byte at fault
      {"ok \x80 x", 3},                      // stray continuation byte
      {"ok \xC0\xAF x", 3},                  // overlong '/' (C0 never starts a valid sequence)
      {"ok \xE0\x80\xAF x", 3},              // overlong, three bytes: the sequence start
      {"ok \xED\xA0\x80 x", 3},              // UTF-16 surrogate
      {"ok \xF4\x90\x80\x80 x", 3},          // above U+10FFFF
      {"ok \xFF x", 3},                      // never valid
      {"truncated at the end \xE2\x80", 21}  // sequence cut by the end of the file
  };
  for (const auto& [text, offset] : cases) {
    collected c;
    EXPECT_FALSE(c.reader.parse_plain_text(text, "bad.txt")) << text;
    ASSERT_EQ(c.errors.size(), 1u) << text;
    EXPECT_EQ(c.errors[0].byte_offset, offset) << c.all_errors();
    EXPECT_NE(c.errors[0].message.find("expected UTF-8 text"), std::string::npos) << c.all_errors();
  }
}

TEST(BadInputInvalidUtf8, InAJsonLineTheOffsetIsIntoTheLine) {
  collected c;
  EXPECT_FALSE(c.reader.parse_json_line("{\"id\":\"a\",\"text\":\"bad \xC3\x28\"}", "f.jsonl", 4));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 4u);
  EXPECT_EQ(c.errors[0].byte_offset, 23u);
  EXPECT_NE(c.errors[0].describe().find("f.jsonl:4: byte 23: "), std::string::npos) << c.all_errors();
}

// ---- byte-order mark -----------------------------------------------------------------------------

TEST(BadInputBom, APlainTextBomIsKeptInTheTextButNotInTheBody) {
  collected c;
  auto a = c.reader.parse_plain_text(
      "\xEF\xBB\xBF"
      "date 2024-03-06\nBody.",
      "bom.txt");
  ASSERT_TRUE(a) << c.all_errors();
  ASSERT_TRUE(a->published);
  EXPECT_EQ(format_day(*a->published), "2024-03-06");
  EXPECT_EQ(a->text.substr(a->body_begin), "Body.");
  EXPECT_TRUE(a->text.starts_with("\xEF\xBB\xBF")) << "offsets are into the text exactly as read";
}

TEST(BadInputBom, AJsonLinesFileWithABomReadsItsFirstLine) {
  scratch_folder dir;
  const auto f = dir.write("bom.jsonl",
                           "\xEF\xBB\xBF{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"One.\"}\n"
                           "{\"id\":\"b\",\"published\":\"2024-03-06\",\"text\":\"Two.\"}\n");
  collected c;
  c.reader.read_path(f);
  EXPECT_TRUE(c.errors.empty()) << c.all_errors();
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "a");
}

TEST(BadInputBom, AJsonLinesStreamWithABomIsSniffedAsJsonLines) {
  collected c;
  std::istringstream in("\xEF\xBB\xBF{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"One.\"}\n");
  c.reader.read_stream(in, "-");
  EXPECT_TRUE(c.errors.empty()) << c.all_errors();
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "a");
}

// ---- NUL bytes, binary, empty, white space ---------------------------------------------------------

TEST(BadInputBinary, ANulByteIsRefusedAtItsOffset) {
  collected c;
  EXPECT_FALSE(c.reader.parse_plain_text(std::string("date 2024-03-06\nab\0cd", 21), "nul.txt"));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].byte_offset, 18u);
  EXPECT_NE(c.errors[0].message.find("NUL"), std::string::npos);
}

TEST(BadInputBinary, ABinaryFileIsRefusedWithoutReadingItAsText) {
  scratch_folder dir;
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  for (int i = 0; i < 4096; ++i) png += static_cast<char>((i * 37) & 0xFF);
  const auto f = dir.write("picture.txt", png);
  collected c;
  c.reader.read_path(f);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].file, f);
  EXPECT_TRUE(c.errors[0].byte_offset) << c.all_errors();
}

TEST(BadInputBinary, AJsonTextWithAnEscapedNulIsRefused) {
  collected c;
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"n","text":"a\u0000b"})", "f.jsonl", 1));
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].message.find("NUL"), std::string::npos) << c.all_errors();
  EXPECT_NE(c.errors[0].message.find("article \"n\""), std::string::npos) << c.all_errors();
}

TEST(BadInputEmpty, EmptyAndWhiteSpaceOnlyFilesAreRefusedByName) {
  scratch_folder dir;
  const auto empty = dir.write("empty.txt", "");
  const auto blank = dir.write("blank.txt", " \n\t\r\n  \n");
  const auto headers = dir.write("headers.txt", "Title: Nothing here\nDate: 2024-03-06\n\n");
  const auto empty_json = dir.write("empty.jsonl", "");
  collected c;
  for (const auto& f : {empty, blank, headers, empty_json}) c.reader.read_path(f);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 3u) << c.all_errors() << "(an empty JSON Lines file holds no article: not an error)";
  EXPECT_EQ(c.errors[0].file, empty);
  EXPECT_NE(c.errors[0].message.find("empty article"), std::string::npos);
  EXPECT_EQ(c.errors[1].file, blank);
  EXPECT_NE(c.errors[1].message.find("white space"), std::string::npos);
  EXPECT_EQ(c.errors[2].file, headers);
  EXPECT_NE(c.errors[2].message.find("no text"), std::string::npos);
}

TEST(BadInputEmpty, AJsonArticleWithEmptyOrBlankTextIsRefused) {
  collected c;
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"e","text":""})", "f.jsonl", 1));
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"w","text":"  \n "})", "f.jsonl", 2));
  EXPECT_FALSE(c.reader.parse_json_line(R"({"id":"","text":"Body."})", "f.jsonl", 3));
  ASSERT_EQ(c.errors.size(), 3u);
  EXPECT_NE(c.errors[2].message.find("\"id\" is empty"), std::string::npos) << c.all_errors();
}

// ---- JSON Lines: broken lines, unknown fields, wrong types ----------------------------------------

TEST(BadInputJsonLines, ABrokenLineInTheMiddleFailsAloneWithItsLineAndOffset) {
  scratch_folder dir;
  const auto f = dir.write("feed.jsonl",
                           "{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"One.\"}\n"
                           "\n"
                           "{\"id\":\"b\",\"published\":\"2024-03-06\",\"text\":\"Two.\"\n"
                           "{\"id\":\"c\",\"published\":\"2024-03-06\",\"text\":\"Three.\"}\r\n"
                           "not json at all\n"
                           "{\"id\":\"d\",\"published\":\"2024-03-06\",\"text\":\"Four.\"}");
  collected c;
  c.reader.read_path(f);
  ASSERT_EQ(c.articles.size(), 3u) << c.all_errors();
  EXPECT_EQ(c.articles[0].id, "a");
  EXPECT_EQ(c.articles[1].id, "c");
  EXPECT_EQ(c.articles[1].line, 4u);
  EXPECT_EQ(c.articles[2].id, "d");
  EXPECT_EQ(c.articles[2].line, 6u) << "the last line needs no newline";
  ASSERT_EQ(c.errors.size(), 2u) << c.all_errors();
  EXPECT_EQ(c.errors[0].line, 3u);
  EXPECT_TRUE(c.errors[0].byte_offset);
  EXPECT_NE(c.errors[0].describe().find("feed.jsonl:3: byte "), std::string::npos) << c.all_errors();
  EXPECT_NE(c.errors[0].message.find("expected one article object per line"), std::string::npos);
  EXPECT_EQ(c.errors[1].line, 5u);
  EXPECT_EQ(c.errors[1].byte_offset, 1u) << "\"no…\" fails at the 'o': " << c.all_errors();
}

// Found by fuzz_json_line_reader and fuzz_plain_text_reader (tests/fuzz/regressions/*/number-overflow):
// a number beyond a double's range is well-formed JSON that nlohmann refuses with an exception
// other than a parse error, which once escaped the reader and ended the whole run.
TEST(BadInputJsonLines, ANumberBeyondADoublesRangeIsRefusedAndTheNextLineRead) {
  scratch_folder dir;
  const std::string path =
      dir.write("overflow.jsonl",
                "{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"Mayor Dana Whitcombe said the pier was safe.\","
                "\"score\":-11e5872}\n"
                "{\"id\":\"b\",\"published\":\"2024-03-06\",\"text\":\"Councillor Ravi Okafor said it was not.\"}\n");
  collected c;
  c.reader.read_path(path);
  ASSERT_EQ(c.errors.size(), 1u) << c.all_errors();
  EXPECT_EQ(c.errors[0].line, 1u);
  EXPECT_NE(c.errors[0].message.find("number overflow"), std::string::npos) << c.all_errors();
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "b");
}

TEST(BadInputJsonLines, UnknownFieldsAreIgnoredAndSourceIsAnOutletSynonym) {
  collected c;
  auto a = c.reader.parse_json_line(
      R"({"id":"u","text":"Body.","published":"2024-03-06","byline":"A. Writer","tags":["x"],"nested":{"deep":[1,{"x":null}]},"source":"Alder Gazette"})",
      "f.jsonl", 1);
  ASSERT_TRUE(a) << c.all_errors();
  EXPECT_EQ(a->outlet, "Alder Gazette");
  EXPECT_TRUE(a->warnings.empty());
}

TEST(BadInputJsonLines, WrongTypesAreRefusedNamingTheFieldAndTheTypeExpected) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"id":"t","text":42})", "field \"text\" is a number; expected a string"},
      {R"({"id":"t","text":["a"]})", "field \"text\" is an array; expected a string"},
      {R"({"id":{"x":1},"text":"Body."})", "field \"id\" is an object; expected a string"},
      {R"({"id":true,"text":"Body."})", "field \"id\" is a boolean; expected a string"},
      {R"({"id":"t","text":"Body.","published":20240306})", "field \"published\" is a number; expected a string"},
      {R"({"id":"t","text":"Body.","url":["u"]})", "field \"url\" is an array; expected a string"},
      {R"({"id":1.5,"text":"Body."})", "field \"id\" is a number; expected a string"},
      {R"("just a string")", "a JSON string where an article object was expected"},
      {R"(null)", "a JSON null where an article object was expected"},
  };
  for (const auto& [line, expected] : cases) {
    collected c;
    EXPECT_FALSE(c.reader.parse_json_line(line, "f.jsonl", 2)) << line;
    ASSERT_EQ(c.errors.size(), 1u) << line;
    EXPECT_EQ(c.errors[0].line, 2u);
    EXPECT_NE(c.errors[0].message.find(expected), std::string::npos) << line << " → " << c.all_errors();
  }
}

TEST(BadInputJsonLines, AnIntegerIdIsTakenAsItsDigits) {
  collected c;
  auto a = c.reader.parse_json_line(R"({"id":1234,"text":"Body.","published":"2024-03-06"})", "f.jsonl", 1);
  ASSERT_TRUE(a) << c.all_errors();
  EXPECT_EQ(a->id, "1234");
}

TEST(BadInputJsonLines, DeeplyNestedJsonIsRefusedOrReadWithoutExhaustingTheStack) {
  // 100,000 levels: a recursive parser or destructor would overflow the stack here
  std::string line = "{\"id\":\"deep\",\"text\":\"Body.\",\"x\":";
  line += std::string(100000, '[') + std::string(100000, ']') + "}";
  collected c;
  auto a = c.reader.parse_json_line(line, "f.jsonl", 1);
  EXPECT_TRUE(a || c.errors.size() == 1u) << c.all_errors();
  std::string unbalanced = "{\"id\":\"deep\",\"text\":\"Body.\",\"x\":" + std::string(100000, '[');
  EXPECT_FALSE(c.reader.parse_json_line(unbalanced, "f.jsonl", 2));
}

// ---- publication dates ----------------------------------------------------------------------------

TEST(BadInputPublicationDate, MissingMalformedFutureAndAncientDatesLeaveTheArticleUndatedWithAWarning) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Body without a date.", "no publication date"},
      {"date 06/03/2024\nBody.", "is not a date; use YYYY-MM-DD"},
      {"date 2024-3-6\nBody.", "is not a date; use YYYY-MM-DD"},
      {"date 2024-02-30\nBody.", "is not a real day"},
      {"date 2024-13-01\nBody.", "is not a real day"},
      {"Date: 2031-05-01\n\nBody.", "is in the future"},
      {"Date: 1899-12-31\n\nBody.", "is before 1900"},
      {"date 0000-01-01\nBody.", "is before 1900"},
      {"date 2024-03-06x\nBody.", "is not a date"},
  };
  for (const auto& [text, expected] : cases) {
    collected c;
    auto a = c.reader.parse_plain_text(text, "d.txt");
    ASSERT_TRUE(a) << text << ": " << c.all_errors();
    EXPECT_FALSE(a->published) << text;
    ASSERT_EQ(a->warnings.size(), 1u) << text;
    EXPECT_NE(a->warnings[0].find(expected), std::string::npos) << text << " → " << a->warnings[0];
  }
}

TEST(BadInputPublicationDate, JsonDatesGetTheSameChecks) {
  collected c;
  auto future = c.reader.parse_json_line(R"({"id":"f","text":"Body.","published":"2031-05-01"})", "f.jsonl", 1);
  auto ancient = c.reader.parse_json_line(R"({"id":"a","text":"Body.","published":"1850-05-01"})", "f.jsonl", 2);
  auto missing = c.reader.parse_json_line(R"({"id":"m","text":"Body."})", "f.jsonl", 3);
  auto with_time =
      c.reader.parse_json_line(R"({"id":"t","text":"Body.","published":"2024-03-06T23:59:59+05:00"})", "f.jsonl", 4);
  ASSERT_TRUE(future && ancient && missing && with_time) << c.all_errors();
  EXPECT_FALSE(future->published);
  EXPECT_NE(future->warnings.at(0).find("future"), std::string::npos);
  EXPECT_FALSE(ancient->published);
  EXPECT_NE(ancient->warnings.at(0).find("before 1900"), std::string::npos);
  EXPECT_FALSE(missing->published);
  EXPECT_NE(missing->warnings.at(0).find("no publication date"), std::string::npos);
  ASSERT_TRUE(with_time->published);
  EXPECT_EQ(format_day(*with_time->published), "2024-03-06");
}

TEST(BadInputPublicationDate, HugeOrOddDateValuesNeverOverflow) {
  const auto today = date::sys_days{date::year{2026} / 1 / 1};
  for (const std::string& v :
       std::vector<std::string>{"9999-99-99", "99999999999999999999", "-001-01-01", "２０２４-01-01",
                                std::string(10000, '9'), std::string("2024-01-01\0", 11)})
    EXPECT_FALSE(parse_publication_date(v, today).day) << v;
  EXPECT_TRUE(parse_publication_date("2024-01-01T", today).day) << "a date followed by T is a date-time";
}

// ---- a 100 MB article: linear time, bounded memory ------------------------------------------------

// The process's peak resident memory (VmHWM) in KB, after reset_peak_rss() when that worked.
long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string key;
  long kb = 0;
  while (status >> key) {
    if (key == "VmHWM:") {
      status >> kb;
      return kb;
    }
    status.ignore(1 << 12, '\n');
  }
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

// Sets the peak back to the current resident size (Linux: "5" to clear_refs), so that a figure
// measured after an earlier, bigger test is not hidden by that test's peak.
void reset_peak_rss() { std::ofstream("/proc/self/clear_refs") << "5"; }

// CPU seconds of this process (user and system): unlike the wall clock, they do not grow when other
// work shares the machine, so the ratio below stays about the reader, not about the machine's load.
double cpu_seconds() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double seconds_to_read(const std::string& file, std::size_t expected_bytes) {
  collected c(0);  // no size limit: the reading itself must be linear and hold few copies
  const double start = cpu_seconds();
  c.reader.read_path(file);
  const double s = cpu_seconds() - start;
  EXPECT_TRUE(c.errors.empty()) << c.all_errors();
  EXPECT_EQ(c.articles.size(), 1u);
  if (!c.articles.empty()) {
    EXPECT_EQ(c.articles[0].text.size(), expected_bytes);
  }
  return s;
}

TEST(BadInputHugeArticle, A100MegabyteArticleIsReadInLinearTimeAndBoundedMemory) {
  constexpr std::size_t big = 100u << 20, small = 10u << 20;
  scratch_folder dir;
  const std::string paragraph =
      "“The tram will run every ten minutes,” Mayor Dana Whitcombe said on Tuesday; Councillor Ravi Okafor "
      "disagreed. ‘Not this year,’ he said.\n";
  auto write_article = [&](const std::string& name, std::size_t bytes) {
    std::string text = "date 2024-03-06\n";
    text.reserve(bytes);
    while (text.size() + paragraph.size() <= bytes) text += paragraph;
    text.append(bytes - text.size(), '.');
    return dir.write(name, text);
  };
  const std::string small_file = write_article("small.txt", small);
  const std::string big_file = write_article("big.txt", big);
  reset_peak_rss();
  const long rss_before = peak_rss_kb();
  const double t_small = seconds_to_read(small_file, small);
  const double t_big = seconds_to_read(big_file, big);
  const long rss_growth_mb = (peak_rss_kb() - rss_before) / 1024;
  std::cerr << "100 MB read in " << t_big << " CPU s (10 MB: " << t_small << " CPU s), peak memory grew "
            << rss_growth_mb << " MB\n";
  EXPECT_LT(t_big, 60.0);
  EXPECT_LT(t_big, 25.0 * std::max(t_small, 0.05)) << "ten times the input took far more than ten times as long";
#if defined(__SANITIZE_ADDRESS__)
  (void)rss_growth_mb;  // AddressSanitizer's quarantine keeps freed blocks: RSS says nothing here
#else
  EXPECT_LT(rss_growth_mb, 4 * 100 + 64) << "reading holds more than a few copies of the text";
#endif
}

TEST(BadInputHugeArticle, UnderTheDefaultLimitA100MegabyteFileOrLineIsRefusedWithoutBeingHeld) {
  constexpr std::size_t big = 100u << 20;
  scratch_folder dir;
  std::string text = "date 2024-03-06\n";
  while (text.size() < big) text += "“The tram will run every ten minutes,” Mayor Dana Whitcombe said on Tuesday.\n";
  const std::string plain = dir.write("big.txt", text);
  std::string lines = std::string("{\"id\":\"before\",\"published\":\"2024-03-06\",\"text\":\"") +
                      "Councillor Ravi Okafor said the ferry was late.\"}\n{\"id\":\"huge\",\"text\":\"";
  lines.append(big, 'a');
  lines += "\"}\n{\"id\":\"after\",\"published\":\"2024-03-06\",\"text\":\"Okafor said it was on time.\"}\n";
  const std::string jsonl = dir.write("big.jsonl", lines);
  std::string().swap(text);
  std::string().swap(lines);

  reset_peak_rss();
  const long rss_before = peak_rss_kb();
  collected c;
  const auto start = std::chrono::steady_clock::now();
  c.reader.read_path(plain);
  c.reader.read_path(jsonl);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const long rss_growth_mb = (peak_rss_kb() - rss_before) / 1024;
  std::cerr << "two 100 MB articles refused in " << s << " s, peak memory grew " << rss_growth_mb << " MB\n";

  ASSERT_EQ(c.errors.size(), 2u) << c.all_errors();
  EXPECT_EQ(c.errors[0].file, plain);
  EXPECT_EQ(c.errors[0].line, 0u);
  EXPECT_NE(c.errors[0].message.find("larger than 8 MB"), std::string::npos) << c.all_errors();
  EXPECT_NE(c.errors[0].message.find("--max-article-mb"), std::string::npos) << c.all_errors();
  EXPECT_EQ(c.errors[1].file, jsonl);
  EXPECT_EQ(c.errors[1].line, 2u) << "the huge line is named";
  ASSERT_EQ(c.articles.size(), 2u) << "the lines before and after the huge one are still read";
  EXPECT_EQ(c.articles[0].id, "before");
  EXPECT_EQ(c.articles[1].id, "after");
  EXPECT_LT(s, 30.0);
#if !defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(rss_growth_mb, 64) << "a refused article was held in memory";
#endif
}

TEST(BadInputHugeArticle, AnArticleJustUnderTheLimitIsRead) {
  scratch_folder dir;
  std::string text = "date 2024-03-06\n“The tram will run,” Mayor Dana Whitcombe said.\n";
  text.append((1u << 20) - text.size() - 1, 'x');
  text += '\n';
  collected c(1u << 20);
  c.reader.read_path(dir.write("exact.txt", text));
  ASSERT_TRUE(c.errors.empty()) << c.all_errors();
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text.size(), 1u << 20);
  collected over(1u << 20);
  over.reader.read_path(dir.write("over.txt", text + "y"));
  ASSERT_EQ(over.errors.size(), 1u);
  EXPECT_NE(over.errors[0].message.find("larger than 1 MB"), std::string::npos) << over.all_errors();
}

// ---- folders: symlink loops, broken links, unreadable entries -------------------------------------

TEST(BadInputFolders, SymlinkLoopsDoNotTrapTheWalkAndEveryArticleIsReadOnce) {
  scratch_folder dir;
  dir.write("a/one.txt", good_article);
  dir.write("a/b/two.txt", good_article);
  fs::create_directory_symlink("..", dir.path / "a/b/up");            // a/b/up → a: a folder loop
  fs::create_directory_symlink(dir.path / "a", dir.path / "a/self");  // absolute loop
  fs::create_symlink("loop2.txt", dir.path / "a/loop1.txt");          // file links pointing at each other
  fs::create_symlink("loop1.txt", dir.path / "a/loop2.txt");
  collected c;
  c.reader.read_path(dir.path.string());
  ASSERT_EQ(c.articles.size(), 2u) << c.all_errors();
  ASSERT_EQ(c.errors.size(), 2u) << c.all_errors();
  for (const auto& e : c.errors) EXPECT_NE(e.message.find("symbolic links"), std::string::npos) << c.all_errors();
}

TEST(BadInputFolders, ABrokenSymlinkAndAFifoAreReportedNotSkippedInSilence) {
  scratch_folder dir;
  dir.write("good.txt", good_article);
  fs::create_symlink(dir.path / "gone.txt", dir.path / "dangling.txt");
  ASSERT_EQ(::mkfifo((dir.path / "pipe.txt").c_str(), 0600), 0);
  collected c;
  c.reader.read_path(dir.path.string());
  EXPECT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.errors.size(), 2u) << c.all_errors();
  EXPECT_NE(c.errors[0].describe().find("dangling.txt: broken symbolic link"), std::string::npos) << c.all_errors();
  EXPECT_NE(c.errors[1].describe().find("pipe.txt: not a regular file"), std::string::npos) << c.all_errors();
}

TEST(BadInputFolders, UnreadablePathsAreNamedInTheError) {
  // Tests run as root, who can open any file whatever its mode, so unreadability is shown with
  // paths that cannot be opened for other reasons: a dangling symbolic link named directly, a
  // path under a regular file, and a name that does not exist. (tests/cli/bad_input_catalogue_test
  // shows a 0600 file refused to another OS user.)
  scratch_folder dir;
  const auto file = dir.write("plain.txt", good_article);
  fs::create_symlink(dir.path / "gone.txt", dir.path / "dangling.txt");
  collected c;
  for (const auto& p : {(dir.path / "dangling.txt").string(), file + "/inside.txt", (dir.path / "absent.txt").string()})
    c.reader.read_path(p);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 3u) << c.all_errors();
  EXPECT_EQ(c.errors[0].file, (dir.path / "dangling.txt").string());
  EXPECT_EQ(c.errors[1].file, file + "/inside.txt");
  EXPECT_EQ(c.errors[2].file, (dir.path / "absent.txt").string());
}

TEST(BadInputFolders, AFolderNamedLikeAnArticleIsWalkedNotOpened) {
  scratch_folder dir;
  dir.write("x.txt/inner.txt", good_article);
  collected c;
  c.reader.read_path(dir.path.string());
  EXPECT_TRUE(c.errors.empty()) << c.all_errors();
  EXPECT_EQ(c.articles.size(), 1u);
}

// ---- stopping (what Ctrl-C during an ingest relies on) --------------------------------------------

TEST(BadInputStopping, AStopRequestEndsTheReadingBeforeTheNextFileOrLine) {
  scratch_folder dir;
  for (int i = 0; i < 5; ++i) dir.write(std::to_string(i).append(".txt"), good_article);
  std::vector<article> got;
  article_reader reader(
      reader_options{std::nullopt, [&] { return got.size() >= 2; }}, [&](article&& a) { got.push_back(std::move(a)); },
      [](const input_error&) {});
  reader.read_path(dir.path.string());
  EXPECT_EQ(got.size(), 2u);
  got.clear();
  std::istringstream lines(
      "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n{\"id\":\"3\",\"text\":\"c\"}\n");
  reader.read_stream(lines, "-");
  EXPECT_EQ(got.size(), 2u);
}

}  // namespace
}  // namespace onrecord
