// The bad-input catalogue through the binary: a folder mixing good articles with every kind of bad
// one. Each bad input is named on stderr (file, line, byte offset, what was expected), the good
// articles are all still output, and the exit status is 1.
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace onrecord {
namespace {
namespace fs = std::filesystem;
using testing::run_onrecord;

struct scratch_folder : testing::scratch_folder {
  scratch_folder() : testing::scratch_folder("bad", 0755) {}
};

std::size_t count_lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

TEST(BadInputCatalogue, EveryBadInputIsNamedAndTheGoodArticlesAreStillRead) {
  scratch_folder dir;
  dir.write("good1.txt", "date 2024-03-06\n“The pool opens in May,” Mayor Dana Whitcombe said.\n");
  dir.write("good2.txt",
            "\xEF\xBB\xBF"
            "date 2024-03-07\n“The ferry is late,” Councillor Ravi Okafor said.\n");
  dir.write("bad_utf8.txt", "date 2024-03-06\nThe caf\xE9 closed.\n");
  dir.write("nul.txt", std::string("date 2024-03-06\nab\0cd\n", 22));
  dir.write("empty.txt", "");
  dir.write("blank.txt", "  \n\n\t\n");
  dir.write("feed.jsonl",
            "{\"id\":\"j1\",\"published\":\"2024-03-06\",\"text\":\"“Yes,” said Okafor.\"}\n"
            "{\"id\":\"j2\",\"published\":\"2024-03-06\",\"text\":\n"
            "{\"id\":\"j3\",\"published\":20240306,\"text\":\"Body.\"}\n"
            "{\"id\":\"j4\",\"published\":\"2024-03-06\",\"text\":\"“No,” said Whitcombe.\",\"extra\":1}\n");
  fs::create_symlink(dir.path / "gone.txt", dir.path / "dangling.txt");
  fs::create_directory_symlink(dir.path, dir.path / "loop");
  const auto r = run_onrecord({"extract", dir.path.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(count_lines(r.out), 4u) << "good1, good2, j1, j4:\n" << r.out;
  const std::string d = dir.path.string();
  for (const std::string& expected :
       {d + "/bad_utf8.txt: byte 24: invalid UTF-8", d + "/nul.txt: byte 18: binary data (NUL byte)",
        d + "/empty.txt: empty article", d + "/blank.txt: article holds only white space", d + "/feed.jsonl:2: byte ",
        d + "/feed.jsonl:3: field \"published\" is a number; expected a string",
        d + "/dangling.txt: broken symbolic link", std::string("extract: 4 articles, 7 failed")})
    EXPECT_NE(r.err.find(expected), std::string::npos) << "missing: " << expected << "\n" << r.err;
  EXPECT_EQ(r.err.find("terminate called"), std::string::npos) << r.err;
}

TEST(BadInputCatalogue, AFileAnotherUserCannotReadIsNamedWithTheReason) {
  // root reads every file, so this runs onrecord as `nobody` on a file only root may read
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to act as another OS user";
  if (!::getpwnam("nobody")) GTEST_SKIP() << "no 'nobody' user";
  scratch_folder dir;
  const auto secret = dir.write("secret.txt", "date 2024-03-06\nBody.\n");
  const auto open = dir.write("open.txt", "date 2024-03-06\nBody two.\n");
  ::chmod(secret.c_str(), 0600);
  ::chmod(open.c_str(), 0644);
  const auto r = testing::run_program({"runuser", "-u", "nobody", "--", ONRECORD_BINARY, "extract", secret, open});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(secret + ": cannot open: Permission denied"), std::string::npos) << r.err;
  EXPECT_EQ(count_lines(r.out), 1u) << r.out;
}

TEST(BadInputCatalogue, StdinWithABrokenJsonLineNamesTheLine) {
  const auto r = run_onrecord({"extract", "-"},
                              "{\"id\":\"a\",\"published\":\"2024-03-06\",\"text\":\"One.\"}\n"
                              "{\"id\":\"b\",\"text\":\"Two.\"\n"
                              "{\"id\":\"c\",\"published\":\"2024-03-06\",\"text\":\"Three.\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(count_lines(r.out), 2u);
  EXPECT_NE(r.err.find("-:2: byte "), std::string::npos) << r.err;
}

TEST(BadInputCatalogue, MaxArticleMbSetsTheLargestArticleReadAndZeroLiftsIt) {
  scratch_folder dir;
  std::string text = "date 2024-03-06\n“The tram will run,” Mayor Dana Whitcombe said.\n";
  text.append((3u << 19) - text.size(), '\n');  // 1.5 MB
  const std::string big = dir.write("big.txt", text);
  const std::string small = dir.write("small.txt", "date 2024-03-06\n“The pier opens,” Councillor Ravi Okafor said.\n");
  auto refused = run_onrecord({"--max-article-mb", "1", "extract", big, small});
  EXPECT_EQ(refused.exit_code, 1) << refused.err;
  EXPECT_NE(refused.err.find(big + ": byte 1048576: the article is larger than 1 MB"), std::string::npos)
      << refused.err;
  EXPECT_NE(refused.err.find("--max-article-mb"), std::string::npos) << refused.err;
  EXPECT_EQ(count_lines(refused.out), 1u) << "the small article is still extracted";
  auto lifted = run_onrecord({"extract", "--max-article-mb", "0", big});
  EXPECT_EQ(lifted.exit_code, 0) << lifted.err;
  EXPECT_EQ(count_lines(lifted.out), 1u);
  auto nonsense = run_onrecord({"extract", "--max-article-mb", "lots", small});
  EXPECT_EQ(nonsense.exit_code, 2) << nonsense.err;
}

}  // namespace
}  // namespace onrecord
