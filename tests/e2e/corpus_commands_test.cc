// End-to-end: the corpus queries (stories, story, storylines, related, entities, quotes, events and
// the stories export) on a store ingested from the dated seeds, as a user runs them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

#include "e2e/run_binary.h"

namespace chronicle::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class CorpusCommandsTest : public ::testing::Test {
 protected:
  // The two seeds with their publication dates (the text files carry none), two years apart: two
  // stories of one storyline.
  static void SetUpTestSuite() {
    fs::path dir = fs::path(std::getenv("CHRONICLE_TEST_TMP") ? std::getenv("CHRONICLE_TEST_TMP") : "/tmp/chronicle-tests") /
                   "e2e.CorpusCommands";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string seeds = std::string(CHRONICLE_FIXTURES) + "/seeds/";
    std::string corpus = (dir / "seeds.jsonl").string();
    std::ofstream(corpus) << json{{"id", "npr"}, {"date", "2015-05-12"}, {"text", slurp(seeds + "000_e413add73ba56fae.txt")}}.dump()
                          << "\n"
                          << json{{"id", "ajam"}, {"date", "2013-08-09"}, {"text", slurp(seeds + "004_9ae9d91ca223d1d8.txt")}}.dump()
                          << "\n";
    db_ = new std::string((dir / "seeds.db").string());
    Result ingest = chronicle({"ingest", "--db", *db_, corpus});
    ASSERT_EQ(ingest.status, 0) << ingest.err;
  }
  static void TearDownTestSuite() { delete db_; }

  static std::vector<json> json_lines(const std::vector<std::string>& args) {
    std::vector<std::string> full = args;
    for (const char* a : {"--db", "", "--json"}) full.push_back(a);
    full[full.size() - 2] = *db_;
    Result r = chronicle(full);
    EXPECT_EQ(r.status, 0) << r.err;
    std::vector<json> out;
    for (const std::string& line : lines_of(r.out)) {
      json j = json::parse(line, nullptr, false);
      EXPECT_FALSE(j.is_discarded()) << line;
      out.push_back(j);
    }
    return out;
  }

  static std::string* db_;
};

std::string* CorpusCommandsTest::db_ = nullptr;

TEST_F(CorpusCommandsTest, StoriesListTheTwoTalksNewestFirstInOneStoryline) {
  auto stories = json_lines({"stories"});
  ASSERT_EQ(stories.size(), 2u);
  for (const auto& s : stories)
    for (const char* key : {"id", "title", "summary", "first", "last", "articles", "sources", "places", "people", "storyline"})
      EXPECT_TRUE(s.contains(key)) << key;
  EXPECT_EQ(stories[0]["first"].get<std::string>().substr(0, 4), "2015");
  EXPECT_EQ(stories[1]["first"].get<std::string>().substr(0, 4), "2013");
  EXPECT_EQ(stories[1]["title"], "US and Russia plan Syria talks");
  EXPECT_FALSE(stories[0]["storyline"].is_null());
  EXPECT_EQ(stories[0]["storyline"], stories[1]["storyline"]);

  auto lines = json_lines({"storylines"});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["id"], stories[0]["storyline"]);
  EXPECT_EQ(lines[0]["stories"].size(), 2u);
  EXPECT_EQ(lines[0]["articles"].size(), 2u);

  auto biggest = json_lines({"stories", "--sort", "biggest", "--limit", "1"});
  EXPECT_EQ(biggest.size(), 1u);
  Result table = chronicle({"stories", "--db", *db_, "--limit", "1"});
  EXPECT_NE(table.out.find("1 of 2 stories"), std::string::npos) << table.out;
  EXPECT_NE(chronicle({"storylines", "--db", *db_}).out.find("1 of 1 storylines"), std::string::npos);
}

TEST_F(CorpusCommandsTest, StoryShowsItsArticlesAndUnknownIdsFail) {
  auto stories = json_lines({"stories"});
  ASSERT_FALSE(stories.empty());
  std::string id = stories.back()["id"];
  Result table = chronicle({"story", id, "--db", *db_});
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("US and Russia plan Syria talks"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Al Jazeera America"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("2013-08-09"), std::string::npos) << table.out;
  auto one = json_lines({"story", id});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0]["articles"], stories.back()["articles"]);

  Result unknown = chronicle({"story", "s0000000000000000", "--db", *db_});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("no story with this id"), std::string::npos) << unknown.err;
  Result unrelated = chronicle({"related", "nosuch", "--db", *db_});
  EXPECT_EQ(unrelated.status, 1);
  EXPECT_NE(unrelated.err.find("no article with this id"), std::string::npos) << unrelated.err;
}

