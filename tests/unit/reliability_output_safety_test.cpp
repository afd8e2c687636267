// Safe outputs: CSV cells a spreadsheet would run as formulas are neutralised, and passwords in
// database URLs are masked in every form libpq accepts.
#include <gtest/gtest.h>

#include "report/output_format.h"
#include "store/database_target.h"

namespace onrecord {
namespace {

TEST(ReliabilityCsv, CellsStartingWithAFormulaCharacterAreNeutralised) {
  EXPECT_EQ(csv_cell("=HYPERLINK(\"http://evil\",\"x\")"), "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
  EXPECT_EQ(csv_cell("+1+1"), "\"'+1+1\"");
  EXPECT_EQ(csv_cell("-2+3"), "\"'-2+3\"");
  EXPECT_EQ(csv_cell("@SUM(A1:A2)"), "\"'@SUM(A1:A2)\"");
  EXPECT_EQ(csv_cell("\t=1"), "\"'\t=1\"");
  EXPECT_EQ(csv_cell("\r=1"), "\"'\r=1\"");
  for (const char* c : {"=", "+", "-", "@", "\t", "\r"}) {
    const std::string out = csv_cell(c);
    EXPECT_TRUE(out.starts_with("\"'") || out.starts_with("'")) << c << " → " << out;
  }
}

TEST(ReliabilityCsv, OrdinaryCellsAreUntouchedOrQuotedPerRfc4180) {
  EXPECT_EQ(csv_cell("Dana Whitcombe"), "Dana Whitcombe");
  EXPECT_EQ(csv_cell(""), "");
  EXPECT_EQ(csv_cell("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_cell("a=b"), "a=b") << "only a leading formula character matters";
  EXPECT_EQ(csv_cell("“=quoted”"), "“=quoted”");
}

TEST(ReliabilityPasswords, UrlPasswordsAreMasked) {
  EXPECT_EQ(mask_password("postgresql://u:s3cret@host/db"), "postgresql://u:***@host/db");
  EXPECT_EQ(mask_password("postgres://u:s3cret@host:5432/db?sslmode=require"),
            "postgres://u:***@host:5432/db?sslmode=require");
  EXPECT_EQ(mask_password("postgresql://u:s%40cret@/db?host=/run"), "postgresql://u:***@/db?host=/run");
  EXPECT_EQ(mask_password("postgresql://u@host/db?password=s3cret&sslmode=disable"),
            "postgresql://u@host/db?password=***&sslmode=disable");
  EXPECT_EQ(mask_password("postgresql://host/db"), "postgresql://host/db");
  EXPECT_EQ(mask_password("postgresql://u:@host/db"), "postgresql://u:***@host/db");
}

TEST(ReliabilityPasswords, KeywordPasswordsAreMaskedWhateverTheSpacingOrQuoting) {
  for (const std::string conninfo :
       {"host=h password=s3cret dbname=d", "password=s3cret", "host=h password = s3cret dbname=d",
        "host=h password='s3 cret' dbname=d", "host=h password = 's3\\'cret' dbname=d", "host=h password =s3cret",
        "host=h\tpassword=\ts3cret", "host=h password=s3cret password=s3cret"}) {
    const std::string masked = mask_password(conninfo);
    EXPECT_EQ(masked.find("s3"), std::string::npos) << conninfo << " → " << masked;
    EXPECT_EQ(masked.find("cret"), std::string::npos) << conninfo << " → " << masked;
    EXPECT_NE(masked.find("password"), std::string::npos) << conninfo << " → " << masked;
  }
  EXPECT_EQ(mask_password("host=h password = 's3 cret' dbname=d"), "host=h password = *** dbname=d");
}

}  // namespace
}  // namespace onrecord
