// Faults during an ingest, through the real binary: the server killed with kill -9, Ctrl-C, two
// ingests of the same files at once, a migration failing half-way. After each, the record must hold
// exactly what an uninterrupted run gives: every article whole or absent, nothing twice.
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <pqxx/pqxx>
#include <thread>

#include "store/record_store.h"
#include "store/store_error.h"
#include "support/test_database.h"
#include "support/test_support.h"

namespace onrecord {
namespace {
namespace fs = std::filesystem;
using testing::run_onrecord;
using namespace std::chrono_literals;

struct scratch_folder : testing::scratch_folder {
  scratch_folder() : testing::scratch_folder("fault", 0711) {}
};

// The onrecord binary running in the background; stdout and stderr go to files.
class background_onrecord {
 public:
  background_onrecord(const std::vector<std::string>& args, const fs::path& folder, const std::string& tag)
      : out_(folder / (tag + ".out")), err_(folder / (tag + ".err")) {
    pid_ = ::fork();
    if (pid_ == 0) {
      ::setpgid(0, 0);  // its own group: a signal to it is not one to the test
      const int o = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      const int e = ::open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      const int n = ::open("/dev/null", O_RDONLY);
      ::dup2(n, 0);
      ::dup2(o, 1);
      ::dup2(e, 2);
      std::vector<std::string> argv{ONRECORD_BINARY};
      argv.insert(argv.end(), args.begin(), args.end());
      std::vector<char*> c;
      for (auto& a : argv) c.push_back(a.data());
      c.push_back(nullptr);
      ::execv(c[0], c.data());
      ::_exit(127);
    }
  }
  ~background_onrecord() {
    if (pid_ > 0 && exit_code_ < 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  pid_t pid() const { return pid_; }
  bool running() {
    if (exit_code_ >= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return false;
    }
    return true;
  }
  int wait(std::chrono::seconds limit = 180s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (running() && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(20ms);
    if (running()) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
      exit_code_ = 999;
    }
    return exit_code_;
  }
  std::string err() const { return testing::read_file(err_.string()); }

 private:
  fs::path out_, err_;
  pid_t pid_ = -1;
  int exit_code_ = -1;
};

// `count` articles, one file each, every one with quotes, actors and a date: distinct texts.
std::string write_articles(const fs::path& folder, int count) {
  const fs::path dir = folder / "articles";
  fs::create_directories(dir);
  const char* names[] = {"Mayor Dana Whitcombe", "Councillor Ravi Okafor", "Senator Ines Vallory",
                         "Governor Tomas Brankov", "Alderman Priya Castellane"};
  for (int i = 0; i < count; ++i) {
    const std::string a = names[i % 5], b = names[(i + 2) % 5];
    std::ofstream f(dir / fmt::format("a{}.txt", 1000 + i));
    f << "date 2024-03-" << (10 + i % 18) << "\n"
      << "Title: Harbour bridge, part " << i << "\n\n"
      << "“We will repair bridge number " << i << " before the winter,” " << a << " said on Tuesday.\n"
      << b << " said the council had not voted on the budget for section " << i << ".\n"
      << "“Who pays for lane " << i << "?” asked " << b << ". “The taxpayers of ward " << i << " should not,” " << a
      << " replied.\n"
      << "Residents said the ferry to pier " << i << " was late again.\n";
  }
  return dir.string();
}

// The counts that tell two records apart (tables that exist in every schema version we know).
std::map<std::string, std::string> record_counts(const std::string& conninfo) {
  pqxx::connection c(conninfo);
  pqxx::nontransaction w(c);
  std::map<std::string, std::string> out;
  for (const char* q :
       {"SELECT count(*) FROM articles", "SELECT count(DISTINCT content_hash) FROM articles",
        "SELECT count(*) FROM statements", "SELECT count(*) FROM actors", "SELECT count(*) FROM actor_aliases",
        "SELECT count(*) FROM statement_topics", "SELECT count(*) FROM topics",
        "SELECT count(*) FROM (SELECT DISTINCT article_id, start_offset, end_offset FROM statements) s",
        // every article whole: its statements, by external id and count
        "SELECT coalesce(string_agg(x, ',' ORDER BY x), '') FROM (SELECT a.external_id || ':' || "
        "count(s.id) AS x FROM articles a LEFT JOIN statements s ON s.article_id = a.id GROUP BY "
        "a.id) t"})
    out[q] = w.exec(q)[0][0].c_str();
  return out;
}

std::size_t articles_in(const std::string& conninfo) {
  try {
    pqxx::connection c(conninfo);
    pqxx::nontransaction w(c);
    if (w.exec("SELECT to_regclass('articles') IS NULL")[0][0].as<bool>()) return 0;
    return w.exec("SELECT count(*) FROM articles")[0][0].as<std::size_t>();
  } catch (const std::exception&) {
    return 0;
  }
}

bool wait_for_articles(const std::string& conninfo, std::size_t at_least, background_onrecord& p) {
  const auto end = std::chrono::steady_clock::now() + 120s;
  while (std::chrono::steady_clock::now() < end && p.running()) {
    if (articles_in(conninfo) >= at_least) return true;
    std::this_thread::sleep_for(5ms);
  }
  return false;
}

void expect_no_crash(int exit_code, const std::string& err) {
  EXPECT_NE(exit_code, 134) << "aborted: " << err;
  EXPECT_NE(exit_code, 139) << "segfault: " << err;
  EXPECT_EQ(err.find("terminate called"), std::string::npos) << err;
  EXPECT_EQ(err.find("what():"), std::string::npos) << err;
}

constexpr int article_count = 240;

TEST(ReliabilityFaults, ServerKilledMidIngestThenRerunGivesTheCountsOfAnUninterruptedRun) {
  ONRECORD_REQUIRE_DB();
  scratch_folder tmp;
  const std::string folder = write_articles(tmp.path, article_count);

  testing::throwaway_database reference("faults_kill_reference");
  const auto ref = run_onrecord({"--db", reference.conninfo(), "ingest", folder});
  ASSERT_EQ(ref.exit_code, 0) << ref.err;
  const auto expected = record_counts(reference.conninfo());

  const std::string data_dir = (tmp.path / "pg").string();
  const auto started = run_onrecord({"--data-dir", data_dir, "db", "start"});
  ASSERT_EQ(started.exit_code, 0) << started.err;
  const std::string cluster = "host=" + data_dir + "/socket dbname=onrecord user=onrecord";
  struct stop_cluster {
    std::string dir;
    ~stop_cluster() { run_onrecord({"--data-dir", dir, "db", "stop"}); }
  } stopper{data_dir};

  background_onrecord ingest({"--data-dir", data_dir, "ingest", folder}, tmp.path, "killed");
  ASSERT_TRUE(wait_for_articles(cluster, 20, ingest)) << "the ingest ended before 20 articles: " << ingest.err();
  long postmaster = 0;
  std::ifstream(data_dir + "/data/postmaster.pid") >> postmaster;
  ASSERT_GT(postmaster, 1);
  ASSERT_EQ(::kill(static_cast<pid_t>(postmaster), SIGKILL), 0);
  const int code = ingest.wait();
  const std::string err = ingest.err();
  EXPECT_EQ(code, 1) << err;
  expect_no_crash(code, err);
  EXPECT_NE(err.find("lost the database connection"), std::string::npos) << err;

  // The re-run restarts the server (crash recovery replays the WAL) and loads what is missing.
  const auto rerun = run_onrecord({"--data-dir", data_dir, "ingest", folder});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.err.find("already present"), std::string::npos) << rerun.err;
  EXPECT_EQ(record_counts(cluster), expected);
  // and once more: nothing changes
  const auto third = run_onrecord({"--data-dir", data_dir, "ingest", folder});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_NE(third.err.find(std::to_string(article_count) + " already present"), std::string::npos) << third.err;
  EXPECT_EQ(record_counts(cluster), expected);
}

TEST(ReliabilityFaults, CtrlCDuringIngestExits130AndKeepsExactlyWhatItReportsCommitted) {
  ONRECORD_REQUIRE_DB();
  scratch_folder tmp;
  const std::string folder = write_articles(tmp.path, article_count);
  testing::throwaway_database reference("faults_sigint_reference");
  ASSERT_EQ(run_onrecord({"--db", reference.conninfo(), "ingest", folder}).exit_code, 0);
  const auto expected = record_counts(reference.conninfo());

  testing::throwaway_database db("faults_sigint");
  background_onrecord ingest({"--db", db.conninfo(), "ingest", folder}, tmp.path, "sigint");
  ASSERT_TRUE(wait_for_articles(db.conninfo(), 10, ingest)) << ingest.err();
  ASSERT_EQ(::kill(ingest.pid(), SIGINT), 0);
  const int code = ingest.wait();
  const std::string err = ingest.err();
  EXPECT_EQ(code, 130) << err;
  expect_no_crash(code, err);
  EXPECT_NE(err.find("interrupted"), std::string::npos) << err;
  const auto loaded_at = err.find("ingest: ");
  ASSERT_NE(loaded_at, std::string::npos) << err;
  const std::size_t reported = std::stoul(err.substr(loaded_at + 8));
  const std::size_t in_db = articles_in(db.conninfo());
  EXPECT_EQ(reported, in_db) << "the summary must list exactly what is committed: " << err;
  EXPECT_LT(in_db, static_cast<std::size_t>(article_count)) << "interrupted too late to tell";

  // every article present is whole: same statements as in the reference record
  pqxx::connection ref_conn(reference.conninfo()), conn(db.conninfo());
  pqxx::nontransaction r(ref_conn), w(conn);
  const char* per_article =
      "SELECT a.external_id, count(s.id) FROM articles a LEFT JOIN statements s ON s.article_id = a.id GROUP BY a.id";
  std::map<std::string, std::string> whole;
  for (const auto& row : r.exec(per_article)) whole[row[0].c_str()] = row[1].c_str();
  for (const auto& row : w.exec(per_article)) EXPECT_EQ(whole[row[0].c_str()], row[1].c_str()) << row[0].c_str();

  // and a re-run completes the record
  const auto rerun = run_onrecord({"--db", db.conninfo(), "ingest", folder});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(record_counts(db.conninfo()), expected);
}

TEST(ReliabilityFaults, TwoIngestsOfTheSameFilesAtOnceLoadEachArticleOnce) {
  ONRECORD_REQUIRE_DB();
  scratch_folder tmp;
  const std::string folder = write_articles(tmp.path, article_count);
  testing::throwaway_database reference("faults_twice_reference");
  ASSERT_EQ(run_onrecord({"--db", reference.conninfo(), "ingest", folder}).exit_code, 0);
  const auto expected = record_counts(reference.conninfo());

  testing::throwaway_database db("faults_twice");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "migrate"}).exit_code, 0);
  background_onrecord first({"--db", db.conninfo(), "ingest", folder}, tmp.path, "first");
  background_onrecord second({"--db", db.conninfo(), "ingest", folder}, tmp.path, "second");
  const int c1 = first.wait(), c2 = second.wait();
  EXPECT_EQ(c1, 0) << first.err();
  EXPECT_EQ(c2, 0) << second.err();
  auto loaded = [](const std::string& err) {
    const auto at = err.find("ingest: ");
    return at == std::string::npos ? 0ul : std::stoul(err.substr(at + 8));
  };
  EXPECT_EQ(loaded(first.err()) + loaded(second.err()), static_cast<unsigned long>(article_count))
      << first.err() << second.err();
  EXPECT_EQ(record_counts(db.conninfo()), expected);
}

