// The batched ingest (many articles per transaction, staged through COPY) against the guarantees of
// one article at a time: the same record whatever the batch size, one bad article costing only
// itself, and two concurrent ingests of different articles quoting the same words giving one
// statement with two sources. Texts are invented (fictional people and outlets).
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <thread>

#include "read/publication_date.h"
#include "store/database_target.h"
#include "store/record_store.h"
#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {
namespace fs = std::filesystem;
using testing::run_onrecord;

struct scratch_folder : testing::scratch_folder {
  scratch_folder() : testing::scratch_folder("batches", 0711) {}
};

const char* const speakers[] = {"Mayor Dana Whitcombe", "Councillor Ravi Okafor", "Senator Ines Vallory",
                                "Governor Tomas Brankov"};
// Quotes reused across articles: the same words by the same speaker (one statement, more sources),
// by another speaker (two statements), a fragment of a longer one (containment), short ones.
const char* const quotes[] = {
    "We will repair the harbour bridge before the winter storms arrive",
    "We will repair the harbour bridge before the winter storms arrive and we will pay for it ourselves",
    "The council has not voted on the ferry budget for next year",
    "Nobody in this city should wait three hours for a bus",
    "Yes, I agree",
    "The library on Quay Street will open on Sundays from March",
};

// An article of `outlet`, number i: three quotes picked by i, attributed or not.
std::string article_text(int i, const std::string& outlet, int day) {
  const std::string a = speakers[i % 4], b = speakers[(i + 1) % 4];
  const std::string q1 = quotes[i % 6], q2 = quotes[(i * 5 + 1) % 6], q3 = quotes[(i * 7 + 2) % 6];
  return fmt::format(
      "date 2025-04-{:02}\nTitle: {} report {}\n\n“{},” {} said on Tuesday.\n"
      "“{},” {} told reporters.\nResidents heard a voice say: “{}.”\n",
      day, outlet, i, q1, a, q2, b, q3);
}

std::string write_folder(const fs::path& dir, const std::string& outlet, int count, int first = 0) {
  fs::create_directories(dir);
  for (int i = first; i < first + count; ++i)
    std::ofstream(dir / fmt::format("{}-{:03}.txt", outlet, i)) << article_text(i, outlet, 1 + i % 27);
  return dir.string();
}

// The whole record as text: every statement with its speaker, dates, sources and topics, in an
// order that does not depend on ids.
std::string record_dump(const testing::throwaway_database& db) {
  return db.scalar(
             "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
             " SELECT coalesce(ac.name, '-') || '|' || s.kind || '|' || s.text || '|' || coalesce(s.said_on::text, "
             "'-') ||"
             "  '|' || coalesce(s.first_seen::text, '-') || '|' ||"
             "  (SELECT string_agg(ar.external_id || '@' || ss.start_offset, ',' ORDER BY ar.external_id, "
             "ss.start_offset)"
             "   FROM statement_sources ss JOIN articles ar ON ar.id = ss.article_id WHERE ss.statement_id = s.id) || "
             "'|' ||"
             "  coalesce((SELECT string_agg(t.topic_slug || ':' || coalesce(t.stance, '?'), ',' ORDER BY t.topic_slug)"
             "   FROM statement_topics t WHERE t.statement_id = s.id), '') AS x"
             " FROM statements s LEFT JOIN actors ac ON ac.id = s.actor_id) r") +
         "\nactors " + db.scalar("SELECT string_agg(name || '/' || kind, ',' ORDER BY name) FROM actors") +
         "\naliases " + db.scalar("SELECT string_agg(alias, ',' ORDER BY alias) FROM actor_aliases") + "\ntopics " +
         db.scalar("SELECT string_agg(slug, ',' ORDER BY slug) FROM topics");
}

std::size_t loaded_in(const std::string& err) {
  const auto at = err.find("ingest: ");
  return at == std::string::npos ? 0 : std::stoul(err.substr(at + 8));
}

