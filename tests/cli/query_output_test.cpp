// Command-line output of the query commands on a fixed database, compared byte for byte with
// tests/cli/expected/*. The database is loaded from hand-built statements (not through the
// extractor), so these files change only when the output format does.
// ONRECORD_UPDATE_EXPECTED=1 rewrites the expected files instead of comparing (review the diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "read/publication_date.h"
#include "store/record_store.h"
#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {

using testing::run_onrecord;

date::sys_days day(const char* s) { return *parse_publication_date(s).day; }

struct said {
  std::string words;
  statement_kind kind;
  std::string speaker;
  actor_kind speaker_kind;
  std::optional<date::sys_days> best, earliest, latest;
  std::optional<date_basis> basis;
  std::string topic, stance, cue;  // cue: words inside `words` that show the stance
};

analysed_article make_article(const std::string& id, const std::string& outlet, const char* published,
                              const std::vector<said>& statements) {
  analysed_article a;
  a.source.id = id;
  a.source.file = id + ".jsonl";
  a.source.outlet = outlet;
  a.source.url = "https://example.org/" + id;
  a.source.title = outlet + " on the harbour city";
  a.source.published = day(published);
  for (const auto& s : statements) a.source.text += s.speaker + " said: “" + s.words + "”\n\n";
  for (const auto& s : statements) {
    statement st;
    const auto at = a.source.text.find(s.words);
    st.content = {at, at + s.words.size()};
    st.kind = s.kind;
    st.speaker = s.speaker;
    st.speaker_kind = s.speaker_kind;
    const auto m = a.source.text.rfind(s.speaker, at);
    st.speaker_mention = text_span{m, m + s.speaker.size()};
    st.attribution_rule = "fixture";
    st.date = {s.best, s.earliest, s.latest, s.basis, std::nullopt};
    if (!s.topic.empty()) {
      st.topics.push_back(s.topic);
      if (!s.stance.empty()) {
        const auto c = a.source.text.find(s.cue, at);
        st.stances.push_back(
            {s.topic, *stance_label_from(s.stance), {text_span{c, c + s.cue.size()}}, "fixture:" + s.cue});
      }
    }
    st.confidence = 0.9;
    a.statements.push_back(std::move(st));
  }
  return a;
}

class QueryOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::test_server().empty())
      GTEST_SKIP() << "ONRECORD_TEST_DB is not set: run database tests through scripts/test";
    db_ = std::make_unique<testing::throwaway_database>("query_output");
    record_store store(database_target{db_->conninfo(), db_->name(), std::nullopt});
    store.migrate();
    const auto p = actor_kind::person;
    const auto support_words = "Our police department will work with ICE and honor detainers.";
    store.load(
        make_article("gazette-0304", "Harbour Gazette", "2025-03-04",
                     {{support_words, statement_kind::direct, "Dana Whitcombe", p, day("2025-03-03"), day("2025-03-03"),
                       day("2025-03-03"), date_basis::weekday, "ice-cooperation", "support", "work with ICE"},
                      {"that the ferry fares must not rise this year", statement_kind::indirect, "Ravi Okafor", p,
                       day("2025-03-04"), std::nullopt, day("2025-03-04"), date_basis::relative, "", "", ""}}));
    // the same quote in another outlet, a day later: one statement, two sources
    store.load(make_article("coastal-0305", "Coastal Times", "2025-03-05",
                            {{"our police department will work with ICE, and honor detainers", statement_kind::direct,
                              "Dana Whitcombe", p, day("2025-03-05"), day("2025-03-05"), day("2025-03-05"),
                              date_basis::published, "ice-cooperation", "support", "work with ICE"}}));
    store.load(make_article(
        "courier-0910", "River Courier", "2025-09-10",
        {{"Our police will not cooperate with ICE, and the city will no longer honor detainers.",
          statement_kind::direct, "Dana Whitcombe", p, day("2025-09-09"), day("2025-09-09"), day("2025-09-09"),
          date_basis::weekday, "ice-cooperation", "oppose", "not cooperate with ICE"},
         {"=SUM(A1) is not a plan, \"nor\" is <script>alert(1)</script>", statement_kind::direct, "Dana Whitcombe", p,
          day("2025-09-10"), day("2025-09-10"), day("2025-09-10"), date_basis::published, "public-safety", "", ""},
         {"Will the harbour police keep working with ICE?", statement_kind::question, "Harbour Port Authority",
          actor_kind::organisation, std::nullopt, std::nullopt, std::nullopt, std::nullopt, "ice-cooperation", "",
          ""}}));
  }
  void TearDown() override { db_.reset(); }

  void expect_output(const std::vector<std::string>& args, const std::string& expected_name) {
    std::vector<std::string> full{"--db", db_->conninfo()};
    full.insert(full.end(), args.begin(), args.end());
    const auto r = run_onrecord(full);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const std::string path = testing::source_dir() + "/tests/cli/expected/" + expected_name;
    if (const char* u = std::getenv("ONRECORD_UPDATE_EXPECTED"); u && std::string(u) == "1") {
      std::ofstream(path, std::ios::binary) << r.out;
      return;
    }
    ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing; run with ONRECORD_UPDATE_EXPECTED=1";
    EXPECT_EQ(r.out, testing::read_file(path)) << "differs from " << path;
  }

  std::unique_ptr<testing::throwaway_database> db_;
};

