#include "index/duplicates.h"

#include <gtest/gtest.h>

#include "index/index.h"
#include "index_test_util.h"
#include "news_fixtures.h"

namespace chronicle::index {
namespace {

using chronicle::testing::index_knowledge;
using chronicle::testing::make_article;

// A wire story as another outlet republishes it: its own chrome around the text, the last
// paragraph trimmed, a word or two edited, two paragraphs swapped.
Article rewrap(const Article& original, const std::string& id, const std::string& outlet) {
  Article copy = original;
  copy.id = id;
  copy.source = outlet;
  std::vector<std::string> paragraphs;
  size_t pos = 0;
  while (pos <= copy.text.size()) {
    size_t end = copy.text.find("\n\n", pos);
    if (end == std::string::npos) end = copy.text.size();
    paragraphs.push_back(copy.text.substr(pos, end - pos));
    pos = end + 2;
  }
  if (paragraphs.size() > 2) std::swap(paragraphs[1], paragraphs[2]);
  std::string body = outlet + " | Home | World | Business\n\nAdvertisement\n\n";
  for (const auto& p : paragraphs) body += p + "\n\n";
  body += "Copyright 2024 " + outlet + ". All rights reserved. Sign up for our morning newsletter.";
  if (auto at = body.find(" said"); at != std::string::npos) body.replace(at, 5, " stated");
  copy.text = body;
  copy.title = "UPDATE 1-" + original.title;
  return copy;
}

// A longer wire text built from the fixture events, so near-duplicate measures have room.
Article long_story() {
  Article a = chronicle::testing::quake_reports()[0];
  a.text += "\n\nIn 2010 a magnitude 8.8 earthquake and the tsunami it set off killed more than 500 people in "
            "central Chile. Building codes were tightened after that disaster, and engineers said on Monday "
            "that the newer apartment blocks in Antofagasta had come through the shaking without visible "
            "cracks.\n\nSchools in the region will stay closed on Tuesday while inspectors check them, the "
            "regional government said in a statement.";
  return a;
}

TEST(DuplicateIndexTest, FindsExactCopy) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  DuplicateIndex index(options.duplicates);
  Article a = long_story();
  auto fa = f.featurize(a);
  SignatureEntry e{a.id, a.id, "s1", 0, fa.exact, fa.simhash, fa.shingles, fa.minhash};
  index.add(e);
  Article b = a;
  b.id = "copy";
  b.title = "Another headline";
  const SignatureEntry* found = index.find(f.featurize(b));
  ASSERT_TRUE(found);
  EXPECT_EQ(found->article, a.id);
}

TEST(DuplicateIndexTest, FindsRewrappedTrimmedEditedCopy) {
  for (auto method : {NearDuplicateMethod::minhash, NearDuplicateMethod::simhash}) {
    IndexOptions options;
    options.duplicates.method = method;
    Featurizer f(index_knowledge(), options);
    DuplicateIndex index(options.duplicates);
    Article a = long_story();
    auto fa = f.featurize(a);
    index.add({a.id, a.id, "s1", 0, fa.exact, fa.simhash, fa.shingles, fa.minhash});
    Article copy = rewrap(a, "copy", "Metro Courier");
    auto fc = f.featurize(copy);
    EXPECT_NE(fa.exact, fc.exact);
    const SignatureEntry* found = index.find(fc);
    if (method == NearDuplicateMethod::minhash) {
      ASSERT_TRUE(found);
      EXPECT_EQ(found->article, a.id);
    }
    // SimHash at distance 3 misses edits of this size; bench/dup-bench measures how often.
  }
}

TEST(DuplicateIndexTest, OtherReportOfTheSameEventIsNotACopy) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  DuplicateIndex index(options.duplicates);
  auto reports = chronicle::testing::quake_reports();
  for (const auto& a : reports) {
    auto fa = f.featurize(a);
    EXPECT_EQ(index.find(fa), nullptr) << a.id;
    index.add({a.id, a.id, "s1", 0, fa.exact, fa.simhash, fa.shingles, fa.minhash});
  }
}