TEST(IngestBatches, ABatchGivesTheRecordThatOneArticleAtATimeGives) {
  ONRECORD_REQUIRE_DB();
  scratch_folder tmp;
  const std::string first = write_folder(tmp.path / "a", "harbourgazette", 40);
  const std::string second = write_folder(tmp.path / "b", "quaytimes", 40, 20);

  testing::throwaway_database single("batches_single"), batched("batches_batched");
  for (const auto& folder : {first, second}) {
    const auto r = run_onrecord({"--db", single.conninfo(), "ingest", "--batch-articles", "1", folder});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto b = run_onrecord({"--db", batched.conninfo(), "ingest", folder});
    ASSERT_EQ(b.exit_code, 0) << b.err;
    EXPECT_EQ(r.err.substr(0, r.err.find(';')), b.err.substr(0, b.err.find(';'))) << "the summaries differ";
    EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no progress line when stderr is not a terminal";
  }
  EXPECT_NE(single.scalar("SELECT count(*) FROM statement_sources"), single.scalar("SELECT count(*) FROM statements"))
      << "the corpus must have quotes reported twice";
  EXPECT_EQ(record_dump(single), record_dump(batched));

  // once more, all of it: nothing new, nothing twice
  const auto again = run_onrecord({"--db", batched.conninfo(), "ingest", first, second});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("ingest: 0 articles loaded (0 statements, 0 merged into existing statements), 80 already "
                           "present, 0 failed"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(record_dump(single), record_dump(batched));
}

TEST(IngestBatches, TheSummarySaysHowManyStatementsWereMergedIntoExistingOnes) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("batches_merged");
  const std::string text = "“The harbour bridge will be repaired before the winter storms,” Mayor Dana Whitcombe said.";
  const auto first = run_onrecord({"--db", db.conninfo(), "ingest", "-"},
                                  "{\"id\":\"gazette-1\",\"outlet\":\"Harbour Gazette\",\"published\":\"2025-04-02\","
                                  "\"text\":\"" +
                                      std::string(text) + "\"}\n");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("(1 statements, 0 merged into existing statements)"), std::string::npos) << first.err;
  const auto second = run_onrecord({"--db", db.conninfo(), "ingest", "-"},
                                   "{\"id\":\"times-9\",\"outlet\":\"Quay Times\",\"published\":\"2025-04-03\","
                                   "\"text\":\"Yesterday: " +
                                       std::string(text) + "\"}\n");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("(1 statements, 1 merged into existing statements)"), std::string::npos) << second.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements"), "1");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources"), "2");
  EXPECT_EQ(db.scalar("SELECT first_seen FROM statements"), "2025-04-02");
}

// Containment is looked up through runs of three words (migrations/0003_containment_lookup.sql);
// words of only one or two long words take other paths, in both directions.
TEST(IngestBatches, AQuoteOfTwoLongWordsMergesWithALongerReportOfThemEitherWay) {
  ONRECORD_REQUIRE_DB();
  const std::string input =
      "{\"id\":\"c1\",\"published\":\"2025-04-02\",\"text\":\"“Extraordinarily unaccountable,” Mayor Dana "
      "Whitcombe said.\"}\n"
      "{\"id\":\"c2\",\"published\":\"2025-04-03\",\"text\":\"“The ferry budget is extraordinarily "
      "unaccountable,” Mayor Dana Whitcombe said.\"}\n"
      "{\"id\":\"c3\",\"published\":\"2025-04-04\",\"text\":\"“Extraordinarily unaccountable,” Mayor Dana "
      "Whitcombe said.\"}\n";
  testing::throwaway_database single("batches_short_single"), batched("batches_short_batched");
  const auto one = run_onrecord({"--db", single.conninfo(), "ingest", "--batch-articles", "1", "-"}, input);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto all = run_onrecord({"--db", batched.conninfo(), "ingest", "-"}, input);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  for (const auto* db : {&single, &batched}) {
    // c2 contains c1's words and gives the statement its fuller wording; c3's words lie inside it
    EXPECT_EQ(db->scalar("SELECT string_agg(quote_key, '|') FROM statements WHERE text ILIKE '%unaccountable%'"),
              "the ferry budget is extraordinarily unaccountable");
    EXPECT_EQ(db->scalar("SELECT count(*) FROM statement_sources ss JOIN statements s ON s.id = ss.statement_id "
                         "WHERE s.text ILIKE '%unaccountable%'"),
              "3");
  }
  EXPECT_EQ(record_dump(single), record_dump(batched));
}

