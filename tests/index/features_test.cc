#include "index/features.h"

#include <gtest/gtest.h>

#include <bit>
#include <sstream>

#include "text/hash.h"

#include "index_test_util.h"
#include "news_fixtures.h"

namespace chronicle::index {
namespace {

using chronicle::testing::index_knowledge;

TEST(ParseTimestampTest, ReadsDatesTimesAndZones) {
  auto d = parse_timestamp("2015-12-15");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->day, days_from_civil(2015, 12, 15));
  EXPECT_EQ(d->seconds, int64_t{d->day} * 86400);
  auto z = parse_timestamp("2021-04-22T06:15:00-07:00");
  ASSERT_TRUE(z);
  EXPECT_EQ(z->seconds, int64_t{days_from_civil(2021, 4, 22)} * 86400 + 13 * 3600 + 15 * 60);
  EXPECT_EQ(z->day, days_from_civil(2021, 4, 22));  // the day as written, not the UTC day
  auto utc = parse_timestamp("2014-03-10T17:09:46Z");
  ASSERT_TRUE(utc);
  EXPECT_EQ(utc->seconds % 86400, 17 * 3600 + 9 * 60 + 46);
  EXPECT_TRUE(parse_timestamp("1987-02-26T15:01:01"));
  EXPECT_TRUE(parse_timestamp("2013-08-09 10:00"));
}

TEST(ParseTimestampTest, RefusesWhatIsNotADate) {
  EXPECT_FALSE(parse_timestamp(""));
  EXPECT_FALSE(parse_timestamp("yesterday"));
  EXPECT_FALSE(parse_timestamp("2015-13-01"));
  EXPECT_FALSE(parse_timestamp("2015-02-29"));  // not a leap year
  EXPECT_FALSE(parse_timestamp("2015-12-15T25:00"));
  EXPECT_FALSE(parse_timestamp("2015-12-15T10:00+99:00"));
  EXPECT_FALSE(parse_timestamp("2015-12-15garbage"));
  EXPECT_FALSE(parse_timestamp("2O15-12-15"));
  EXPECT_TRUE(parse_timestamp("2016-02-29"));
}

TEST(DaysFromCivilTest, KnownDays) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
  EXPECT_EQ(days_from_civil(1969, 12, 31), -1);
}

TEST(KnowledgeTest, ParsesStopListWithComments) {
  std::istringstream in("# comment\nthe\n\nsaid  # reporting verb\n");
  std::string error;
  auto k = Knowledge::parse(in, "stop.txt", error);
  ASSERT_TRUE(k) << error;
  EXPECT_EQ(k->size(), 2u);
}

TEST(KnowledgeTest, RefusesEmptyListAndNamesTheLine) {
  std::string error;
  std::istringstream empty("# nothing\n\n");
  EXPECT_FALSE(Knowledge::parse(empty, "stop.txt", error));
  EXPECT_NE(error.find("stop.txt: the stop list is empty"), std::string::npos);
  std::istringstream two("the\nof the\n");
  EXPECT_FALSE(Knowledge::parse(two, "stop.txt", error));
  EXPECT_NE(error.find("stop.txt:2: expected one word"), std::string::npos);
}

TEST(KnowledgeTest, LoadFailsOnMissingDirectory) {
  std::string error;
  EXPECT_FALSE(Knowledge::load("/nonexistent-dir", error));
  EXPECT_NE(error.find("/nonexistent-dir/index/stopwords.txt"), std::string::npos);
}

TEST(LeadSentencesTest, SkipsDatelineAndCutsAtSentenceEnd) {
  std::string text =
      "SALVADOR, Feb 26 -\nShowers continued throughout the week in the Bahia cocoa zone, easing the drought. "
      "Arrivals for the week were 155,221 bags. The U.S. importers said prices rose.";
  std::string lead = lead_sentences(text, 125);
  EXPECT_EQ(lead, "Showers continued throughout the week in the Bahia cocoa zone, easing the drought. Arrivals "
                  "for the week were 155,221 bags.");
}

TEST(LeadSentencesTest, DoesNotEndAtAbbreviation) {
  std::string lead = lead_sentences("Officials from the U.S. and Russia met in Geneva on Friday to talk. More talks follow.", 70);
  EXPECT_EQ(lead, "Officials from the U.S. and Russia met in Geneva on Friday to talk.");
}

TEST(LeadSentencesTest, CutsALongSentenceAtAWord) {
  std::string lead = lead_sentences(std::string(50, 'a') + " " + std::string(50, 'b') + " end", 60);
  EXPECT_LE(lead.size(), 64u);
  EXPECT_EQ(lead.substr(0, 50), std::string(50, 'a'));
}

