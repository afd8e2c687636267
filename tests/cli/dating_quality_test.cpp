// Quality bars of dating, topics and stance (issue 4), measured on ../shared with score.py:
// the seed's date/topic/stance figures on found statements, and invariants on the PolNeAR
// development split (nothing dated after publication, no stance without evidence).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_support.h"

namespace onrecord {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Floors: what the code reaches today (seed figures count only statements the extractor finds).
constexpr double seed_date_floor = 1.0;
constexpr double seed_topic_f1_floor = 0.9;
constexpr double seed_stance_floor = 1.0;

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() / ("onrecord-dating-" + std::to_string(::getpid()) + "-" + name)).string();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

TEST(DatingQuality, SeedDatesTopicsAndStancesMeetTheirFloors) {
  ONRECORD_REQUIRE_SHARED(shared);
  const auto run = testing::run_onrecord({"extract", shared + "/corpus/seed/mamdani-ice-2025-11-09.txt"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string pred = temp_path("seed.jsonl");
  write_file(pred, run.out);
  const auto score =
      testing::run_program({"python3", shared + "/tools/score.py", pred, shared + "/corpus/seed/gold.jsonl", "--json"});
  fs::remove(pred);
  ASSERT_EQ(score.exit_code, 0) << score.err;
  const json r = json::parse(score.out);
  std::cout << "seed: found " << r["statement_recall"] << ", date " << r["date_accuracy_on_found"] << ", topic F1 "
            << r["topic_f1"] << ", stance " << r["stance_accuracy_on_found"] << "\n";
  ASSERT_FALSE(r["date_accuracy_on_found"].is_null());
  EXPECT_GE(r["date_accuracy_on_found"].get<double>(), seed_date_floor);
  EXPECT_GE(r["topic_f1"].get<double>(), seed_topic_f1_floor);
  if (!r["stance_accuracy_on_found"].is_null()) {
    EXPECT_GE(r["stance_accuracy_on_found"].get<double>(), seed_stance_floor);
  }
}

TEST(DatingQuality, SeedStatementsShowDateTopicsAndStanceEvidence) {
  ONRECORD_REQUIRE_SHARED(shared);
  const auto run = testing::run_onrecord({"extract", shared + "/corpus/seed/mamdani-ice-2025-11-09.txt"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json doc = json::parse(run.out.substr(0, run.out.find('\n')));
  int with_stance = 0;
  for (const auto& s : doc["statements"]) {
    ASSERT_FALSE(s["date"].is_null());
    EXPECT_LE(s["date"].get<std::string>(), "2025-11-09");
    EXPECT_FALSE(s["date_basis"].is_null());
    for (const auto& [topic, label] : s["stance"].items()) {
      ++with_stance;
      ASSERT_TRUE(s["stance_evidence"].contains(topic));
      EXPECT_FALSE(s["stance_evidence"][topic]["spans"].empty());
      EXPECT_FALSE(s["stance_evidence"][topic]["rule"].get<std::string>().empty());
    }
  }
  EXPECT_GT(with_stance, 0);
}

TEST(DatingQuality, PolnearNothingAfterPublicationAndNoStanceWithoutEvidence) {
  ONRECORD_REQUIRE_SHARED(shared);
  // only id, text and published reach the extractor, as in eval-dev.sh
  const std::string path = temp_path("polnear-in.jsonl");
  ASSERT_GT(testing::write_articles_only(shared + "/corpus/polnear-dev.jsonl", path), 0u);
  const auto run = testing::run_onrecord({"extract", path});
  fs::remove(path);
  ASSERT_EQ(run.exit_code, 0) << run.err;

  std::istringstream out(run.out);
  std::string line;
  std::size_t statements = 0, with_topic = 0, with_stance = 0, after = 0, without_evidence = 0, undated = 0;
  while (std::getline(out, line)) {
    if (line.empty()) continue;
    const json doc = json::parse(line);
    const json& published = doc["article"]["published"];
    for (const auto& s : doc["statements"]) {
      ++statements;
      if (published.is_null()) {
        EXPECT_TRUE(s["date"].is_null()) << "an article without publication date leaves statements undated";
      } else {
        const std::string pub = published.get<std::string>();
        for (const char* k : {"date", "date_earliest", "date_latest"}) {
          if (!s[k].is_null() && s[k].get<std::string>() > pub) ++after;
        }
        if (s["date"].is_null()) ++undated;
      }
      if (!s["topics"].empty()) ++with_topic;
      if (!s["stance"].empty()) ++with_stance;
      for (const auto& [topic, label] : s["stance"].items()) {
        const json& ev = s["stance_evidence"].contains(topic) ? s["stance_evidence"][topic] : json();
        if (ev.is_null() || ev["spans"].empty() || ev["rule"].get<std::string>().empty()) ++without_evidence;
      }
    }
  }
  std::cout << "PolNeAR dev: " << statements << " statements, " << with_topic << " with a topic, " << with_stance
            << " with a stance\n";
  EXPECT_GT(statements, 0u);
  EXPECT_EQ(after, 0u) << "statements dated after their article's publication";
  EXPECT_EQ(without_evidence, 0u) << "stances without evidence";
  EXPECT_EQ(undated, 0u) << "statements of dated articles left undated";
  EXPECT_GT(with_topic, 0u);
}

}  // namespace
}  // namespace onrecord
