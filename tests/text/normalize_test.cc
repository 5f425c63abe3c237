#include "text/normalize.h"

#include <gtest/gtest.h>

#include "text/hash.h"
#include "text/url.h"

namespace chronicle::text {
namespace {

TEST(NormalizeTest, FoldWhitespaceCollapsesUnicodeSpaces) {
  EXPECT_EQ(fold_whitespace("  Kerry\xC2\xA0\xC2\xA0met \t Lavrov \n"), "Kerry met Lavrov");
  EXPECT_EQ(fold_whitespace(""), "");
}

TEST(NormalizeTest, ComparisonKeyIgnoresCaseAndPunctuation) {
  EXPECT_EQ(comparison_key("Copyright 2020 NPR."), comparison_key("copyright 2020  NPR"));
  EXPECT_EQ(comparison_key("\xC3\x89MILE"), "\xC3\xA9mile");
  EXPECT_EQ(comparison_key("0:00 0:00"), "0 00 0 00");
}

TEST(NormalizeTest, TrimHandlesUnicodeSpaces) {
  EXPECT_EQ(trim("\xC2\xA0 text \xE2\x80\x89"), "text");
  EXPECT_EQ(trim("   "), "");
}

TEST(HashTest, StableAndDistinct) {
  EXPECT_EQ(hash64("Lavrov"), hash64("Lavrov"));
  EXPECT_NE(hash64("Lavrov"), hash64("Lavrow"));
  EXPECT_NE(hash64("abc", 1), hash64("abc", 2));
  EXPECT_EQ(hex64(0xe413add73ba56faeULL), "e413add73ba56fae");
}

TEST(HashTest, ArticleIdPrefersUrlThenText) {
  std::string by_url = article_id("http://npr.org/a", "text one");
  EXPECT_EQ(by_url, article_id("http://npr.org/a", "other text"));
  EXPECT_EQ(article_id("", "Kerry  met\nLavrov"), article_id("", "Kerry met Lavrov"));
  EXPECT_EQ(by_url.size(), 16u);
}

TEST(UrlTest, CanonicalDropsTrackingAndFragments) {
  EXPECT_EQ(canonical_url("https://WWW.NPR.org/2015/12/15/story/?utm_source=x&id=7#top"),
            "http://npr.org/2015/12/15/story?id=7");
  EXPECT_EQ(canonical_url("http://example.com:80/"), "http://example.com");
  EXPECT_EQ(canonical_url("not a url"), "");
  EXPECT_EQ(url_host("https://www.aljazeera.com/news"), "aljazeera.com");
}

}  // namespace
}  // namespace chronicle::text
