#include "server/http_cache.h"

#include <gtest/gtest.h>

#include <fstream>

#include "server_test_util.h"

namespace chronicle::server {
namespace {

TEST(HttpCacheTest, HttpDatesRoundTrip) {
  EXPECT_EQ(http_date(784111777), "Sun, 06 Nov 1994 08:49:37 GMT");
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), 784111777);
  EXPECT_FALSE(parse_http_date("yesterday"));
  EXPECT_FALSE(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT trailing"));
}

TEST(HttpCacheTest, ConditionalRequests) {
  std::string tag = etag_of("body");
  EXPECT_EQ(tag, etag_of("body"));
  EXPECT_NE(tag, etag_of("other body"));
  EXPECT_TRUE(not_modified(tag, "", tag, 100));
  EXPECT_TRUE(not_modified("\"x\", W/" + tag, "", tag, 100));
  EXPECT_TRUE(not_modified("*", "", tag, 100));
  EXPECT_FALSE(not_modified("\"x\"", "", tag, 100));
  // If-None-Match wins over If-Modified-Since (RFC 9110).
  EXPECT_FALSE(not_modified("\"x\"", http_date(200), tag, 100));
  EXPECT_TRUE(not_modified("", http_date(100), tag, 100));
  EXPECT_FALSE(not_modified("", http_date(99), tag, 100));
  EXPECT_FALSE(not_modified("", "garbage", tag, 100));
  EXPECT_FALSE(not_modified("", "", tag, 100));
}

TEST(HttpCacheTest, GenerationChangesWhenTheStoreFilesChange) {
  std::string db = chronicle::testing::temp_dir("generation") + "/x.db";
  std::ofstream(db) << "one";
  Generation a = store_generation(db);
  EXPECT_EQ(a.stamp, store_generation(db).stamp);
  std::ofstream(db + "-wal") << "a commit";
  EXPECT_NE(a.stamp, store_generation(db).stamp);
}

TEST(HttpCacheTest, AnswersAreServedOnlyForTheirGeneration) {
  AnswerCache cache;
  cache.put("k", 1, {200, "application/json", "{}", "\"t\""});
  ASSERT_TRUE(cache.get("k", 1));
  EXPECT_EQ(cache.get("k", 1)->body, "{}");
  EXPECT_FALSE(cache.get("k", 2));
  EXPECT_FALSE(cache.get("k", 1));  // a stale entry is dropped
  cache.put("big", 1, {200, "text/plain", std::string(AnswerCache::kMaxCachedBody + 1, 'x'), "\"b\""});
  EXPECT_FALSE(cache.get("big", 1));
}

TEST(HttpCacheTest, OldestAnswersAreEvicted) {
  AnswerCache cache;
  for (size_t i = 0; i < AnswerCache::kEntries + 10; ++i) cache.put("k" + std::to_string(i), 1, {200, "t", "b", "e"});
  EXPECT_FALSE(cache.get("k0", 1));
  EXPECT_TRUE(cache.get("k" + std::to_string(AnswerCache::kEntries + 9), 1));
}

}  // namespace
}  // namespace chronicle::server
