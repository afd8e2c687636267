// The single-pass JSON article scan against the general parser (nlohmann::json): every line the scan
// takes must be one the general parser takes, with the same field values; everything doubtful it
// must hand back, so error messages stay those of the general path.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "read/article_json_fields.h"
#include "text/utf8.h"

namespace onrecord {
namespace {

using nlohmann::json;

// The fields as article_reader's general path reads them from a parsed object; false when that
// path would refuse the line (so the scan must refuse it too).
bool fields_by_general_parser(std::string_view line, article_json_fields& out) {
  json j = json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  auto field = [&](const char* name, std::string& value, bool& present) {
    const auto it = j.find(name);
    present = false;
    if (it == j.end() || it->is_null()) return true;
    if (std::string_view(name) == "id" && it->is_number_integer()) {
      value = it->dump();
      present = true;
      return true;
    }
    if (!it->is_string()) return false;
    value = it->get<std::string>();
    present = true;
    return true;
  };
  bool unused = false;
  if (!field("id", out.id, out.has_id) || !field("text", out.text, out.has_text) ||
      !field("published", out.published, unused) || !field("url", out.url, unused) ||
      !field("outlet", out.outlet, unused) || !field("title", out.title, unused))
    return false;
  out.source_is_string = j.contains("source") && j["source"].is_string();
  if (out.source_is_string) out.source = j["source"].get<std::string>();
  return true;
}

void expect_same_as_general_parser(const std::string& line) {
  article_json_fields fast;
  if (!scan_article_json(line, fast)) return;  // handed back: the general path decides
  article_json_fields general;
  ASSERT_TRUE(fields_by_general_parser(line, general)) << "the scan took a line the general path refuses: " << line;
  EXPECT_EQ(fast.id, general.id) << line;
  EXPECT_EQ(fast.has_id, general.has_id) << line;
  EXPECT_EQ(fast.text, general.text) << line;
  EXPECT_EQ(fast.has_text, general.has_text) << line;
  EXPECT_EQ(fast.published, general.published) << line;
  EXPECT_EQ(fast.url, general.url) << line;
  EXPECT_EQ(fast.outlet, general.outlet) << line;
  EXPECT_EQ(fast.title, general.title) << line;
  EXPECT_EQ(fast.source_is_string, general.source_is_string) << line;
  if (fast.source_is_string) {
    EXPECT_EQ(fast.source, general.source) << line;
  }
}

TEST(ArticleJsonFields, ReadsTheKnownFieldsAndSkipsTheRest) {
  const std::string line =
      R"( {"extra":{"a":[1,2.5,{"b":null}],"c":"x\"y"},"id":"k1","text":"Mayor Dana Whitcombe said \"no\".\n\u00e9\ud83d\ude00",)"
      R"("published":"2024-02-29","url":"u","outlet":"o","title":"t","source":"s","flag":true,"n":-0.5} )";
  article_json_fields f;
  ASSERT_TRUE(scan_article_json(line, f));
  EXPECT_EQ(f.id, "k1");
  EXPECT_EQ(f.text, "Mayor Dana Whitcombe said \"no\".\n\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(f.published, "2024-02-29");
  EXPECT_EQ(f.outlet, "o");
  EXPECT_EQ(f.source, "s");
  expect_same_as_general_parser(line);
}

TEST(ArticleJsonFields, AnIntegerIdIsItsDecimalForm) {
  for (const std::string line : {R"({"id":42,"text":"a"})", R"({"id":-7,"text":"a"})", R"({"id":-0,"text":"a"})",
                                 R"({"id":123456789012345678,"text":"a"})"}) {
    article_json_fields f;
    ASSERT_TRUE(scan_article_json(line, f)) << line;
    expect_same_as_general_parser(line);
  }
}

TEST(ArticleJsonFields, NullFieldsAreAbsent) {
  article_json_fields f;
  ASSERT_TRUE(scan_article_json(R"({"id":"a","text":"b","published":null,"source":5})", f));
  EXPECT_TRUE(f.published.empty());
  EXPECT_FALSE(f.source_is_string);
  article_json_fields g;
  ASSERT_TRUE(scan_article_json(R"({"id":null,"text":"b"})", g));
  EXPECT_FALSE(g.has_id);
}

TEST(ArticleJsonFields, HandsBackWhatTheGeneralPathMustWord) {
  for (const std::string line : {
           R"({"id":"a","text":"b")",                    // cut off
           R"({"id":"a","text":"b",})",                  // trailing comma
           R"({"id":"a","text":"b"} x)",                 // text after the object
           R"([{"id":"a","text":"b"}])",                 // not an object
           R"({"id":"a","text":42})",                    // a known field of another type
           R"({"id":1.5,"text":"b"})",                   // a fractional id
           R"({"id":"a","text":"b","title":true})",      // a known field of another type
           R"({"id":"a","id":"c","text":"b"})",          // a repeated known field
           R"({"\u0069d":"a","text":"b"})",              // an escaped key
           R"({"id":"a","text":"b","x":1e5000})",        // an exponent (may overflow)
           R"({"id":"a","text":"b","x":01})",            // a leading zero
           R"({"id":"a","text":"b\x"})",                 // a bad escape
           R"({"id":"a","text":"\ud800"})",              // a lone high surrogate
           R"({"id":"a","text":"\udc00"})",              // a lone low surrogate
           R"({"id":"a","text":"\ud800\u0041"})",        // a high surrogate without its low half
           R"({"id":"a","text":"b","x":nul})",           // a broken literal
           R"({"id":"a","text":"b","x":[1,]})",          // a trailing comma inside
           "{\"id\":\"a\",\"text\":\"tab\there\"}",      // a raw control character
           "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"b\"}",  // a byte-order mark
           R"({"id":1234567890123456789,"text":"b"})",   // an id too long for the fast path
       }) {
    article_json_fields f;
    EXPECT_FALSE(scan_article_json(line, f)) << line;
  }
}

TEST(ArticleJsonFields, DeepNestingInAnUnknownFieldIsHandedBackNotOverflowed) {
  const std::string deep = R"({"id":"a","text":"b","x":)" + std::string(10000, '[') + std::string(10000, ']') + "}";
  article_json_fields f;
  EXPECT_FALSE(scan_article_json(deep, f));
  const std::string shallow = R"({"id":"a","text":"b","x":)" + std::string(20, '[') + std::string(20, ']') + "}";
  EXPECT_TRUE(scan_article_json(shallow, f));
}

// Random edits of article lines: whatever the scan takes, the general parser takes with the same values.
TEST(ArticleJsonFields, AgreesWithTheGeneralParserOnMutatedLines) {
  const std::vector<std::string> seeds = {
      R"({"id":"k1","text":"Councillor Ravi Okafor said \"we will\" \u201cnot\u201d.\n","published":"2025-11-09","url":null})",
      R"({"id":17,"published":"2025-11-09","text":"A \\ b \/ c \b\f\r\t \ud83d\ude00 ok","meta":{"tags":["a","b"],"n":[1,-2,3.25]},"source":"Gazette"})",
      R"(  {"title":"T","outlet":"","source":"S","text":"x","id":"y","flag":false,"z":true,"w":null}  )",
  };
  const std::string alphabet = "{}[]\":,\\/ u0123456789abcdefABCDEF-+.eEtrunlsx\t\n\r\x01\xC3\xA9";
  std::mt19937 rng(20261126);
  int taken = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string line = seeds[rng() % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !line.empty(); ++e) {
      const std::size_t at = rng() % line.size();
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0:
          line[at] = c;
          break;
        case 1:
          line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), c);
          break;
        default:
          line.erase(at, 1);
          break;
      }
    }
    if (find_invalid_utf8(line)) continue;  // the reader refuses those before any JSON parsing
    article_json_fields f;
    if (scan_article_json(line, f)) ++taken;
    expect_same_as_general_parser(line);
    if (HasFailure()) return;
  }
  EXPECT_GT(taken, 1000) << "the scan should take most lightly edited lines that stay valid";
}

}  // namespace
}  // namespace onrecord