// A bare surname leaves a speaker's kind unknown; a titled mention in another article settles it,
// whether it comes in the same batch or a later one.
TEST(IngestBatches, AnActorOfUnknownKindTakesTheKindALaterArticleGivesIt) {
  ONRECORD_REQUIRE_DB();
  const std::string bare =
      "{\"id\":\"k1\",\"published\":\"2025-04-02\",\"text\":\"“The ferry will run all winter,” Velcourt said.\"}\n";
  const std::string titled =
      "{\"id\":\"k2\",\"published\":\"2025-04-03\",\"text\":\"Governor Velcourt said the pier would reopen "
      "in May.\"}\n";
  testing::throwaway_database later("batches_kind_later"), together("batches_kind_together");
  ASSERT_EQ(run_onrecord({"--db", later.conninfo(), "ingest", "-"}, bare).exit_code, 0);
  EXPECT_EQ(later.scalar("SELECT kind FROM actors WHERE name = 'Velcourt'"), "unknown");
  ASSERT_EQ(run_onrecord({"--db", later.conninfo(), "ingest", "-"}, titled).exit_code, 0);
  ASSERT_EQ(run_onrecord({"--db", together.conninfo(), "ingest", "-"}, bare + titled).exit_code, 0);
  for (const auto* db : {&later, &together}) {
    EXPECT_EQ(db->scalar("SELECT count(*) FROM actors"), "1");
    EXPECT_EQ(db->scalar("SELECT kind FROM actors WHERE name = 'Velcourt'"), "person");
  }
  // a kind someone set stays as they set it
  later.exec("UPDATE actors SET kind = 'organisation'");
  const std::string third =
      "{\"id\":\"k3\",\"published\":\"2025-04-04\",\"text\":\"Governor Velcourt said the ferry fares would "
      "fall.\"}\n";
  ASSERT_EQ(run_onrecord({"--db", later.conninfo(), "ingest", "-"}, third).exit_code, 0);
  EXPECT_EQ(later.scalar("SELECT kind FROM actors WHERE name = 'Velcourt'"), "organisation");
}

// One JSON line: Mayor Dana Whitcombe saying each of `quotes` in an article of that id and day.
std::string whitcombe_article(const std::string& id, const std::string& published,
                              std::initializer_list<const char*> quotes) {
  std::string text;
  for (const char* q : quotes) text += fmt::format("“{},” Mayor Dana Whitcombe said on Tuesday. ", q);
  return fmt::format("{{\"id\":\"{}\",\"published\":\"{}\",\"text\":\"{}\"}}\n", id, published, text);
}

const char* const pier_quote = "We will rebuild the north pier and the ferry terminal before the summer season";
const char* const terminal_quote = "The ferry terminal before the summer season";

// The statements with the ferry terminal's words: first_seen and number of sources of each.
std::string ferry_terminal_statements(const testing::throwaway_database& db) {
  return db.scalar(
      "SELECT string_agg(s.first_seen || ':' || (SELECT count(*) FROM statement_sources ss WHERE ss.statement_id = "
      "s.id), ',' ORDER BY s.first_seen) FROM statements s WHERE s.quote_key LIKE '%ferry terminal%'");
}

