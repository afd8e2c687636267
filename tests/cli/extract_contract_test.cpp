// The `extract` output contract: fields, code-point offsets, and article metadata.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_onrecord;

// code points of a UTF-8 string
std::u32string decode(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += len;
  }
  return out;
}

TEST(ExtractContract, EveryFieldIsPresentAndOffsetsAreCodePoints) {
  const std::string text =
      "date 2024-05-14 Café owners in Brackenridge — worried about rents — met on Monday.\n\n"
      "“We cannot keep paying these prices,” said Mireille Duchamp, who runs a bakery.\n";
  const auto r = run_onrecord({"extract", "-"}, text);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["article"]["published"], "2024-05-14");
  EXPECT_EQ(j["article"]["file"], "-");
  ASSERT_GE(j["statements"].size(), 1u);
  const auto& s = j["statements"][0];
  for (const char* field :
       {"start", "end", "text", "kind", "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue", "date",
        "date_earliest", "date_latest", "date_basis", "topics", "stance", "confidence"})
    EXPECT_TRUE(s.contains(field)) << field;
  const std::u32string cps = decode(text);
  const auto start = s["start"].get<std::size_t>(), end = s["end"].get<std::size_t>();
  EXPECT_EQ(cps.substr(start, end - start), decode(s["text"].get<std::string>()));
  EXPECT_EQ(s["text"], "We cannot keep paying these prices,");
  EXPECT_EQ(s["kind"], "direct");
  EXPECT_EQ(s["speaker"], "Mireille Duchamp");
  EXPECT_EQ(s["date"], "2024-05-14");
}

TEST(ExtractContract, JsonLinesInputKeepsIdsAndReportsBrokenLines) {
  const std::string input =
      "{\"id\":\"n1\",\"published\":\"2023-01-09\",\"text\":\"“Taxes will fall,” Governor Ilse Brandt said.\"}\n"
      "this is not json\n"
      "{\"id\":\"n2\",\"published\":\"2023-01-10\",\"text\":\"“Taxes will rise,” Senator Paulo Veres said.\"}\n";
  const auto r = run_onrecord({"extract", "-"}, input);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("-:2"), std::string::npos) << r.err;
  std::vector<std::string> ids;
  std::size_t pos = 0;
  while ((pos = r.out.find("\"article\":{\"id\":\"", pos)) != std::string::npos) {
    pos += 17;
    ids.push_back(r.out.substr(pos, r.out.find('"', pos) - pos));
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"n1", "n2"}));
}

}  // namespace
}  // namespace onrecord
