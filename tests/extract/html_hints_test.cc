// Tests for the class/id hint lists (src/extract/html_hints.h, data/html/hints.tsv).
#include "extract/html_hints.h"

#include <gtest/gtest.h>

namespace chronicle::extract {
namespace {

TEST(HtmlHintsTest, ShippedListLoads) {
  std::string error;
  auto hints = HtmlHints::load(std::string(CHRONICLE_DATA_DIR) + "/html/hints.tsv", error);
  ASSERT_TRUE(hints) << error;
  EXPECT_GT(hints->size(), 50u);
  EXPECT_GT(hints->classify("story-body__inner", "").weight, 0);
  HintVerdict comments = hints->classify("comments-area", "comments");
  EXPECT_TRUE(comments.negative);
  EXPECT_EQ(comments.reason, RemovalReason::comments);
  EXPECT_EQ(hints->classify("", "related-stories").reason, RemovalReason::related);
}

TEST(HtmlHintsTest, MatchesWholeWordsPartsAndPrefixes) {
  std::string error;
  auto hints = HtmlHints::parse("article-body\t30\t-\nbody\t5\t-\ncomment*\t-25\tcomments\nad\t-25\tpromo\n", "t", error);
  ASSERT_TRUE(hints) << error;
  EXPECT_EQ(hints->classify("article-body", "").weight, 35);  // the whole word and its part "body"
  EXPECT_EQ(hints->classify("commentlist", "").weight, -25);
  EXPECT_EQ(hints->classify("header shadow", "").weight, 0) << "\"ad\" must not match inside words";
  EXPECT_EQ(hints->classify("ad-slot", "").weight, -25);
  EXPECT_EQ(hints->classify("AD", "").weight, -25) << "case-insensitive";
  EXPECT_EQ(hints->classify("comments comment", "").weight, -25) << "each hint counts once";
}

TEST(HtmlHintsTest, MalformedLinesAreErrorsNamingTheLine) {
  std::string error;
  EXPECT_FALSE(HtmlHints::parse("# c\nstory\t10\n", "hints.tsv", error));
  EXPECT_EQ(error, "hints.tsv:2: expected 3 tab-separated fields (WORD, WEIGHT, REASON), got 2");
  EXPECT_FALSE(HtmlHints::parse("story\tten\t-\n", "hints.tsv", error));
  EXPECT_EQ(error, "hints.tsv:1: WEIGHT must be a non-zero integer: \"ten\"");
  EXPECT_FALSE(HtmlHints::parse("nav\t-25\tmenus\n", "hints.tsv", error));
  EXPECT_EQ(error, "hints.tsv:1: unknown removal reason \"menus\"");
  EXPECT_FALSE(HtmlHints::parse("Story\t10\t-\n", "hints.tsv", error));
  EXPECT_FALSE(HtmlHints::parse("story\t10\tnavigation\n", "hints.tsv", error));
  EXPECT_FALSE(HtmlHints::parse("# only comments\n\n", "hints.tsv", error));
  EXPECT_NE(error.find("no hints"), std::string::npos);
  EXPECT_FALSE(HtmlHints::load("/nonexistent/hints.tsv", error));
  EXPECT_EQ(error, "/nonexistent/hints.tsv: cannot open");
}

}  // namespace
}  // namespace chronicle::extract
