#include "index/stories.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <thread>

#include "index/index.h"
#include "index_test_util.h"
#include "news_fixtures.h"

namespace chronicle::index {
namespace {

using chronicle::testing::all_events;
using chronicle::testing::index_knowledge;

// "2024-03-DD" for a day of March 2024.
std::string march(int day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "2024-03-%02dT14:00:00Z", day);
  return buf;
}

std::map<std::string, std::string> stories_of(const std::vector<Article>& batch) {
  std::map<std::string, std::string> out;
  for (const auto& a : batch) out[a.id] = a.story;
  return out;
}

TEST(TermStatsTest, RareTermsWeighMore) {
  TermStats stats(1024, 10);
  TermVector common = {{1, 1.0f}}, rare = {{2, 1.0f}};
  for (int i = 0; i < 20; ++i) stats.add_document(common);
  stats.add_document(rare);
  EXPECT_GT(stats.idf(2), stats.idf(1));
  TermVector v = stats.weigh({{1, 1.0f}, {2, 1.0f}}, 10);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_GT(v[1].second, v[0].second);
  EXPECT_NEAR(v[0].second * v[0].second + v[1].second * v[1].second, 1.0, 1e-6);
}

TEST(TermStatsTest, KeepsStrongestTerms) {
  TermStats stats(1024, 10);
  TermVector tf;
  for (uint64_t t = 1; t <= 10; ++t) tf.emplace_back(t, static_cast<float>(t));
  TermVector v = stats.weigh(tf, 3);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].first, 8u);
  EXPECT_EQ(v[2].first, 10u);
}

TEST(TermStatsTest, SaveAndLoadRoundTrip) {
  TermStats a(64, 10), b(64, 10), c(32, 10);
  a.add_document({{5, 1.0f}, {69, 1.0f}});  // 5 and 69 share bucket 5: counted once
  IndexState st;
  a.save(st);
  EXPECT_EQ(st.df, (std::vector<std::pair<uint32_t, uint32_t>>{{5, 1}}));
  ASSERT_TRUE(b.load(st));
  EXPECT_EQ(b.idf(5), a.idf(5));
  EXPECT_FALSE(c.load(st));
}

TEST(StoryAssignmentTest, GroupsReportsOfEachEvent) {
  Indexer indexer(index_knowledge(), IndexOptions{});
  auto batch = all_events();
  BatchResult r = indexer.index_batch(batch);
  auto s = stories_of(batch);
  EXPECT_EQ(s["quake-wire"], s["quake-daily"]);
  EXPECT_EQ(s["quake-wire"], s["quake-times"]);
  EXPECT_EQ(s["ecb-wire"], s["ecb-fin"]);
  EXPECT_EQ(s["ecb-wire"], s["ecb-times"]);
  EXPECT_EQ(s["jet-wire"], s["jet-local"]);
  EXPECT_EQ(s["jet-wire"], s["jet-times"]);
  EXPECT_NE(s["quake-wire"], s["ecb-wire"]);
  EXPECT_NE(s["quake-wire"], s["jet-wire"]);
  EXPECT_NE(s["ecb-wire"], s["jet-wire"]);
  EXPECT_EQ(r.new_stories, 3u);
  EXPECT_EQ(r.duplicates, 0u);
  EXPECT_EQ(indexer.active_stories(), 3u);
}

TEST(StoryAssignmentTest, StoryRecordHasTitleSummarySourcesAndDates) {
  Indexer indexer(index_knowledge(), IndexOptions{});
  auto batch = chronicle::testing::quake_reports();
  BatchResult r = indexer.index_batch(batch);
  ASSERT_EQ(r.stories.size(), 1u);
  const Story& s = r.stories[0];
  EXPECT_EQ(s.id, story_id("quake-wire"));  // named after its first article
  EXPECT_EQ(s.first, "2024-03-04T06:10:00Z");
  EXPECT_EQ(s.last, "2024-03-04T14:00:00Z");
  EXPECT_EQ(s.articles, (std::vector<std::string>{"quake-wire", "quake-daily", "quake-times"}));
  EXPECT_EQ(s.sources, (std::vector<std::string>{"Global Wire", "Andes Daily", "Pacific Times"}));
  // The title is one of the members' headlines; the summary is that article's lead.
  std::set<std::string> titles;
  for (const auto& a : batch) titles.insert(a.title);
  EXPECT_TRUE(titles.count(s.title)) << s.title;
  EXPECT_FALSE(s.summary.empty());
  EXPECT_LE(s.summary.size(), IndexOptions{}.stories.summary_bytes + 4);
  EXPECT_NE(s.summary.find("Antofagasta"), std::string::npos);
}

