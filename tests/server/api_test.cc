// The JSON API without sockets: answer_api() on a fixture store (tests/server/fixtures).
#include "server/api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "server_test_util.h"
#include "store/record_json.h"

namespace chronicle::server {
namespace {

using nlohmann::json;
using Query = std::multimap<std::string, std::string>;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new std::string(chronicle::testing::fixture_store("api"));
  }
  static void TearDownTestSuite() { delete db_; }
  void SetUp() override {
    std::string error;
    store_ = store::Store::open(*db_, store::OpenMode::read_only, error);
    ASSERT_TRUE(store_) << error;
  }
  ApiResponse get(const std::string& path, const Query& q = {}) { return answer_api(*store_, path, q); }
  json get_json(const std::string& path, const Query& q = {}, int status = 200) {
    ApiResponse r = get(path, q);
    EXPECT_EQ(r.status, status) << path << " → " << r.body;
    json j = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.body;
    return j;
  }
  void expect_error(const std::string& path, const Query& q, int status, const std::string& words) {
    ApiResponse r = get(path, q);
    EXPECT_EQ(r.status, status) << path << " → " << r.body;
    json j = json::parse(r.body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.body;
    EXPECT_EQ(j["error"]["status"], status);
    EXPECT_NE(j["error"]["message"].get<std::string>().find(words), std::string::npos) << r.body;
  }

  static std::string* db_;
  std::unique_ptr<store::Store> store_;
};
std::string* ApiTest::db_ = nullptr;

TEST_F(ApiTest, SearchFindsLavrovWithMarkedSnippetsAndFacets) {
  json j = get_json("/api/search", {{"q", "Lavrov"}});
  EXPECT_EQ(j["total"], 4);  // the two Sochi reports, their copy, and the 2013 conference
  ASSERT_FALSE(j["hits"].empty());
  bool marked = false;
  for (const json& part : j["hits"][0]["snippet"])
    if (part["mark"].get<bool>()) marked = marked || part["text"] == "Lavrov";
  EXPECT_TRUE(marked) << j["hits"][0]["snippet"].dump();
  std::vector<std::string> people;
  for (const json& v : j["facets"]["person"]) people.push_back(v["value"]);
  EXPECT_NE(std::find(people.begin(), people.end(), "Sergei Lavrov"), people.end());
  EXPECT_FALSE(j["facets"]["source"].empty());
}

TEST_F(ApiTest, SearchFacetsFilterByPlaceDateAndOutlet) {
  EXPECT_EQ(get_json("/api/search", {{"q", "Lavrov"}, {"from", "2015"}})["total"], 3);
  EXPECT_EQ(get_json("/api/search", {{"q", "Lavrov"}, {"to", "2013-12"}})["total"], 1);
  EXPECT_EQ(get_json("/api/search", {{"q", "Lavrov"}, {"source", "Example Public Radio"}})["total"], 1);
  EXPECT_EQ(get_json("/api/search", {{"q", "wheat"}, {"place", "UKR"}})["total"], 1);
  EXPECT_EQ(get_json("/api/search", {{"q", "Lavrov"}, {"person", "Vladimir Putin"}})["total"], 1);
  EXPECT_EQ(get_json("/api/search", {{"q", "Lavrov"}, {"duplicates", "0"}})["total"], 3);
}

TEST_F(ApiTest, SearchPagesWithLimitAndOffset) {
  json first = get_json("/api/search", {{"q", "Lavrov"}, {"limit", "2"}});
  json second = get_json("/api/search", {{"q", "Lavrov"}, {"limit", "2"}, {"offset", "2"}});
  ASSERT_EQ(first["hits"].size(), 2u);
  ASSERT_EQ(second["hits"].size(), 2u);
  EXPECT_NE(first["hits"][0]["id"], second["hits"][0]["id"]);
}

TEST_F(ApiTest, BadParametersAre400WithAMessage) {
  expect_error("/api/search", {}, 400, "q is required");
  expect_error("/api/search", {{"q", "   "}}, 400, "q is required");
  expect_error("/api/search", {{"q", "Lavrov"}, {"limit", "0"}}, 400, "limit");
  expect_error("/api/search", {{"q", "Lavrov"}, {"limit", "101"}}, 400, "limit");
  expect_error("/api/search", {{"q", "Lavrov"}, {"limit", "ten"}}, 400, "limit");
  expect_error("/api/search", {{"q", "Lavrov"}, {"limit", "5x"}}, 400, "limit");
  expect_error("/api/search", {{"q", "Lavrov"}, {"offset", "-1"}}, 400, "offset");
  expect_error("/api/search", {{"q", "Lavrov"}, {"offset", "99999999999999999999"}}, 400, "offset");
  expect_error("/api/search", {{"q", "Lavrov"}, {"from", "2015-13"}}, 400, "from");
  expect_error("/api/search", {{"q", "Lavrov"}, {"to", "yesterday"}}, 400, "to");
  expect_error("/api/search", {{"q", "Lavrov"}, {"limt", "5"}}, 400, "unknown parameter limt");
  expect_error("/api/search", {{"q", "Lavrov"}, {"q", "Kerry"}}, 400, "more than once");
  expect_error("/api/search", {{"q", std::string(600, 'a')}}, 400, "longer than 512");
  expect_error("/api/search", {{"q", "bad \xff utf8"}}, 400, "UTF-8");
  expect_error("/api/search", {{"q", "tab\there"}}, 400, "control");
  expect_error("/api/stories", {{"sort", "oldest"}}, 400, "sort must be one of newest, biggest");
  expect_error("/api/dyads", {{"a", "USA"}}, 400, "a and b are required");
  expect_error("/api/dyads", {{"a", "usa"}, {"b", "RUS"}}, 400, "CAMEO");
  expect_error("/api/dyads", {{"a", "USA"}, {"b", "RUS"}, {"bucket", "decade"}}, 400, "bucket");
  expect_error("/api/events", {{"format", "xml"}}, 400, "format");
  expect_error("/api/articles/wire-sochi-1", {{"x", "1"}}, 400, "unknown parameter");
}

TEST_F(ApiTest, UnknownIdsAndEndpointsAre404) {
  expect_error("/api/articles/nosuchid", {}, 404, "no article");
  expect_error("/api/stories/nosuchstory", {}, 404, "no story");
  expect_error("/api/entities/person-nobody", {}, 404, "no entity");
  expect_error("/api/storylines/nothing", {}, 404, "no storyline");
  expect_error("/api/nothing", {}, 404, "no such endpoint");
  expect_error("/api/search/extra", {}, 404, "no such endpoint");
}

TEST_F(ApiTest, IdsWithPathOrSqlSyntaxAre400) {
  expect_error("/api/articles/../../etc/passwd", {}, 400, "an id is");
  expect_error("/api/articles/x' OR '1'='1", {}, 400, "an id is");
  expect_error("/api/entities/" + std::string(200, 'a'), {}, 400, "an id is");
  expect_error("/api/stories/", {}, 400, "an id is");
}

TEST_F(ApiTest, InjectionAttemptsAreDataNotSyntax) {
  // SQL in a filter value is bound as a value: it matches nothing and the store is intact.
  json j = get_json("/api/search", {{"q", "Lavrov"}, {"source", "x' OR '1'='1"}});
  EXPECT_EQ(j["total"], 0);
  j = get_json("/api/search", {{"q", "Lavrov'); DROP TABLE articles; --"}});
  EXPECT_EQ(j["total"], 0);
  // FTS5 syntax is never passed through: column filters, NEAR and stars are words.
  EXPECT_EQ(get(("/api/search"), {{"q", "title:Kerry NEAR(a b) * ^"}}).status, 200);
  EXPECT_EQ(get_json("/api/stats")["articles"], 6);
  // LIKE wildcards in an entity prefix are literal.
  EXPECT_TRUE(get_json("/api/entities", {{"prefix", "%"}})["entities"].empty());
  EXPECT_EQ(get_json("/api/entities", {{"prefix", "Sergei"}})["entities"].size(), 1u);
}

TEST_F(ApiTest, ArticleIsTheRecordShape) {
  json j = get_json("/api/articles/wire-sochi-1");
  auto stored = store_->article("wire-sochi-1");
  ASSERT_TRUE(stored);
  EXPECT_EQ(j.dump(), json::parse(store::article_json(*stored).dump()).dump());
  for (const char* key : {"id", "url", "source", "section", "title", "dek", "author", "date", "lang", "text", "removed",
                          "tags", "entities", "places", "quotes", "events", "duplicate_of", "story"})
    EXPECT_TRUE(j.contains(key)) << key;
  ASSERT_EQ(j["quotes"].size(), 2u);
  EXPECT_EQ(j["quotes"][0]["text"], "We have differences, but we share an interest in a political outcome,");
  EXPECT_EQ(j["quotes"][0]["speaker"], "person-sergei-lavrov");
}

TEST_F(ApiTest, StoriesNewestAndBiggest) {
  json newest = get_json("/api/stories");
  EXPECT_EQ(newest["total"], 4);
  ASSERT_EQ(newest["stories"].size(), 4u);
  EXPECT_EQ(newest["stories"][0]["id"], "st-plugin-flaw");  // 2016
  json biggest = get_json("/api/stories", {{"sort", "biggest"}});
  EXPECT_EQ(biggest["stories"][0]["id"], "st-sochi");
  EXPECT_EQ(biggest["stories"][0]["size"], 3);
  std::vector<std::string> sources = biggest["stories"][0]["sources"];
  EXPECT_EQ(sources.size(), 3u);
  EXPECT_EQ(get_json("/api/stories", {{"limit", "1"}, {"offset", "1"}})["stories"].size(), 1u);
}

TEST_F(ApiTest, StoryHasMembersInDateOrderWithSummaryAndPeople) {
  json s = get_json("/api/stories/st-sochi");
  EXPECT_EQ(s["title"], "Kerry and Lavrov agree to press Syrian sides toward talks");
  EXPECT_EQ(s["first"], "2015-06-12T09:40:00Z");
  EXPECT_EQ(s["last"], "2015-06-13T14:05:00Z");
  ASSERT_EQ(s["members"].size(), 3u);
  EXPECT_EQ(s["members"][0]["id"], "wire-sochi-1");
  EXPECT_EQ(s["members"][2]["id"], "radio-sochi-2");
  EXPECT_TRUE(s["summary"].get<std::string>().rfind("SOCHI, Russia", 0) == 0) << s["summary"];
  std::vector<std::string> people = s["people"];
  ASSERT_FALSE(people.empty());
  EXPECT_TRUE(people[0] == "John Kerry" || people[0] == "Sergei Lavrov") << people[0];
}

TEST_F(ApiTest, EntityPageHasTimelineQuotesAndNeighbours) {
  json e = get_json("/api/entities/person-sergei-lavrov");
  EXPECT_EQ(e["name"], "Sergei Lavrov");
  EXPECT_EQ(e["articles"], 4);
  ASSERT_EQ(e["timeline"].size(), 2u);
  EXPECT_EQ(e["timeline"][0]["period"], "2013-05");
  EXPECT_EQ(e["timeline"][1]["period"], "2015-06");
  EXPECT_EQ(e["timeline"][1]["articles"], 3);
  EXPECT_EQ(e["quotes_by"].size(), 3u);
  EXPECT_EQ(e["cooccurring"][0]["id"], "person-john-kerry");
  EXPECT_EQ(e["recent_articles"][0]["id"], "radio-sochi-2");
  // Quotes about Russia's foreign minister: none of the fixture's quotes names him inside the quote.
  EXPECT_TRUE(e["quotes_about"].empty());
  // The 2013 quote names Russia and the United States; no entity is "about" it but places are not entities.
  json kerry = get_json("/api/entities/person-john-kerry");
  EXPECT_EQ(kerry["quotes_by"].size(), 1u);
  EXPECT_EQ(kerry["quotes_by"][0]["text"], "Nobody should mistake this for a breakthrough,");
}

TEST_F(ApiTest, EntitiesListByArticlesWithTypeFilter) {
  json all = get_json("/api/entities");
  EXPECT_EQ(all["entities"][0]["id"], "person-sergei-lavrov");
  json orgs = get_json("/api/entities", {{"type", "org"}});
  ASSERT_EQ(orgs["entities"].size(), 1u);
  EXPECT_EQ(orgs["entities"][0]["name"], "Pentagon");
}

TEST_F(ApiTest, QuotesBySpeakerAndArticle) {
  json q = get_json("/api/quotes", {{"speaker", "person-tomasz-nowak"}});
  ASSERT_EQ(q["quotes"].size(), 1u);
  EXPECT_EQ(q["quotes"][0]["article"], "biz-wheat-2014");
  EXPECT_EQ(q["quotes"][0]["text"], "The crop is simply bigger than anyone expected in July,");
  EXPECT_EQ(get_json("/api/quotes", {{"article", "wire-sochi-1"}})["quotes"].size(), 2u);
  EXPECT_EQ(get_json("/api/quotes")["quotes"].size(), 5u);
}

TEST_F(ApiTest, EventsFilterByActorAndPrintTsv) {
  json all = get_json("/api/events");
  EXPECT_EQ(all["events"].size(), 5u);
  json rus = get_json("/api/events", {{"source", "RUS"}});
  EXPECT_EQ(rus["events"].size(), 2u);
  json conflict = get_json("/api/events", {{"root", "11"}});
  EXPECT_EQ(conflict["events"].size(), 2u);
  EXPECT_EQ(get_json("/api/events", {{"actor", "SYR"}})["events"].size(), 1u);
  EXPECT_EQ(get_json("/api/events", {{"from", "2015"}})["events"].size(), 3u);
  ApiResponse tsv = get("/api/events", {{"format", "tsv"}, {"actor", "USA"}});
  EXPECT_EQ(tsv.status, 200);
  EXPECT_NE(tsv.content_type.find("tab-separated"), std::string::npos);
  EXPECT_EQ(tsv.body.rfind("GLOBALEVENTID\tSQLDATE\t", 0), 0u) << tsv.body.substr(0, 80);
  EXPECT_EQ(std::count(tsv.body.begin(), tsv.body.end(), '\n'), 5);  // header + 4 USA events
  EXPECT_NE(tsv.body.find("\t20150612\t"), std::string::npos);
}

TEST_F(ApiTest, DyadsCountAndAverageGoldsteinPerPeriod) {
  json d = get_json("/api/dyads", {{"a", "USA"}, {"b", "RUS"}, {"bucket", "year"}});
  ASSERT_EQ(d["series"].size(), 2u);
  EXPECT_EQ(d["series"][0]["period"], "2013");
  EXPECT_EQ(d["series"][0]["count"], 2);
  EXPECT_DOUBLE_EQ(d["series"][0]["goldstein"].get<double>(), 3.0);  // (8 + -2) / 2
  EXPECT_EQ(d["series"][1]["period"], "2015");
  EXPECT_EQ(d["series"][1]["a_to_b"], 1);
  EXPECT_EQ(d["series"][1]["b_to_a"], 1);
  EXPECT_EQ(d["series"][1]["quad_class"], json::parse("[1,0,1,0]"));
  json months = get_json("/api/dyads", {{"a", "RUS"}, {"b", "USA"}});
  EXPECT_EQ(months["series"][0]["period"], "2013-05");
  json none = get_json("/api/dyads", {{"a", "FRA"}, {"b", "DEU"}});
  EXPECT_TRUE(none["series"].empty());
}

TEST_F(ApiTest, PlacesCountCountriesAndKeepCoordinates) {
  json p = get_json("/api/places");
  ASSERT_FALSE(p["countries"].empty());
  EXPECT_EQ(p["countries"][0]["country"], "RUS");
  EXPECT_EQ(p["countries"][0]["articles"], 5);
  bool sochi = false;
  for (const json& place : p["places"]) sochi = sochi || (place["name"] == "Sochi" && place["lat"].get<double>() > 43);
  EXPECT_TRUE(sochi);
}

TEST_F(ApiTest, StatsCountEverything) {
  json s = get_json("/api/stats");
  EXPECT_EQ(s["articles"], 6);
  EXPECT_EQ(s["duplicates"], 1);
  EXPECT_EQ(s["stories"], 4);
  EXPECT_EQ(s["quotes"], 5);
  EXPECT_EQ(s["events"], 5);
  EXPECT_EQ(s["first_date"], "2013-05-08T06:15:00Z");
}

TEST_F(ApiTest, ArticlesListFiltersWithoutWords) {
  json j = get_json("/api/articles", {{"place", "RUS"}});
  EXPECT_EQ(j["total"], 5);
  EXPECT_EQ(get_json("/api/articles", {{"story", "st-sochi"}})["articles"].size(), 3u);
}

TEST_F(ApiTest, StorylinesAreEmptyWithoutTheIndexTables) {
  json j = get_json("/api/storylines");
  EXPECT_TRUE(j["storylines"].is_array());
}


// Related rows are written by the index stage; here they are put in by hand so the endpoint's
// order, shape and 404 are checked against known values.
TEST(ApiRelatedTest, RelatedArticlesBestFirstWithRankAndScore) {
  std::string db = chronicle::testing::fixture_store("related");
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
    char* message = nullptr;
    int rc = sqlite3_exec(raw,
                          "INSERT INTO related(article, rank, related, score) VALUES "
                          "('wire-sochi-1', 2, 'gulf-geneva-2013', 0.31), ('wire-sochi-1', 1, 'radio-sochi-2', 0.82)",
                          nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(raw);
  }
  std::string error;
  auto store = store::Store::open(db, store::OpenMode::read_only, error);
  ASSERT_TRUE(store) << error;
  ApiResponse r = answer_api(*store, "/api/related/wire-sochi-1", {});
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  ASSERT_EQ(j["related"].size(), 2u);
  EXPECT_EQ(j["related"][0]["id"], "radio-sochi-2");
  EXPECT_EQ(j["related"][0]["rank"], 1);
  EXPECT_DOUBLE_EQ(j["related"][0]["score"].get<double>(), 0.82);
  EXPECT_EQ(j["related"][1]["title"].is_string(), true);
  EXPECT_EQ(json::parse(answer_api(*store, "/api/related/wire-sochi-1", {{"limit", "1"}}).body)["related"].size(), 1u);
  EXPECT_EQ(json::parse(answer_api(*store, "/api/related/radio-sochi-2", {}).body)["related"].size(), 0u);
  EXPECT_EQ(answer_api(*store, "/api/related/nosuch", {}).status, 404);
  EXPECT_EQ(answer_api(*store, "/api/related/wire-sochi-1", {{"limit", "0"}}).status, 400);
}

}  // namespace
}  // namespace chronicle::server