// Loads `before` into two databases, then `batch` one article per transaction into the first and
// as batches into the second (a first article alone, then the others together): the records must
// be the same, and hold the ferry terminal statements `expected`.
void expect_batch_gives_one_at_a_time(const std::string& name, const std::string& before, const std::string& batch,
                                      const std::string& expected) {
  testing::throwaway_database single(name + "_single"), batched(name + "_batched");
  for (const auto* db : {&single, &batched}) {
    const auto r = run_onrecord({"--db", db->conninfo(), "ingest", "-"}, before);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const std::string opening =
      "{\"id\":\"opening\",\"published\":\"2025-03-02\",\"text\":\"“The library will open on Sundays,” Councillor "
      "Ravi Okafor said.\"}\n";
  const auto one = run_onrecord({"--db", single.conninfo(), "ingest", "--batch-articles", "1", "-"}, opening + batch);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto all = run_onrecord({"--db", batched.conninfo(), "ingest", "-"}, opening + batch);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(one.err.substr(0, one.err.find(';')), all.err.substr(0, all.err.find(';'))) << "the summaries differ";
  EXPECT_EQ(record_dump(single), record_dump(batched));
  EXPECT_EQ(ferry_terminal_statements(single), expected);
}

// Words inside other words of the same speaker, both already that speaker's statements: further
// reports of either merge in the batch (no report can be looked up by containment), as one at a time.
TEST(IngestBatches, FurtherReportsOfAQuoteAndOfAFragmentOfItBothRecordedGiveOneAtATimesRecord) {
  ONRECORD_REQUIRE_DB();
  // more than a year apart: the fragment is its own statement
  expect_batch_gives_one_at_a_time(
      "batches_settled",
      whitcombe_article("p1", "2023-01-10", {pier_quote}) + whitcombe_article("p2", "2025-03-01", {terminal_quote}),
      whitcombe_article("p3", "2025-03-03", {terminal_quote, pier_quote}) +
          whitcombe_article("p4", "2024-02-01", {pier_quote}),
      "2023-01-10:3,2025-03-01:2");
}

// A report earlier than a statement's first publication brings it within a year of a fragment
// reported later in the same batch: the one-by-one loop keeps first_seen right between them.
TEST(IngestBatches, AnEarlierReportInTheBatchBringsAFragmentWithinAYearOfItsQuote) {
  ONRECORD_REQUIRE_DB();
  expect_batch_gives_one_at_a_time(
      "batches_first_seen", whitcombe_article("q1", "2025-06-01", {pier_quote}),
      whitcombe_article("q2", "2024-05-01", {pier_quote}) + whitcombe_article("q3", "2023-06-01", {terminal_quote}),
      "2023-06-01:3");
}

// The same reports the other way round: the fragment comes first, more than a year before the
// quote's first publication, and stays its own statement; the quote, although its speaker has it
// already, waits for the fragment in the one-by-one loop rather than merging before it.
TEST(IngestBatches, AReportOfAQuoteLaterInTheBatchDoesNotReachAFragmentReportedBeforeIt) {
  ONRECORD_REQUIRE_DB();
  expect_batch_gives_one_at_a_time(
      "batches_order", whitcombe_article("r1", "2025-06-01", {pier_quote}),
      whitcombe_article("r2", "2023-06-01", {terminal_quote}) + whitcombe_article("r3", "2024-05-01", {pier_quote}),
      "2023-06-01:1,2024-05-01:2");
}

// An analysed article that gives one span twice (two statements over the same words) stores it once:
// the first report loads (a new statement, or another source of one in the record), the second is
// skipped, whether the words are long enough to be matched across articles or not.
analysed_article whitcombe_said(const std::string& id, const std::string& published, const std::string& quote,
                                int reports) {
  analysed_article a;
  a.source.id = id;
  a.source.file = id + ".txt";
  a.source.text = "“" + quote + ",” Mayor Dana Whitcombe said.";
  a.source.published = parse_publication_date(published).day;
  statement s;
  const std::size_t open = std::string_view("“").size();
  s.content = {open, open + quote.size()};
  s.kind = statement_kind::direct;
  s.speaker = "Dana Whitcombe";
  s.speaker_kind = actor_kind::person;
  const std::string_view mayor = "Mayor Dana Whitcombe";
  const auto mention = a.source.text.find(mayor);
  s.speaker_mention = text_span{mention, mention + mayor.size()};
  s.attribution_rule = "test";
  for (int i = 0; i < reports; ++i) a.statements.push_back(s);
  return a;
}

TEST(IngestBatches, AnArticleGivingOneSpanTwiceStoresItOnce) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("batches_span_twice");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "migrate"}).exit_code, 0);
  record_store store(locate_database(db.conninfo(), std::nullopt));
  const std::string bridge = "We will repair the harbour bridge before the winter storms arrive";
  // already in the record from another article, then reported twice by one article of a batch with
  // a short quote given twice too
  ASSERT_TRUE(store.load(whitcombe_said("s1", "2025-04-01", bridge, 1)).loaded);
  const std::vector<analysed_article> batch = {whitcombe_said("s2", "2025-04-02", bridge, 2),
                                               whitcombe_said("s3", "2025-04-03", "Yes, I agree", 2),
                                               whitcombe_said("s4", "2025-04-04", "Yes, I agree", 1)};
  const auto result = store.load_batch(batch);
  ASSERT_EQ(result.articles.size(), 3u);
  EXPECT_EQ(result.articles[0].statements, 1u);
  EXPECT_EQ(result.articles[0].merged, 1u);
  EXPECT_EQ(result.articles[1].statements, 1u);
  EXPECT_EQ(result.articles[1].merged, 0u);
  EXPECT_EQ(result.articles[2].statements, 1u);
  EXPECT_EQ(db.scalar("SELECT string_agg(ar.external_id || ':' || ss.start_offset || '-' || ss.end_offset, ',' "
                      "ORDER BY ar.external_id) FROM statement_sources ss JOIN articles ar ON ar.id = ss.article_id"),
            fmt::format("s1:1-{0},s2:1-{0},s3:1-13,s4:1-13", 1 + bridge.size()));  // ASCII: bytes = code points
  // the long quote is one statement with two sources; the short one, too short to be matched
  // across articles, one statement per article
  EXPECT_EQ(db.scalar("SELECT string_agg(text || '=' || (SELECT count(*) FROM statement_sources ss "
                      "WHERE ss.statement_id = s.id), ',' ORDER BY s.id) FROM statements s"),
            bridge + "=2,Yes, I agree=1,Yes, I agree=1");
}

