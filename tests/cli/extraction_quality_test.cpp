// Quality floors of extraction and attribution (issue 3), measured on ../shared with score.py:
// the seed article (every statement, every speaker, nothing else) and the PolNeAR development
// split with --speech-only. Floors sit just below the figures measured when they were set
// (docs/QUALITY.md), so a change that loses quality fails here.
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

// PolNeAR dev, --speech-only, measured 0.960 / 0.621 / 0.754 / 0.927 / 0.812 (precision, recall,
// F1, speakers, direct recall; session 12) with split quotations as one statement per quoted span
// (issue 3). Floors: the measured figures less about 0.005 (never lowered).
constexpr double polnear_precision_floor = 0.955;
constexpr double polnear_recall_floor = 0.616;
constexpr double polnear_f1_floor = 0.749;
constexpr double polnear_speaker_floor = 0.922;
constexpr double polnear_direct_recall_floor = 0.807;

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() / ("onrecord-extraction-" + std::to_string(::getpid()) + "-" + name)).string();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

json score(const std::string& shared, const std::string& predictions, const std::string& gold, bool speech_only) {
  const std::string pred = temp_path("pred.jsonl");
  write_file(pred, predictions);
  std::vector<std::string> argv{"python3", shared + "/tools/score.py", pred, gold, "--json"};
  if (speech_only) argv.push_back("--speech-only");
  const auto run = testing::run_program(argv);
  fs::remove(pred);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return json::parse(run.out);
}

TEST(ExtractionQuality, SeedFindsEveryStatementWithTheRightSpeakerAndNothingElse) {
  ONRECORD_REQUIRE_SHARED(shared);
  const auto run = testing::run_onrecord({"extract", shared + "/corpus/seed/mamdani-ice-2025-11-09.txt"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json r = score(shared, run.out, shared + "/corpus/seed/gold.jsonl", false);
  std::cout << "seed: " << r["predicted_statements"] << " predicted, recall " << r["statement_recall"] << ", precision "
            << r["statement_precision"] << ", speakers " << r["speaker_accuracy_on_found"] << "\n";
  EXPECT_EQ(r["gold_statements"].get<int>(), 9);
  EXPECT_EQ(r["predicted_statements"].get<int>(), 9);  // no headline, subheading or photo credit
  EXPECT_DOUBLE_EQ(r["statement_recall"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(r["statement_precision"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(r["speaker_accuracy_on_found"].get<double>(), 1.0);
}

// PolNeAR dev scored --speech-only, as eval-dev.sh does: only id, text and published reach the
// extractor; `options` are extract's own (e.g. --split-quotations joined). Prints the figures.
struct polnear_figures {
  json scores;
  double direct_recall = 0;
};

polnear_figures score_polnear(const std::string& shared, const std::vector<std::string>& options) {
  std::ifstream gold(shared + "/corpus/polnear-dev.jsonl");
  EXPECT_TRUE(gold) << "polnear-dev.jsonl missing under " << shared;
  std::ostringstream input;
  std::string line;
  while (std::getline(gold, line)) {
    if (line.empty()) continue;
    const json d = json::parse(line);
    json in;
    for (const char* k : {"id", "text", "published"})
      if (d.contains(k)) in[k] = d[k];
    input << in.dump() << '\n';
  }
  const std::string in_path = temp_path("polnear-in.jsonl");
  write_file(in_path, input.str());
  std::vector<std::string> args{"extract", in_path};
  args.insert(args.end(), options.begin(), options.end());
  const auto run = testing::run_onrecord(args);
  fs::remove(in_path);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  polnear_figures f;
  f.scores = score(shared, run.out, shared + "/corpus/polnear-dev.jsonl", true);
  const json& direct = f.scores["recall_by_kind"]["direct"];
  f.direct_recall = direct["found"].get<double>() / direct["gold"].get<double>();
  const json& r = f.scores;
  std::cout << "polnear dev" << (options.empty() ? "" : " (" + options.back() + ")") << ": precision "
            << r["statement_precision"] << ", recall " << r["statement_recall"] << ", F1 " << r["statement_f1"]
            << ", speakers " << r["speaker_accuracy_on_found"] << ", direct recall " << f.direct_recall << "\n";
  return f;
}

TEST(ExtractionQuality, PolnearDevelopmentSplitMeetsItsFloors) {
  ONRECORD_REQUIRE_SHARED(shared);
  const auto f = score_polnear(shared, {});
  const json& r = f.scores;
  EXPECT_EQ(r["documents_without_prediction"].get<int>(), 0);
  EXPECT_GE(r["statement_precision"].get<double>(), polnear_precision_floor);
  EXPECT_GE(r["statement_recall"].get<double>(), polnear_recall_floor);
  EXPECT_GE(r["statement_f1"].get<double>(), polnear_f1_floor);
  EXPECT_GE(r["speaker_accuracy_on_found"].get<double>(), polnear_speaker_floor);
  EXPECT_GE(f.direct_recall, polnear_direct_recall_floor);
}

// With split quotations joined the PolNeAR way (--split-quotations joined), measured 0.956 / 0.657 /
// 0.779 / 0.929 / 0.955 (session 12); floors the measured figures less about 0.005, as above.
TEST(ExtractionQuality, PolnearWithSplitQuotationsJoinedMeetsItsFloors) {
  ONRECORD_REQUIRE_SHARED(shared);
  const auto f = score_polnear(shared, {"--split-quotations", "joined"});
  const json& r = f.scores;
  EXPECT_GE(r["statement_precision"].get<double>(), 0.951);
  EXPECT_GE(r["statement_recall"].get<double>(), 0.652);
  EXPECT_GE(r["statement_f1"].get<double>(), 0.774);
  EXPECT_GE(r["speaker_accuracy_on_found"].get<double>(), 0.924);
  EXPECT_GE(f.direct_recall, 0.95);  // issue 3's bar, met with this convention
}

// "X said on November 5 that …": the time phrase belongs to the attribution, so the statement
// is dated by it (explicit), not by the publication date. Fictional people; no ../shared needed.
TEST(ExtractionQuality, TimePhraseBetweenCueAndThatDatesTheStatement) {
  const std::string path = temp_path("said-on.txt");
  write_file(path,
             "date 2025-11-09\n\nMayor Dana Whitcombe said on November 5 that the ferry would run.\n\n"
             "Councillor Ravi Okafor told reporters on Nov. 4 that the budget was wrong.\n");
  const auto r = testing::run_onrecord({"extract", path});
  fs::remove(path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = testing::json_lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const json& st = lines[0]["statements"];
  ASSERT_EQ(st.size(), 2u) << r.out;
  EXPECT_EQ(st[0]["text"], "the ferry would run");
  EXPECT_EQ(st[0]["speaker"], "Dana Whitcombe");
  EXPECT_EQ(st[0]["date"], "2025-11-05");
  EXPECT_EQ(st[0]["date_basis"], "explicit");
  EXPECT_EQ(st[1]["text"], "the budget was wrong");
  EXPECT_EQ(st[1]["date"], "2025-11-04");
  EXPECT_EQ(st[1]["date_basis"], "explicit");
}

}  // namespace
}  // namespace onrecord
