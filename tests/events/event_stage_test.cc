// The events stage on whole articles: the seeds (issue 5's acceptance) and articles written here.
#include "events/event_stage.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace chronicle::events {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The seed's body as the cleaner keeps it: paragraphs from the first one that opens the story to
// the last one of it (the lines between are the article; the chrome before and after is not).
std::string body_between(const std::string& raw, std::string_view first, std::string_view last) {
  size_t a = raw.find(first);
  size_t b = raw.find(last);
  if (a == std::string::npos || b == std::string::npos || b < a) return "";
  size_t end = raw.find('\n', b);
  return raw.substr(a, (end == std::string::npos ? raw.size() : end) - a);
}

class EventStageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    stage_ = EventStage::load(CHRONICLE_DATA_DIR, error).release();
    ASSERT_NE(stage_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete stage_; }
  static Article article(std::string text, std::string date) {
    Article a;
    a.text = std::move(text);
    a.date = std::move(date);
    EXPECT_EQ(stage_->analyze(a), "");
    return a;
  }
  static bool has(const Article& a, std::string_view src_prefix, std::string_view tgt_prefix, std::string_view root) {
    for (const Event& e : a.events)
      if (e.source.code.starts_with(src_prefix) && e.target.code.starts_with(tgt_prefix) && e.root == root) return true;
    return false;
  }
  static std::string dump(const Article& a) {
    std::string out;
    for (const Event& e : a.events)
      out += e.source.code + " " + e.target.code + " " + e.code + " | " +
             a.text.substr(e.sentence.start, std::min<size_t>(e.sentence.size(), 90)) + "\n";
    return out;
  }
  static EventStage* stage_;
};
EventStage* EventStageTest::stage_ = nullptr;

TEST_F(EventStageTest, Seed000KerryInMoscowForTalksWithPutin) {
  std::string raw = read_file(std::string(CHRONICLE_FIXTURES) + "/seeds/000_e413add73ba56fae.txt");
  ASSERT_FALSE(raw.empty());
  std::string body = body_between(raw, "Laying the groundwork", "what he called the 'Palestinian settlement'");
  ASSERT_FALSE(body.empty());
  Article a = article(body, "2015-03-24");
  EXPECT_TRUE(has(a, "USA", "RUS", "04") || has(a, "RUS", "USA", "04")) << dump(a);
}

TEST_F(EventStageTest, Seed004AgreementAsylumAndTalks) {
  std::string raw = read_file(std::string(CHRONICLE_FIXTURES) + "/seeds/004_9ae9d91ca223d1d8.txt");
  std::string body = body_between(raw, "U.S. and Russian officials agreed", "killed some 100,000 people in two years.");
  ASSERT_FALSE(body.empty());
  Article a = article(body, "2013-08-09");
  EXPECT_TRUE(has(a, "USA", "RUS", "04") || has(a, "RUS", "USA", "04")) << dump(a);
  EXPECT_TRUE(has(a, "RUS", "", "07")) << dump(a);
  EXPECT_TRUE(has(a, "USA", "RUS", "03") && has(a, "RUS", "USA", "03")) << dump(a);
  // Every event points into the text and carries the codebook's values.
  for (const Event& e : a.events) {
    EXPECT_LE(e.sentence.end, a.text.size());
    EXPECT_GE(e.quad_class, 1);
    EXPECT_EQ(e.date, "2013-08-09");
  }
}

TEST_F(EventStageTest, BoilerplateCodesNothing) {
  Article a = article(
      "Get email updates from Al Jazeera America\n\nSign up for our weekly newsletter\n\n"
      "KCUR prides ourselves on bringing local journalism to the public without a paywall.\n\n"
      "As a nonprofit, we rely on your donations to keep operating and trying new things.",
      "2015-03-24");
  EXPECT_TRUE(a.events.empty()) << dump(a);
}

TEST_F(EventStageTest, PeopleBoundByTheirRoleKeepIt) {
  // A minister no dictionary lists: the role the text gives binds him, then his surname alone
  // codes as his country's government.
  Article a = article(
      "Turkish Foreign Minister Emre Aksoy arrived in Berlin on Monday for a two-day visit.\n\n"
      "On Tuesday, Aksoy criticized Damascus over the shelling of border villages.",
      "2019-05-06");
  EXPECT_TRUE(has(a, "TURGOV", "SYR", "11")) << dump(a);
}

TEST_F(EventStageTest, DuplicateEventsAreToldOnce) {
  Article a = article(
      "Russian warplanes bombed rebel positions in Syria on Tuesday.\n\n"
      "Russian warplanes bombed rebel positions in Syria on Tuesday, witnesses said.",
      "2015-10-06");
  size_t n = 0;
  for (const Event& e : a.events) n += e.root == "18";
  EXPECT_EQ(n, 1u) << dump(a);
}

TEST_F(EventStageTest, OfficeHoldersFollowTheArticleDate) {
  Article in_office = article("Kerry criticized Moscow on Tuesday.", "2014-03-04");
  Article before = article("Kerry criticized Moscow on Tuesday.", "2008-03-04");
  EXPECT_TRUE(has(in_office, "USAGOV", "RUS", "11")) << dump(in_office);
  EXPECT_TRUE(has(before, "USALEG", "RUS", "11")) << dump(before);
}

TEST_F(EventStageTest, EntitiesGetTheActorTheirNameAndRoleCode) {
  Article a;
  a.text =
      "Turkish Foreign Minister Emre Aksoy met Russian officials in Moscow on Monday.\n\n"
      "Aksoy later spoke to Oxfam America and to Kerry.";
  a.date = "2014-03-04";
  auto entity = [&](std::string name, EntityType type, std::string actor = "") {
    Entity e;
    e.id = name;
    e.name = std::move(name);
    e.type = type;
    e.actor = std::move(actor);
    a.entities.push_back(std::move(e));
  };
  entity("Emre Aksoy", EntityType::person);            // bound by the role the text gives him
  entity("Moscow", EntityType::place);                 // a capital stands for its country
  entity("Oxfam America", EntityType::org);            // an NGO of the dictionaries
  entity("John Kerry", EntityType::person);            // an office holder on the article's date
  entity("Nadia Quill", EntityType::person);           // nobody the text or the data binds
  entity("Ankara", EntityType::place, "TURGOV");       // an actor already given is kept
  ASSERT_EQ(stage_->analyze(a), "");
  std::map<std::string, std::string> actors;
  for (const Entity& e : a.entities) actors[e.name] = e.actor;
  EXPECT_EQ(actors["Emre Aksoy"], "TURGOV");
  EXPECT_EQ(actors["Moscow"], "RUS");
  EXPECT_EQ(actors["Oxfam America"].substr(0, 3), "NGO");
  EXPECT_EQ(actors["John Kerry"], "USAGOV");
  EXPECT_EQ(actors["Nadia Quill"], "");
  EXPECT_EQ(actors["Ankara"], "TURGOV");
}

}  // namespace
}  // namespace chronicle::events