TEST(DuplicateIndexTest, ShortTextsMatchOnlyExactly) {
  IndexOptions options;
  Featurizer f(index_knowledge(), options);
  DuplicateIndex index(options.duplicates);
  Article a = make_article("a", "X", "2024-01-01", "", "Shares of Acme rose 3 percent in early trading.");
  auto fa = f.featurize(a);
  EXPECT_FALSE(fa.near_comparable);
  index.add({a.id, a.id, "s1", 0, fa.exact, fa.simhash, fa.shingles, fa.minhash});
  Article b = make_article("b", "Y", "2024-01-01", "", "Shares of Acme rose 4 percent in early trading.");
  EXPECT_EQ(index.find(f.featurize(b)), nullptr);
  Article c = make_article("c", "Z", "2024-01-01", "", "SHARES OF ACME ROSE 3 PERCENT IN EARLY TRADING");
  EXPECT_NE(index.find(f.featurize(c)), nullptr);
}

TEST(DuplicateIndexTest, ForgetsEntriesOutsideTheWindow) {
  IndexOptions options;
  options.duplicates.window_days = 10;
  Featurizer f(index_knowledge(), options);
  DuplicateIndex index(options.duplicates);
  Article a = long_story();
  auto fa = f.featurize(a);
  index.add({a.id, a.id, "s1", 100, fa.exact, fa.simhash, fa.shingles, fa.minhash});
  index.expire(110);
  EXPECT_NE(index.find(fa), nullptr);
  index.expire(111);
  EXPECT_EQ(index.find(fa), nullptr);
  EXPECT_EQ(index.size(), 0u);
}

TEST(DuplicateIndexTest, KeepsAtMostMaxEntries) {
  IndexOptions options;
  options.duplicates.max_entries = 2;
  Featurizer f(index_knowledge(), options);
  DuplicateIndex index(options.duplicates);
  auto reports = chronicle::testing::all_events();
  for (const auto& a : reports) {
    auto fa = f.featurize(a);
    index.add({a.id, a.id, "s", 0, fa.exact, fa.simhash, fa.shingles, fa.minhash});
    index.expire(0);
  }
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(index.find(f.featurize(reports[0])), nullptr);
  EXPECT_NE(index.find(f.featurize(reports.back())), nullptr);
}

TEST(IndexerDuplicatesTest, CopyPointsToEarliestAndJoinsItsStory) {
  IndexOptions options;
  Indexer indexer(index_knowledge(), options);
  Article original = long_story();
  Article copy1 = rewrap(original, "copy-1", "Metro Courier");
  copy1.date = "2024-03-04T08:00:00Z";
  Article copy2 = rewrap(copy1, "copy-2", "Valley Ledger");
  copy2.date = "2024-03-04T09:00:00Z";
  // Given out of order: the index visits them in publication order.
  std::vector<Article> batch = {copy2, copy1, original};
  BatchResult r = indexer.index_batch(batch);
  EXPECT_EQ(r.duplicates, 2u);
  EXPECT_EQ(batch[2].duplicate_of, "");
  EXPECT_EQ(batch[1].duplicate_of, original.id);
  EXPECT_EQ(batch[0].duplicate_of, original.id);
  EXPECT_EQ(batch[0].story, batch[2].story);
  EXPECT_EQ(batch[1].story, batch[2].story);
  ASSERT_EQ(r.stories.size(), 1u);
  // A copy counts as a source of the one article, not as a new report.
  EXPECT_EQ(r.stories[0].sources, (std::vector<std::string>{"Global Wire", "Metro Courier", "Valley Ledger"}));
}

TEST(IndexerDuplicatesTest, SameArticleAgainIsNeitherNewNorDuplicate) {
  IndexOptions options;
  Indexer indexer(index_knowledge(), options);
  std::vector<Article> first = {long_story()};
  indexer.index_batch(first);
  std::vector<Article> again = {long_story()};
  BatchResult r = indexer.index_batch(again);
  EXPECT_EQ(r.duplicates, 0u);
  EXPECT_EQ(r.new_stories, 0u);
  EXPECT_EQ(again[0].duplicate_of, "");
  EXPECT_EQ(again[0].story, first[0].story);
}

}  // namespace
}  // namespace chronicle::index
