// Ingest tags statements with the topics stored in the database (`onrecord topics import`), not only
// with the shipped lexicon: a new, invented topic imported first is found in an invented article.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {
namespace fs = std::filesystem;
using testing::run_onrecord;

const char* const topic_file =
    "# an invented topic for this test\n"
    "topic harbour-dredging\n"
    "name Harbour dredging\n"
    "description Whether the city should dredge the old harbour for larger ferries.\n"
    "support favours dredging the harbour\n"
    "oppose wants the harbour bed left as it is\n"
    "threshold 2\n"
    "term 2 dredging\n"
    "term 1 harbour bed\n"
    "cue support we will finish ... dredging\n";

const char* const article =
    "{\"id\":\"gazette-dredge\",\"outlet\":\"Harbour Gazette\",\"published\":\"2025-05-06\",\"text\":\"“We will "
    "finish the dredging of the old harbour by the spring,” Mayor Dana Whitcombe said on Tuesday.\"}\n";

TEST(IngestTopics, AStatementCarriesATopicImportedIntoTheDatabase) {
  ONRECORD_REQUIRE_DB();
  std::string templ = (fs::temp_directory_path() / "onrecord-topics-XXXXXX").string();
  const fs::path dir = ::mkdtemp(templ.data());
  const std::string file = (dir / "harbour.topics").string();
  std::ofstream(file) << topic_file;

  // without the import the shipped lexicon knows no such topic
  testing::throwaway_database plain("ingest_topics_plain");
  ASSERT_EQ(run_onrecord({"--db", plain.conninfo(), "ingest", "-"}, article).exit_code, 0);
  EXPECT_EQ(plain.scalar("SELECT count(*) FROM statement_topics WHERE topic_slug = 'harbour-dredging'"), "0");

  testing::throwaway_database db("ingest_topics");
  const auto imported = run_onrecord({"--db", db.conninfo(), "topics", "import", file});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, article);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements"), "1") << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(t.topic_slug || ':' || coalesce(t.stance, '?'), ',') FROM statement_topics t "
                      "JOIN statements s ON s.id = t.statement_id WHERE t.topic_slug = 'harbour-dredging'"),
            "harbour-dredging:support");

  // and the query commands see it
  const auto tl = run_onrecord({"--db", db.conninfo(), "timeline", "--actor", "Dana Whitcombe", "--topic",
                                "harbour-dredging", "--format", "json"});
  ASSERT_EQ(tl.exit_code, 0) << tl.err;
  EXPECT_NE(tl.out.find("dredging of the old harbour"), std::string::npos) << tl.out;
  fs::remove_all(dir);
}

// A topic the shipped lexicon tags with is stored with the lexicon's name and meaning, so that
// `topics list` and `topics show` say what it is; a topic a user imported keeps what the user gave it,
// and a row an older ingest named by its slug alone is brought up to date.
TEST(IngestTopics, TheLexiconsTopicsAreStoredWithTheirNamesAndMeanings) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("ingest_topic_names");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "stats"}).exit_code, 0);  // the schema, migrated
  db.exec("INSERT INTO topics (slug, name) VALUES ('nypd-policy', 'nypd-policy')");
  db.exec(
      "INSERT INTO topics (slug, name, description, definition) VALUES ('public-safety', 'Safety as we see it', "
      "'our own words', 'topic public-safety\nname Safety as we see it\nterm 1 safety\n')");
  const auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, article);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT name FROM topics WHERE slug = 'ice-cooperation'"), "ICE cooperation");
  EXPECT_NE(db.scalar("SELECT description FROM topics WHERE slug = 'ice-cooperation'"), "");
  EXPECT_NE(db.scalar("SELECT support_means FROM topics WHERE slug = 'ice-cooperation'"), "");
  EXPECT_EQ(db.scalar("SELECT name FROM topics WHERE slug = 'nypd-policy'"), "NYPD policy") << "brought up to date";
  EXPECT_EQ(db.scalar("SELECT name || ' / ' || description FROM topics WHERE slug = 'public-safety'"),
            "Safety as we see it / our own words")
      << "an imported topic keeps the user's text";

  const auto shown = run_onrecord({"--db", db.conninfo(), "topics", "show", "ice-cooperation", "--format", "json"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("\"name\":\"ICE cooperation\""), std::string::npos) << shown.out;

  // a second ingest changes nothing it need not
  const auto before = db.scalar("SELECT string_agg(slug || updated_at::text, ',' ORDER BY slug) FROM topics");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "ingest", "-"}, article).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT string_agg(slug || updated_at::text, ',' ORDER BY slug) FROM topics"), before);
}

}  // namespace
}  // namespace onrecord