TEST(FeaturizerTest, ExactHashIgnoresCaseAndPunctuationButNotWords) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  Article a = chronicle::testing::quake_reports()[0];
  Article b = a;
  b.text = "  " + a.text + "\n\n";
  for (char& c : b.text)
    if (c == ',') c = ';';
  Article c = a;
  c.text.replace(c.text.find("early"), 5, "late");
  auto fa = f.featurize(a), fb = f.featurize(b), fc = f.featurize(c);
  EXPECT_NE(fa.exact, 0u);
  EXPECT_EQ(fa.exact, fb.exact);
  EXPECT_NE(fa.exact, fc.exact);
  EXPECT_TRUE(fa.near_comparable);
  EXPECT_EQ(fa.minhash.size(), options.duplicates.bands * options.duplicates.rows);
}

TEST(FeaturizerTest, HeadlineOnlyArticleHashesItsTitle) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  Article a;
  a.title = "McDonald's struggles worsened by snow";
  Article b;
  b.title = "McDonald's Struggles Worsened By Snow";
  auto fa = f.featurize(a), fb = f.featurize(b);
  EXPECT_NE(fa.exact, 0u);
  EXPECT_EQ(fa.exact, fb.exact);
  EXPECT_FALSE(fa.near_comparable);
  EXPECT_TRUE(fa.minhash.empty());
  EXPECT_FALSE(fa.terms.empty());
  Article empty;
  EXPECT_EQ(f.featurize(empty).exact, 0u);
}

TEST(FeaturizerTest, StopWordsGiveNoTerms) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  Article a;
  a.title = "The said of and to";
  EXPECT_TRUE(f.featurize(a).terms.empty());
}

TEST(FeaturizerTest, TitleWordsWeighMoreThanBodyWords) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  Article title_only;
  title_only.title = "earthquake";
  Article body_only;
  body_only.text = "earthquake";
  auto ft = f.featurize(title_only), fb = f.featurize(body_only);
  ASSERT_EQ(ft.terms.size(), 1u);
  ASSERT_EQ(fb.terms.size(), 1u);
  EXPECT_EQ(ft.terms[0].first, fb.terms[0].first);
  EXPECT_FLOAT_EQ(ft.terms[0].second, options.stories.title_weight * fb.terms[0].second);
}

TEST(FeaturizerTest, ProperNounsInsideSentencesWeighMore) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  Article a;
  a.text = "Talks began. Officials met Lavrov and lavrov again.";
  auto fa = f.featurize(a);
  // "Lavrov" capitalised inside a sentence: proper_weight; "lavrov": 1.
  bool found = false;
  for (const auto& [t, w] : fa.terms)
    if (w == options.stories.proper_weight + 1.0f) found = true;
  EXPECT_TRUE(found);
}

TEST(FeaturizerTest, EntityMentionsMarkProperNounsAndListPeople) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  Article a;
  a.text = "kerry met officials.";
  Entity e;
  e.name = "John Kerry";
  e.type = EntityType::person;
  e.mentions.push_back({0, 5});
  a.entities.push_back(e);
  auto fa = f.featurize(a);
  ASSERT_EQ(fa.people.size(), 1u);
  EXPECT_EQ(fa.people[0], "John Kerry");
  float max_weight = 0;
  for (const auto& [t, w] : fa.terms) max_weight = std::max(max_weight, w);
  EXPECT_FLOAT_EQ(max_weight, options.stories.proper_weight);
}

TEST(SignatureTest, MinhashEstimatesJaccard) {
  // Two sets of 400 with 200 in common: Jaccard 1/3.
  std::vector<uint64_t> a, b;
  for (uint64_t i = 0; i < 400; ++i) a.push_back(text::mix64(i));
  for (uint64_t i = 200; i < 600; ++i) b.push_back(text::mix64(i));
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  IndexOptions options;
  std::vector<uint64_t> m, o;
  for (size_t i = 0; i < 126; ++i) {
    m.push_back(text::mix64(1000 + i) | 1);
    o.push_back(text::mix64(2000 + i));
  }
  auto sa = minhash(a, m, o), sb = minhash(b, m, o);
  size_t same = 0;
  for (size_t i = 0; i < sa.size(); ++i) same += sa[i] == sb[i];
  double j = static_cast<double>(same) / sa.size();
  EXPECT_NEAR(j, 1.0 / 3, 0.12);
  EXPECT_EQ(minhash(a, m, o), sa);  // deterministic
}

TEST(SignatureTest, SimhashOfNearSetsIsClose) {
  std::vector<uint64_t> a, b, c;
  for (uint64_t i = 0; i < 300; ++i) a.push_back(text::mix64(i));
  b = a;
  b[0] = text::mix64(99999);
  for (uint64_t i = 5000; i < 5300; ++i) c.push_back(text::mix64(i));
  EXPECT_LE(std::popcount(simhash(a) ^ simhash(b)), 3);
  EXPECT_GT(std::popcount(simhash(a) ^ simhash(c)), 10);
}

}  // namespace
}  // namespace chronicle::index
