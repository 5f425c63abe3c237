#include "store/store.h"

#include <sqlite3.h>

#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/delimited.h"
#include "store/record_json.h"

namespace chronicle::store {
namespace {

std::string fresh_path() {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const char* root = std::getenv("CHRONICLE_TEST_TMP");
  std::filesystem::path dir = std::filesystem::path(root ? root : "/tmp/chronicle-tests") / "store";
  std::filesystem::create_directories(dir);
  std::filesystem::path path = dir / (std::string(info->name()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return path.string();
}

Article sample(const std::string& id, const std::string& title, const std::string& text) {
  Article a;
  a.id = id;
  a.source_id = "src-" + id;
  a.title = title;
  a.text = text;
  a.source = "Al Jazeera America";
  a.author = "Staff";
  a.date = "2013-08-09";
  a.lang = "en";
  a.removed = {{"Sign up for our weekly newsletter", RemovalReason::promo}, {"2013 AFP", RemovalReason::credit}};
  a.tags.places = {"Russia", "Syria"};
  a.tags.topics = {"Diplomacy"};
  return a;
}

std::unique_ptr<Store> open_rw(const std::string& path) {
  std::string error;
  auto store = Store::open(path, OpenMode::read_write, error);
  EXPECT_TRUE(store) << error;
  return store;
}

TEST(StoreTest, WritesAndReadsBackTheWholeRecord) {
  auto store = open_rw(fresh_path());
  Article a = sample("a1", "US and Russia plan Syria talks", "Kerry met Lavrov in Washington.\n\nThey agreed on Geneva.");
  Entity kerry{"e-kerry", "John Kerry", EntityType::person, "USAGOV", "Secretary of State", {{0, 5}}};
  a.entities.push_back(kerry);
  a.places.push_back({"Washington", "USA", 38.9, -77.03, {{22, 32}}});
  a.quotes.push_back({{34, 56}, QuoteKind::indirect, "e-kerry", "John Kerry", "said", "Reuters"});
  a.events.push_back({{"USAGOV", "Kerry"}, {"RUSGOV", "Lavrov"}, "040", "04", 1, 1.0, false, {0, 32}, "Washington", "2013-08-09"});
  WriteResult result;
  std::string error;
  ASSERT_TRUE(store->write_batch({a}, {}, result, error)) << error;
  EXPECT_EQ(result.added, 1u);
  auto back = store->article("a1");
  ASSERT_TRUE(back);
  EXPECT_EQ(article_json(*back).dump(), article_json(a).dump());
  EXPECT_EQ(store->integrity_check(), "");
}

TEST(StoreTest, ReingestingTheSameArticleAddsNothing) {
  auto store = open_rw(fresh_path());
  WriteResult result;
  std::string error;
  Article a = sample("a1", "Title", "Body.");
  ASSERT_TRUE(store->write_batch({a}, {}, result, error));
  ASSERT_TRUE(store->write_batch({a, sample("a2", "Other", "Other body.")}, {}, result, error));
  EXPECT_EQ(result.added, 1u);
  EXPECT_EQ(result.already_stored, 1u);
  EXPECT_EQ(result.was_added, (std::vector<bool>{false, true}));
  EXPECT_EQ(store->stats().articles, 2);
}

TEST(StoreTest, AFailedBatchLeavesNothingAndKeepsEarlierBatches) {
  std::string path = fresh_path();
  auto store = open_rw(path);
  WriteResult result;
  std::string error;
  ASSERT_TRUE(store->write_batch({sample("kept", "Kept", "Kept body.")}, {}, result, error));
  // Make the second article's insert fail half-way through the batch.
  ASSERT_EQ(sqlite3_exec(store->handle(),
                         "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.id = 'bad' "
                         "BEGIN SELECT RAISE(ABORT, 'refused by test'); END",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_FALSE(store->write_batch({sample("first", "First", "First body."), sample("bad", "Bad", "Bad body.")}, {},
                                  result, error));
  EXPECT_NE(error.find("refused by test"), std::string::npos);
  EXPECT_FALSE(store->contains("first"));
  EXPECT_TRUE(store->contains("kept"));
  EXPECT_EQ(store->integrity_check(), "");
}

TEST(StoreTest, SiteLinesCountOnlyNewPages) {
  auto store = open_rw(fresh_path());
  WriteResult result;
  std::string error;
  std::vector<PageLines> pages = {{"npr.org", {1, 2}}, {"npr.org", {2, 3}}};
  ASSERT_TRUE(store->write_batch({sample("p1", "One", "One."), sample("p2", "Two", "Two.")}, pages, result, error));
  ASSERT_TRUE(store->write_batch({sample("p1", "One", "One."), sample("p3", "Three", "Three.")},
                                 {{"npr.org", {1, 2}}, {"npr.org", {2}}}, result, error));
  int site_pages = 0;
  std::vector<std::pair<uint64_t, int>> lines;
  ASSERT_TRUE(store->site_line_counts("npr.org", site_pages, lines));
  EXPECT_EQ(site_pages, 3);
  std::map<uint64_t, int> counts(lines.begin(), lines.end());
  EXPECT_EQ(counts[1], 1);
  EXPECT_EQ(counts[2], 3);
  EXPECT_EQ(counts[3], 1);
}

TEST(StoreTest, SearchRanksStemsAndMarksSnippets) {
  auto store = open_rw(fresh_path());
  WriteResult result;
  std::string error;
  ASSERT_TRUE(store->write_batch(
      {sample("s1", "Talks in Geneva", "Diplomats negotiated in Geneva for hours."),
       sample("s2", "Markets", "Stocks rose; negotiations on trade continue."),
       sample("s3", "Weather", "Rain in Moscow.")},
      {}, result, error));
  SearchResult found = store->search("negotiating", {}, 10, 0, true);
  ASSERT_EQ(found.total, 2);
  EXPECT_NE(found.hits[0].snippet.find("\xC2\xAB"), std::string::npos);
  found = store->search("\"in Geneva\"", {}, 10, 0, false);
  ASSERT_EQ(found.total, 1);
  EXPECT_EQ(found.hits[0].article.id, "s1");
  EXPECT_EQ(store->search("Moscow OR Geneva", {}, 10, 0, false).total, 2);
  ASSERT_FALSE(found.hits.empty());
  // Facets count the matches.
  found = store->search("rain", {}, 10, 0, true);
  ASSERT_EQ(found.facets[0].first, "source");
  EXPECT_EQ(found.facets[0].second[0].count, 1);
}

TEST(StoreTest, FacetsCountTheBestThousandHitsAndTheTotalCountsAll) {
  auto store = open_rw(fresh_path());
  std::vector<Article> batch;
  // Ten articles with the word in their title rank first; a thousand more have it in the text only.
  for (int i = 0; i < 1010; ++i) {
    Article a = sample("f" + std::to_string(i), i < 10 ? "Alpha report" : "Other report", "Alpha news of the day.");
    a.source = i < 10 ? "Title Desk" : "Text Desk";
    batch.push_back(std::move(a));
  }
  WriteResult result;
  std::string error;
  ASSERT_TRUE(store->write_batch(batch, {}, result, error)) << error;
  SearchResult found = store->search("alpha", {}, 5, 0, true);
  EXPECT_EQ(found.total, 1010);
  ASSERT_EQ(found.hits.size(), 5u);
  EXPECT_EQ(found.hits[0].article.source, "Title Desk");
  ASSERT_EQ(found.facets[0].first, "source");
  std::map<std::string, int64_t> sources;
  for (const FacetCount& c : found.facets[0].second) sources[c.value] = c.count;
  EXPECT_EQ(sources["Title Desk"], 10);
  EXPECT_EQ(sources["Text Desk"], 990);
}

TEST(StoreTest, UserQueriesCannotBreakFts) {
  EXPECT_EQ(Store::fts_query("U.S. AND \"Lavrov"), "\"u s\" \"and\" \"lavrov\"");
  EXPECT_EQ(Store::fts_query("NEAR( * ^ -"), "\"near\"");
  EXPECT_EQ(Store::fts_query("OR"), "");
  auto store = open_rw(fresh_path());
  for (const char* hostile : {"\"", "*", "a OR", "'; DROP TABLE articles; --", "title:x", "(((("}) {
    SearchResult r = store->search(hostile, {}, 10, 0, true);
    EXPECT_EQ(r.total, 0) << hostile;
  }
  EXPECT_EQ(store->integrity_check(), "");
}

TEST(StoreTest, FiltersCombine) {
  auto store = open_rw(fresh_path());
  WriteResult result;
  std::string error;
  Article a = sample("f1", "A", "Alpha.");
  Article b = sample("f2", "B", "Beta.");
  b.source = "NPR";
  b.date = "2015-12-15T10:00:00Z";
  b.tags.places = {"Ukraine"};
  ASSERT_TRUE(store->write_batch({a, b}, {}, result, error));
  ArticleFilter only_npr;
  only_npr.source = "NPR";
  EXPECT_EQ(store->count_articles(only_npr), 1);
  ArticleFilter dated;
  dated.date_to = "2013-12";
  EXPECT_EQ(store->count_articles(dated), 1);
  ArticleFilter place;
  place.place = "ukraine";
  ASSERT_EQ(store->articles(place, 10, 0).size(), 1u);
  EXPECT_EQ(store->articles(place, 10, 0)[0].id, "f2");
}

TEST(StoreTest, RefusesFilesThatAreNotChronicleStores) {
  std::string path = fresh_path();
  {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE mine(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  std::string error;
  EXPECT_FALSE(Store::open(path, OpenMode::read_write, error));
  EXPECT_NE(error.find("not a Chronicle store"), std::string::npos);
  std::string text_path = path + ".txt";
  FILE* f = std::fopen(text_path.c_str(), "w");
  std::fputs("this is not a database, it is plain text and long enough to have a header page\n", f);
  std::fclose(f);
  EXPECT_FALSE(Store::open(text_path, OpenMode::read_write, error));
  EXPECT_NE(error.find("not a Chronicle store"), std::string::npos);
}

TEST(StoreTest, RefusesANewerSchema) {
  std::string path = fresh_path();
  open_rw(path);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  std::string error;
  EXPECT_FALSE(Store::open(path, OpenMode::read_write, error));
  EXPECT_NE(error.find("newer than this chronicle"), std::string::npos);
}

TEST(DelimitedTest, CsvQuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_row({"plain", "with,comma", "say \"hi\"", "two\nlines"}),
            "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\"");
}

TEST(DelimitedTest, GdeltRowSplitsActorCodes) {
  Article a = sample("g1", "T", "Kerry met Lavrov.");
  a.url = "http://example.com/a";
  Event e{{"USAGOV", "Kerry"}, {"RUSGOV", "Lavrov"}, "042", "04", 1, 1.9, false, {0, 17}, "Moscow", ""};
  std::vector<std::string> row = event_tsv_fields(a, e, 0);
  ASSERT_EQ(row.size(), event_tsv_header().size());
  EXPECT_EQ(row[1], "20130809");
  EXPECT_EQ(row[4], "USA");
  EXPECT_EQ(row[5], "GOV");
  EXPECT_EQ(row[12], "042");
  EXPECT_EQ(row[15], "1.9");
  Event igo{{"IGOUNO", "UN"}, {"SYR", "Syria"}, "0233", "02", 1, 3.4, false, {20, 40}, "", ""};
  row = event_tsv_fields(a, igo, 1);
  EXPECT_EQ(row[4], "");
  EXPECT_EQ(row[8], "SYR");
}

}  // namespace
}  // namespace chronicle::store