TEST(StoryAssignmentTest, ListsPlacesAndPeopleFromAnnotations) {
  Indexer indexer(index_knowledge(), IndexOptions{});
  auto batch = chronicle::testing::rate_reports();
  for (auto& a : batch) {
    Place frankfurt;
    frankfurt.name = "Frankfurt";
    frankfurt.country = "DEU";
    a.places.push_back(frankfurt);
  }
  Entity lagarde;
  lagarde.name = "Christine Lagarde";
  lagarde.type = EntityType::person;
  batch[0].entities.push_back(lagarde);
  batch[1].entities.push_back(lagarde);
  BatchResult r = indexer.index_batch(batch);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].places, std::vector<std::string>{"Frankfurt"});
  EXPECT_EQ(r.stories[0].people, std::vector<std::string>{"Christine Lagarde"});
}

TEST(StoryAssignmentTest, LongArticlesNeedLessSimilarityToJoin) {
  StoryOptions o;
  EXPECT_DOUBLE_EQ(join_threshold(o, 0), o.join_similarity) << "headlines";
  EXPECT_DOUBLE_EQ(join_threshold(o, o.short_text_words), o.join_similarity);
  double mid = join_threshold(o, (o.short_text_words + o.long_text_words) / 2);
  EXPECT_NEAR(mid, (o.join_similarity + o.long_join_similarity) / 2, 1e-9);
  EXPECT_DOUBLE_EQ(join_threshold(o, o.long_text_words), o.long_join_similarity);
  EXPECT_DOUBLE_EQ(join_threshold(o, 5000), o.long_join_similarity) << "no lower than the floor";
  EXPECT_LT(o.long_join_similarity, o.join_similarity);
}

TEST(StoryWindowTest, StoryOlderThanItsWindowTakesNoArticle) {
  IndexOptions options;
  Indexer indexer(index_knowledge(), options);
  auto first = chronicle::testing::quake_reports();
  first.resize(2);
  indexer.index_batch(first);
  // The third report, dated past the window: it starts a story of its own.
  auto late = chronicle::testing::quake_reports();
  std::vector<Article> batch = {late[2]};
  batch[0].date = march(4 + options.stories.window_days + 1);
  BatchResult r = indexer.index_batch(batch);
  EXPECT_EQ(batch[0].duplicate_of, "");
  EXPECT_NE(batch[0].story, first[0].story);
  EXPECT_EQ(r.new_stories, 1u);
  // The closed story's final record is handed over when it closes.
  ASSERT_GE(r.stories.size(), 1u);
  EXPECT_EQ(indexer.active_stories(), 1u);
  // ... and the same report a day later, within the window, joins (decayed, still close enough).
  Indexer fresh(index_knowledge(), options);
  auto all = chronicle::testing::quake_reports();
  all[2].date = march(5);
  fresh.index_batch(all);
  EXPECT_EQ(all[2].story, all[0].story);
}

TEST(StorylineTest, AftershockNineDaysLaterIsANewStoryOfTheSameStoryline) {
  Indexer indexer(index_knowledge(), IndexOptions{});
  auto batch = all_events();
  batch.push_back(chronicle::testing::quake_aftershock());
  BatchResult r = indexer.index_batch(batch);
  EXPECT_NE(batch[9].story, batch[0].story);
  // The quake story closed before the aftershock came: it is linked, not re-opened.
  ASSERT_EQ(r.storyline_links.size(), 1u);
  EXPECT_EQ(r.storyline_links[0].story, batch[0].story);
  std::string line = r.storyline_links[0].storyline;
  ASSERT_EQ(r.storylines.size(), 1u);
  EXPECT_EQ(r.storylines[0].id, line);
  EXPECT_EQ(r.storylines[0].first, "2024-03-04T06:10:00Z");
  EXPECT_EQ(r.storylines[0].last, "2024-03-13T05:00:00Z");
  bool found = false;
  for (const Story& s : r.stories) {
    if (s.id == batch[9].story) {
      EXPECT_EQ(s.storyline, line);
      found = true;
    }
    // The rate decision and the landing belong to no storyline.
    if (s.id == batch[3].story || s.id == batch[6].story) EXPECT_EQ(s.storyline, "") << s.title;
  }
  EXPECT_TRUE(found);
}

TEST(DeterminismTest, SameStoriesInOneBatchOrMany) {
  auto reference = all_events();
  reference.push_back(chronicle::testing::quake_aftershock());
  Indexer one(index_knowledge(), IndexOptions{});
  one.index_batch(reference);
  // Articles in publication order, split into batches of 1, 2 and 4.
  auto sorted = reference;
  std::sort(sorted.begin(), sorted.end(), [](const Article& a, const Article& b) { return a.date < b.date; });
  for (size_t size : {1u, 2u, 4u}) {
    Indexer many(index_knowledge(), IndexOptions{});
    std::vector<Article> out;
    for (size_t i = 0; i < sorted.size(); i += size) {
      std::vector<Article> batch(sorted.begin() + i, sorted.begin() + std::min(sorted.size(), i + size));
      many.index_batch(batch);
      out.insert(out.end(), batch.begin(), batch.end());
    }
    EXPECT_EQ(stories_of(out), stories_of(reference)) << "batch size " << size;
  }
}