TEST_F(QueryOutput, Timeline) {
  for (const char* f : {"table", "json", "csv", "md"})
    expect_output({"timeline", "--actor", "dana whitcombe", "--format", f}, std::string("timeline.") + f);
  expect_output(
      {"timeline", "--actor", "Whitcombe", "--topic", "ice-cooperation", "--stance", "oppose", "--format", "json"},
      "timeline-oppose.json");
}

TEST_F(QueryOutput, Positions) {
  for (const char* f : {"table", "json", "csv", "md"})
    expect_output({"positions", "--actor", "Dana Whitcombe", "--format", f}, std::string("positions.") + f);
  expect_output({"positions", "--topic", "ice-cooperation", "--format", "csv"}, "positions-topic.csv");
}

TEST_F(QueryOutput, Search) {
  for (const char* f : {"table", "json", "csv"})
    expect_output({"search", "honor detainers", "--format", f}, std::string("search.") + f);
}

TEST_F(QueryOutput, ActorsTopicsStats) {
  for (const char* f : {"table", "json", "csv"}) {
    expect_output({"actors", "list", "--format", f}, std::string("actors.") + f);
    expect_output({"actors", "show", "Whitcombe", "--format", f}, std::string("actor-show.") + f);
    expect_output({"topics", "list", "--format", f}, std::string("topics.") + f);
    expect_output({"stats", "--format", f}, std::string("stats.") + f);
  }
}

TEST_F(QueryOutput, Reports) {
  expect_output({"report", "--actor", "Dana Whitcombe", "--format", "md"}, "report.md");
  expect_output({"report", "--actor", "Dana Whitcombe", "--format", "html"}, "report.html");
  expect_output({"report", "--topic", "ice-cooperation", "--format", "md"}, "report-topic.md");
}

TEST_F(QueryOutput, CsvNeutralisesFormulasAndHtmlEscapesMarkup) {
  const auto csv = run_onrecord({"--db", db_->conninfo(), "timeline", "--actor", "Whitcombe", "--format", "csv"});
  EXPECT_NE(csv.out.find(",\"'=SUM(A1) is not a plan, \"\"nor\"\" is <script>alert(1)</script>\","), std::string::npos)
      << csv.out;
  const auto html = run_onrecord({"--db", db_->conninfo(), "report", "--actor", "Whitcombe", "--format", "html"});
  EXPECT_EQ(html.out.find("<script"), std::string::npos);
  EXPECT_NE(html.out.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.out.find("<svg"), std::string::npos);
  EXPECT_EQ(html.out.find("http://"), html.out.find("http://www.w3.org/2000/svg")) << "an external resource";
}

}  // namespace
}  // namespace onrecord
