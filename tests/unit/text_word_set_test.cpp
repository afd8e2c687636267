// Word sets and maps answer "not there" with no keys at all (their look-up asks the keys' shapes,
// not their count), for the empty word too, and find every key after growing and after clear().
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/word_set.h"

namespace onrecord {
namespace {

TEST(WordSet, EmptySetAndMapHoldNothing) {
  word_set set;
  EXPECT_FALSE(set.contains("mayor"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_EQ(set.index_of("a"), word_set::npos);
  set.reserve(100);  // room made, still no keys
  EXPECT_FALSE(set.contains("mayor"));
  word_map<int> map;
  EXPECT_EQ(map.lookup("mayor"), nullptr);
  EXPECT_EQ(map.find(""), map.end());
  EXPECT_EQ(map.count("x"), 0u);
}

TEST(WordSet, FindsEveryKeyAfterGrowingAndNoneAfterClear) {
  word_set set;
  std::vector<std::string> words;
  for (int k = 0; k < 200; ++k) words.push_back("okafor" + std::to_string(k));
  for (const auto& w : words) EXPECT_TRUE(set.insert(w));
  EXPECT_FALSE(set.insert(words[7]));
  for (std::size_t k = 0; k < words.size(); ++k) EXPECT_EQ(set.index_of(words[k]), k);
  EXPECT_FALSE(set.contains("okafor200"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_TRUE(set.insert(""));  // the empty word is a key like any other
  EXPECT_TRUE(set.contains(""));
  set.clear();
  EXPECT_FALSE(set.contains(words[0]));
  EXPECT_FALSE(set.contains(""));
  EXPECT_TRUE(set.insert("whitcombe"));
  EXPECT_TRUE(set.contains("whitcombe"));

  word_map<int> map;
  for (int k = 0; k < 100; ++k) map[words[static_cast<std::size_t>(k)]] = k;
  for (int k = 0; k < 100; ++k) {
    const int* v = map.lookup(words[static_cast<std::size_t>(k)]);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, k);
  }
  EXPECT_EQ(map.lookup("okafor100"), nullptr);
}

}  // namespace
}  // namespace onrecord