TEST(DeterminismTest, InputOrderWithinABatchDoesNotMatter) {
  auto a = all_events();
  auto b = a;
  std::reverse(b.begin(), b.end());
  Indexer ia(index_knowledge(), IndexOptions{}), ib(index_knowledge(), IndexOptions{});
  ia.index_batch(a);
  ib.index_batch(b);
  EXPECT_EQ(stories_of(a), stories_of(b));
}

TEST(DeterminismTest, SavedStateGoesOnAsIfNeverStopped) {
  auto events = all_events();
  auto after = chronicle::testing::quake_aftershock();
  // Straight through.
  Indexer straight(index_knowledge(), IndexOptions{});
  auto b1 = events;
  straight.index_batch(b1);
  std::vector<Article> b2 = {after};
  straight.index_batch(b2);
  // Stopped after the first batch, state saved, a new Indexer built from it.
  Indexer first(index_knowledge(), IndexOptions{});
  auto c1 = events;
  first.index_batch(c1);
  IndexState saved = first.state();
  EXPECT_EQ(saved.stories.size(), 3u);
  EXPECT_EQ(saved.signatures.size(), 9u);
  Indexer resumed(index_knowledge(), IndexOptions{}, saved);
  ASSERT_TRUE(resumed.ok()) << resumed.error();
  std::vector<Article> c2 = {after};
  BatchResult r = resumed.index_batch(c2);
  EXPECT_EQ(c2[0].story, b2[0].story);
  EXPECT_EQ(stories_of(c1), stories_of(b1));
  // Copies of a first-batch article are still found after the restart.
  std::vector<Article> copy = {events[4]};
  copy[0].id = "ecb-copy";
  copy[0].source = "Other Outlet";
  resumed.index_batch(copy);
  EXPECT_EQ(copy[0].duplicate_of, "ecb-fin");
  // Both indexers end in the same state.
  IndexState x = straight.state(), y = resumed.state();
  EXPECT_EQ(x.documents, y.documents) << "a copy adds nothing to the term statistics";
  ASSERT_EQ(x.stories.size(), y.stories.size());
  for (size_t i = 0; i < x.stories.size(); ++i) EXPECT_EQ(x.stories[i].id, y.stories[i].id);
  ASSERT_EQ(x.profiles.size(), y.profiles.size());
}

TEST(DeterminismTest, RefusesStateOfAnotherVersionOrSize) {
  IndexState st;
  st.version = 99;
  Indexer a(index_knowledge(), IndexOptions{}, st);
  EXPECT_FALSE(a.ok());
  EXPECT_NE(a.error().find("version 99"), std::string::npos);
  IndexState sized;
  sized.documents = 5;
  sized.df_buckets = 7;
  Indexer b(index_knowledge(), IndexOptions{}, sized);
  EXPECT_FALSE(b.ok());
  auto batch = all_events();
  EXPECT_EQ(b.index_batch(batch).new_stories, 0u);
}

TEST(DeterminismTest, FeaturesFromTwoThreadsGiveTheSameStories) {
  auto batch = all_events();
  IndexOptions options;
  // One Featurizer per thread, as the pipeline's workers do.
  std::vector<ArticleFeatures> features(batch.size());
  std::vector<std::thread> workers;
  for (size_t w = 0; w < 2; ++w) {
    workers.emplace_back([&, w] {
      Featurizer f(index_knowledge(), options);
      for (size_t i = w; i < batch.size(); i += 2) features[i] = f.featurize(batch[i]);
    });
  }
  for (auto& t : workers) t.join();
  auto threaded = batch;
  Indexer a(index_knowledge(), options), b(index_knowledge(), options);
  a.index_batch(threaded, features);
  b.index_batch(batch);
  EXPECT_EQ(stories_of(threaded), stories_of(batch));
}

TEST(RelatedTest, ListsArticlesOfOtherSimilarStories) {
  IndexOptions options;
  Indexer indexer(index_knowledge(), options);
  auto batch = chronicle::testing::quake_reports();
  batch.push_back(chronicle::testing::quake_aftershock());
  BatchResult r = indexer.index_batch(batch);
  std::vector<RelatedLink> of_aftershock;
  for (const auto& l : r.related)
    if (l.article == "quake-after") of_aftershock.push_back(l);
  ASSERT_FALSE(of_aftershock.empty());
  EXPECT_EQ(of_aftershock[0].rank, 1);
  EXPECT_EQ(of_aftershock[0].related.substr(0, 6), "quake-");
  for (const auto& l : r.related) EXPECT_NE(l.article, l.related);
}

}  // namespace
}  // namespace chronicle::index