TEST_F(CorpusCommandsTest, RelatedArticlesAreOtherStoredArticles) {
  auto articles = json_lines({"articles"});
  ASSERT_EQ(articles.size(), 2u);
  // The 2015 article, indexed second, finds the 2013 one; each names only the other.
  size_t links = 0;
  for (const auto& a : articles) {
    auto related = json_lines({"related", a["id"]});
    links += related.size();
    for (const auto& r : related) {
      EXPECT_NE(r["id"], a["id"]);
      EXPECT_TRUE(r["id"] == articles[0]["id"] || r["id"] == articles[1]["id"]) << r.dump();
      EXPECT_GE(r["rank"].get<int>(), 1);
      EXPECT_GT(r["score"].get<double>(), 0.0);
    }
  }
  EXPECT_GE(links, 1u);
}

TEST_F(CorpusCommandsTest, EntitiesQuotesAndEventsComeFromTheStoredRecords) {
  auto people = json_lines({"entities", "--type", "person"});
  std::set<std::string> names;
  for (const auto& e : people) {
    EXPECT_EQ(e["type"], "person");
    names.insert(e["name"]);
  }
  EXPECT_TRUE(names.count("John Kerry")) << people.size();
  EXPECT_TRUE(names.count("Sergei Lavrov"));
  auto lavrov = json_lines({"entities", "--prefix", "sergei"});
  ASSERT_FALSE(lavrov.empty());
  EXPECT_EQ(lavrov[0]["name"], "Sergei Lavrov");
  EXPECT_EQ(lavrov[0]["articles"], 2);

  auto by_lavrov = json_lines({"quotes", "--speaker", lavrov[0]["id"]});
  ASSERT_FALSE(by_lavrov.empty());
  for (const auto& q : by_lavrov) EXPECT_EQ(q["speaker_name"], "Sergei Lavrov");
  bool relayed = false;
  for (const auto& q : json_lines({"quotes", "--limit", "100"}))
    relayed |= q["reported_by"] == "Reuters" && q["text"].get<std::string>().find("real progress") != std::string::npos;
  EXPECT_TRUE(relayed) << "Kerry's quote relayed by Reuters";

  auto events = json_lines({"events", "--actor", "USA", "--limit", "100"});
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) {
    std::string source = e["source"]["code"].is_null() ? "" : e["source"]["code"];
    std::string target = e["target"]["code"].is_null() ? "" : e["target"]["code"];
    EXPECT_TRUE(source.rfind("USA", 0) == 0 || target.rfind("USA", 0) == 0) << e.dump();
    EXPECT_EQ(e["code"].get<std::string>().substr(0, 2), e["root"]);
  }
  auto meetings = json_lines({"events", "--root", "04"});
  for (const auto& e : meetings) EXPECT_EQ(e["root"], "04");
  auto old = json_lines({"events", "--to", "2013-12"});
  for (const auto& e : old) EXPECT_EQ(e["article"], json_lines({"articles", "--to", "2013-12"}).at(0)["id"]);
}

TEST_F(CorpusCommandsTest, StoredRecordsKeepDatesAndWhereSpeakersAndCuesStand) {
  auto old = json_lines({"articles", "--to", "2013-12"});
  ASSERT_EQ(old.size(), 1u);
  auto record = json_lines({"show", old[0]["id"]});
  ASSERT_EQ(record.size(), 1u);
  const json& a = record[0];
  std::string text = a["text"];
  bool friday = false;
  for (const auto& d : a["dates"]) {
    auto span = d["span"];
    EXPECT_EQ(text.substr(span[0], span[1].get<size_t>() - span[0].get<size_t>()), d["text"]);
    friday |= d["text"] == "Friday" && d["value"] == "2013-08-09" && d["relative"] == true;
  }
  EXPECT_TRUE(friday) << a["dates"].dump();
  bool lavrov_told = false;
  for (const auto& q : a["quotes"]) {
    if (q["speaker_span"].is_null() || q["cue_span"].is_null()) continue;
    auto at = [&](const json& span) { return text.substr(span[0], span[1].get<size_t>() - span[0].get<size_t>()); };
    lavrov_told |= at(q["speaker_span"]) == "Sergei Lavrov" && at(q["cue_span"]) == "told";
  }
  EXPECT_TRUE(lavrov_told) << a["quotes"].dump();
}

TEST_F(CorpusCommandsTest, StoriesExportHasEveryStoryWithAllItsMembers) {
  Result out = chronicle({"export", "--db", *db_, "--what", "stories"});
  ASSERT_EQ(out.status, 0) << out.err;
  auto rows = lines_of(out.out);
  ASSERT_EQ(rows.size(), 2u);
  size_t members = 0;
  for (const auto& row : rows) members += json::parse(row)["articles"].size();
  EXPECT_EQ(members, 2u);
  Result lines = chronicle({"export", "--db", *db_, "--what", "storylines"});
  ASSERT_EQ(lines.status, 0) << lines.err;
  EXPECT_EQ(lines_of(lines.out).size(), 1u);
  EXPECT_EQ(chronicle({"export", "--db", *db_, "--what", "stories", "--format", "csv"}).status, 2);
}

}  // namespace
}  // namespace chronicle::testing