TEST(IngestBatches, OneBadArticleInABatchCostsOnlyItself) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("batches_poison");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "migrate"}).exit_code, 0);
  db.exec(
      "CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "IF NEW.text LIKE '%poison%' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$; "
      "CREATE TRIGGER refuse_poison BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION refuse_poison()");
  std::string input;
  for (int i = 0; i < 60; ++i)
    input += fmt::format(
        "{{\"id\":\"n{}\",\"published\":\"2025-04-{:02}\",\"text\":\"“Pier {} reopens in May,” Mayor Dana Whitcombe "
        "said. “{}” Councillor Ravi Okafor said.\"}}\n",
        i, 1 + i % 27, i, i == 37 ? "This is poison for the ferry service." : "The ferry service will run late.");
  const auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("article \"n37\""), std::string::npos) << r.err;
  EXPECT_EQ(loaded_in(r.err), 59u) << r.err;
  EXPECT_NE(r.err.find(", 1 failed"), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM articles"), "59");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM articles WHERE external_id = 'n37'"), "0");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements WHERE text LIKE '%Pier 37 %'"), "0");
  // the ferry quote is one statement with a source in every article that loaded
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources ss JOIN statements s ON s.id = ss.statement_id "
                      "WHERE s.text LIKE 'The ferry service will run late%'"),
            "59");
}

TEST(IngestBatches, TwoIngestsOfDifferentArticlesQuotingTheSameWordsGiveOneStatementWithTwoSources) {
  ONRECORD_REQUIRE_DB();
  scratch_folder tmp;
  // the same 120 article bodies, as two outlets published them (different ids, outlets and text)
  const std::string gazette = write_folder(tmp.path / "gazette", "harbourgazette", 120);
  const std::string times = write_folder(tmp.path / "times", "quaytimes", 120);

  testing::throwaway_database reference("batches_concurrent_reference");
  ASSERT_EQ(run_onrecord({"--db", reference.conninfo(), "ingest", gazette}).exit_code, 0);
  ASSERT_EQ(run_onrecord({"--db", reference.conninfo(), "ingest", times}).exit_code, 0);

  testing::throwaway_database db("batches_concurrent");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "migrate"}).exit_code, 0);
  testing::process_result one, two;
  std::thread a([&] { one = run_onrecord({"--db", db.conninfo(), "ingest", gazette}); });
  std::thread b([&] { two = run_onrecord({"--db", db.conninfo(), "ingest", times}); });
  a.join();
  b.join();
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(loaded_in(one.err) + loaded_in(two.err), 240u) << one.err << two.err;

  // every quote of one speaker is one statement, reported by both outlets
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements"), reference.scalar("SELECT count(*) FROM statements"));
  EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT actor_id, quote_key FROM statements WHERE length(quote_key) "
                      ">= 16 GROUP BY 1, 2 HAVING count(*) > 1) d"),
            "0");
  EXPECT_EQ(
      db.scalar("SELECT count(*) FROM statements s WHERE length(s.quote_key) >= 16 AND (NOT EXISTS (SELECT 1 FROM "
                "statement_sources ss "
                "JOIN articles ar ON ar.id = ss.article_id WHERE ss.statement_id = s.id AND ar.source_file "
                "LIKE '%quaytimes%') OR NOT EXISTS (SELECT 1 FROM statement_sources ss JOIN articles ar ON "
                "ar.id = ss.article_id WHERE ss.statement_id = s.id AND ar.source_file LIKE '%harbourgazette%'))"),
      "0")
      << "a statement without a source from each outlet";
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statement_sources"),
            reference.scalar("SELECT count(*) FROM statement_sources"));
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors"), reference.scalar("SELECT count(*) FROM actors"));
}

}  // namespace
}  // namespace onrecord
