// The two seeds end to end through Extractor (issue 2, "Done when"): every body paragraph kept,
// none of the chrome, the metadata the chrome tells, and the repeated paragraph listed as such.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/extract.h"

namespace chronicle::extract {
namespace {

std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(CHRONICLE_FIXTURES) + "/seeds/" + name, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::load(CHRONICLE_DATA_DIR, error).release();
    ASSERT_NE(extractor_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }
  static ExtractResult run(const std::string& seed) {
    RawDoc doc;
    doc.origin = seed;
    doc.body = read_seed(seed);
    EXPECT_FALSE(doc.body.empty()) << seed;
    return extractor_->extract(doc, SiteLineStats());
  }
  static bool removed_with(const Article& a, std::string_view prefix, RemovalReason reason) {
    for (const RemovedBlock& r : a.removed)
      if (r.text.rfind(prefix, 0) == 0 && r.reason == reason) return true;
    return false;
  }
  static Extractor* extractor_;
};
Extractor* SeedTest::extractor_ = nullptr;

size_t count(const std::string& haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST_F(SeedTest, NprViaMemberStationKeepsEveryBodyParagraph) {
  ExtractResult r = run("000_e413add73ba56fae.txt");
  ASSERT_EQ(r.error, "");
  const Article& a = r.article;
  for (std::string_view para :
       {"Laying the groundwork for planned Syrian peace talks", "The big topic of conversation will be",
        "Reuters reports:", "\" 'I look forward to making real progress,'", "\" 'I think the world benefits",
        "\"Kerry, who will meet Putin later on Tuesday", "The Washington Post reports that Lavrov",
        "The situation in Ukraine is different.", "\"State Department officials traveling with Kerry",
        "\"Suggesting a broader focus for the high-level talks"})
    EXPECT_EQ(count(a.text, para), 1u) << para;
  // Article invariant 2: paragraphs separated by exactly one blank line, no outer white space.
  EXPECT_EQ(a.text.find("\n\n\n"), std::string::npos);
  EXPECT_EQ(count(a.text, "\n\n"), 9u);
  EXPECT_NE(a.text.front(), '\n');
  EXPECT_NE(a.text.back(), '\n');
}

TEST_F(SeedTest, NprViaMemberStationDropsAllChrome) {
  const Article a = run("000_e413add73ba56fae.txt").article;
  for (std::string_view chrome :
       {"Kansas City Public Radio", "Play Live Radio", "Next Up", "0:00", "Available On Air Stations",
        "shakes hands", "Sekretarev", "Copyright 2020 NPR", "East Africa correspondent", "paywall",
        "free to produce", "donations", "In Russia, Secretary Kerry Looks"})
    EXPECT_EQ(a.text.find(chrome), std::string::npos) << chrome;
  EXPECT_TRUE(removed_with(a, "Play Live Radio", RemovalReason::player));
  EXPECT_TRUE(removed_with(a, "0:00 0:00", RemovalReason::player));
  EXPECT_TRUE(removed_with(a, "Secretary of State John Kerry shakes hands", RemovalReason::caption));
  EXPECT_TRUE(removed_with(a, "Ivan Sekretarev", RemovalReason::credit));
  EXPECT_TRUE(removed_with(a, "AP", RemovalReason::credit));
  EXPECT_TRUE(removed_with(a, "Copyright 2020 NPR", RemovalReason::copyright));
  EXPECT_TRUE(removed_with(a, "Eyder Peralta is NPR", RemovalReason::bio));
  EXPECT_TRUE(removed_with(a, "KCUR prides ourselves", RemovalReason::appeal));
  EXPECT_TRUE(removed_with(a, "Our reporting will always be free", RemovalReason::appeal));
  EXPECT_TRUE(removed_with(a, "As a nonprofit", RemovalReason::appeal));
}

TEST_F(SeedTest, NprViaMemberStationMetadata) {
  const Article a = run("000_e413add73ba56fae.txt").article;
  EXPECT_EQ(a.title, "In Russia, Secretary Kerry Looks For 'Real Progress' Over Syria");
  EXPECT_EQ(a.author, "Eyder Peralta");
  // The story is NPR's, republished by a member station whose banner names the station.
  EXPECT_EQ(a.source, "NPR");
  EXPECT_EQ(a.dek, "");
  // The copyright years (2024, 2020) are not the story's date, and the text gives no other.
  EXPECT_EQ(a.date, "");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.id.size(), 16u);
}

TEST_F(SeedTest, AlJazeeraAmericaKeepsEveryBodyParagraphOnce) {
  ExtractResult r = run("004_9ae9d91ca223d1d8.txt");
  ASSERT_EQ(r.error, "");
  const Article& a = r.article;
  for (std::string_view para :
       {"U.S. and Russian officials agreed on Friday", "Other plans for peace talks have fizzled",
        "Russian Foreign Minister Sergei Lavrov told reporters", "The discussion between Kerry and Lavrov",
        "Asked whether this conference would in fact ever happen", "\"John Kerry assured me",
        "A U.S. official briefing reporters", "\"The test is whether the Syrian government",
        "The humanitarian group Oxfam America", "\"We have seen similar promises",
        "Moscow and Washington have been trying since May"})
    EXPECT_EQ(count(a.text, para), 1u) << para;
  EXPECT_EQ(count(a.text, "\n\n"), 10u);
  // The shortened repeat of the Lavrov paragraph is gone and listed as a duplicate.
  EXPECT_EQ(count(a.text, "Lavrov told reporters after five hours"), 1u);
  EXPECT_TRUE(removed_with(a, "Lavrov told reporters after five hours", RemovalReason::duplicate));
}

TEST_F(SeedTest, AlJazeeraAmericaDropsAllChrome) {
  const Article a = run("004_9ae9d91ca223d1d8.txt").article;
  for (std::string_view chrome : {"International", "US and Russia plan Syria talks", "amid tensions over Snowden",
                                  "Paull J. Richards", "2013 AFP", "Related", "Places", "Topics", "Diplomacy",
                                  "Find Al Jazeera America", "Get email updates", "newsletter"})
    EXPECT_EQ(a.text.find(chrome), std::string::npos) << chrome;
  EXPECT_TRUE(removed_with(a, "Foreign Minister Sergei Lavrov and Secretary", RemovalReason::caption));
  EXPECT_TRUE(removed_with(a, "2013 AFP", RemovalReason::credit));
  EXPECT_TRUE(removed_with(a, "Related News", RemovalReason::related));
  EXPECT_TRUE(removed_with(a, "Places", RemovalReason::tags));
  EXPECT_TRUE(removed_with(a, "Find Al Jazeera America on your TV", RemovalReason::promo));
  EXPECT_TRUE(removed_with(a, "Sign up for our weekly newsletter", RemovalReason::promo));
}

TEST_F(SeedTest, AlJazeeraAmericaMetadata) {
  const Article a = run("004_9ae9d91ca223d1d8.txt").article;
  EXPECT_EQ(a.title, "US and Russia plan Syria talks");
  EXPECT_EQ(a.dek, "Secretary of State John Kerry and Russia Foreign Minister Lavrov meet amid tensions over Snowden");
  EXPECT_EQ(a.section, "International");
  EXPECT_EQ(a.source, "Al Jazeera America");
  EXPECT_EQ(a.author, "");
  EXPECT_EQ(a.tags.places, (std::vector<std::string>{"Russia", "Syria"}));
  EXPECT_EQ(a.tags.topics, (std::vector<std::string>{"Diplomacy"}));
}

TEST_F(SeedTest, ContainerMetadataWinsOverGuesses) {
  RawDoc doc;
  doc.origin = "seed.jsonl:1";
  doc.body = read_seed("000_e413add73ba56fae.txt");
  doc.source = "KCUR";
  doc.title = "Kerry in Moscow";
  doc.date = "Tue, 15 Dec 2015 10:00:00 +0000";
  doc.url = "https://www.kcur.org/2015-12-15/in-russia-secretary-kerry?utm_source=x";
  ExtractResult r = extractor_->extract(doc, SiteLineStats());
  EXPECT_EQ(r.article.source, "KCUR");
  EXPECT_EQ(r.article.title, "Kerry in Moscow");
  EXPECT_EQ(r.article.date, "2015-12-15T10:00:00Z");
  EXPECT_EQ(r.article.author, "Eyder Peralta");
  // Article invariant 3: the id follows the canonical URL, not the text.
  RawDoc same_url = doc;
  same_url.body = "Different text entirely, long enough to be a paragraph of its own in a story.";
  EXPECT_EQ(extractor_->extract(same_url, SiteLineStats()).article.id, r.article.id);
}

}  // namespace
}  // namespace chronicle::extract