TEST(ReliabilityFaults, AMigrationFailingHalfWayLeavesTheSchemaAsItWas) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("faults_migration");
  // An object in the way of the last statement of 0001 (CREATE INDEX statement_topics_topic): every
  // table of the migration is created before it fails.
  db.exec("CREATE TABLE statement_topics_topic (note text); INSERT INTO statement_topics_topic VALUES ('mine')");
  const char* schema =
      "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, column_name) FROM "
      "information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'";
  const std::string before = db.scalar(schema);
  const auto r = run_onrecord({"--db", db.conninfo(), "migrate"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  expect_no_crash(r.exit_code, r.err);
  EXPECT_NE(r.err.find("0001_initial.sql failed and was rolled back"), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar(schema), before);
  EXPECT_EQ(db.scalar("SELECT to_regclass('articles') IS NULL"), "t");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM schema_migrations"), "0");
  EXPECT_EQ(db.scalar("SELECT note FROM statement_topics_topic"), "mine");
  // an ingest refuses to run on it, with the same message, and loads nothing
  const auto ingest = run_onrecord({"--db", db.conninfo(), "ingest", "-"},
                                   "{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"Body.\"}\n");
  EXPECT_EQ(ingest.exit_code, 1) << ingest.err;
  EXPECT_NE(ingest.err.find("rolled back"), std::string::npos) << ingest.err;
  // once the obstacle is gone the migration applies whole
  db.exec("DROP TABLE statement_topics_topic");
  EXPECT_EQ(run_onrecord({"--db", db.conninfo(), "migrate"}).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT to_regclass('statement_topics_topic') IS NOT NULL"), "t");
}

TEST(ReliabilityFaults, AnArticleFailingInsideItsTransactionLeavesNothingAndTheOthersLoad) {
  ONRECORD_REQUIRE_DB();
  testing::throwaway_database db("faults_half_loaded");
  ASSERT_EQ(run_onrecord({"--db", db.conninfo(), "migrate"}).exit_code, 0);
  // a trigger that refuses one statement, after its article row and earlier statements were written
  db.exec(
      "CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "IF NEW.text LIKE '%poison%' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$; "
      "CREATE TRIGGER refuse_poison BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION refuse_poison()");
  const std::string input =
      "{\"id\":\"good1\",\"published\":\"2024-03-06\",\"text\":\"“The pool opens in May,” Mayor Dana Whitcombe "
      "said.\"}\n"
      "{\"id\":\"bad\",\"published\":\"2024-03-06\",\"text\":\"“The pool opens in June,” Mayor Dana Whitcombe "
      "said. “This is poison,” Councillor Ravi Okafor said.\"}\n"
      "{\"id\":\"good2\",\"published\":\"2024-03-06\",\"text\":\"“The library opens on Sunday,” Councillor Ravi "
      "Okafor said.\"}\n";
  const auto r = run_onrecord({"--db", db.conninfo(), "ingest", "-"}, input);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  expect_no_crash(r.exit_code, r.err);
  EXPECT_NE(r.err.find("\"bad\""), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(external_id, ',' ORDER BY external_id) FROM articles"), "good1,good2")
      << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM statements WHERE text LIKE '%June%' OR text LIKE '%poison%'"), "0");
}

}  // namespace
}  // namespace onrecord
