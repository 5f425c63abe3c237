// The story candidate search's shortcuts (weights carried on the postings, the centroid and query
// tables, the members' inverted postings) must give exactly the scores of the plain definition:
// cosine with the centroid, or member_weight x the best cosine with one of the last member_window
// members, decayed by the days since the story's last article.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include "index/stories.h"

namespace chronicle::index {
namespace {

// A unit vector over `terms` terms drawn from a vocabulary of `vocabulary` (so stories share many).
TermVector random_vector(std::mt19937_64& rng, size_t terms, uint64_t vocabulary) {
  std::map<uint64_t, float> m;
  while (m.size() < terms) m[1 + rng() % vocabulary] = static_cast<float>(1 + rng() % 100);
  TermVector v(m.begin(), m.end());
  double norm = 0;
  for (const auto& t : v) norm += static_cast<double>(t.second) * t.second;
  for (auto& t : v) t.second = static_cast<float>(t.second / std::sqrt(norm));
  return v;
}

StoryMemberState member(const std::string& id, TermVector v) {
  StoryMemberState m;
  m.article = id;
  m.vector = std::move(v);
  return m;
}

// The score of the story in `slot` by the definition, from its saved state (members and the
// centroid as the index keeps it). The index sums the centroid's norm in fixed point: equal to
// 1e-9, not to the last bit.
double expected_score(StoryIndex& index, size_t slot, const TermVector& v, int32_t day, const StoryOptions& o) {
  IndexState st;
  index.save(st);
  const StoryState& live = index.story(slot);
  const StoryState* s = nullptr;
  for (const auto& x : st.stories)
    if (x.id == live.id) s = &x;
  double norm = 0;
  for (const auto& [t, w] : s->centroid) norm += static_cast<double>(w) * w;
  double decay = std::exp(-std::max(0, day - s->last_day) / o.decay_days);
  double sim = dot(v, s->centroid) / std::sqrt(norm) * decay;
  double nearest = 0;
  size_t from = s->members.size() > o.member_window ? s->members.size() - o.member_window : 0;
  for (size_t m = from; m < s->members.size(); ++m) nearest = std::max(nearest, dot(v, s->members[m].vector));
  return std::max(sim, o.member_weight * nearest * decay);
}

TEST(TermMapTest, FindsInsertsAndKeepsInsertionOrder) {
  TermTable t;
  EXPECT_EQ(t.find(7), nullptr);
  for (uint64_t k = 1; k <= 1000; ++k) t[k * 0x9E3779B97F4A7C15ULL] += static_cast<float>(k);
  ASSERT_EQ(t.size(), 1000u);
  for (uint64_t k = 1; k <= 1000; ++k) {
    const float* w = t.find(k * 0x9E3779B97F4A7C15ULL);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(*w, static_cast<float>(k));
  }
  EXPECT_FALSE(t.contains(3));
  EXPECT_EQ(t.begin()->first, 0x9E3779B97F4A7C15ULL);  // the first inserted
  t.assign({{5, 1.5f}, {9, 2.5f}});
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.find(0x9E3779B97F4A7C15ULL), nullptr);
  EXPECT_EQ(*t.find(9), 2.5f);
}

TEST(StoryScoringTest, CandidateScoresEqualTheDefinition) {
  StoryOptions o;
  o.centroid_terms = 40;      // centroids are pruned (pruned terms must stop counting)
  o.member_window = 8;        // big stories have members outside the window
  o.member_candidates = 1000;  // every candidate gets the nearest-member rule
  o.rescored_candidates = 1000;
  o.max_postings = 100000;
  StoryIndex index(o);
  std::mt19937_64 rng(11);
  std::vector<size_t> slots;
  for (int s = 0; s < 30; ++s) slots.push_back(index.create("s" + std::to_string(s), member("a" + std::to_string(s), random_vector(rng, 20, 300)), "", s % 3, {}, {}));
  for (int k = 0; k < 400; ++k)
    index.join(slots[rng() % slots.size()], member("j" + std::to_string(k), random_vector(rng, 20, 300)), "", 2, {}, {});
  for (int q = 0; q < 50; ++q) {
    TermVector v = random_vector(rng, 30, 300);
    auto candidates = index.score(v, 3);
    ASSERT_FALSE(candidates.empty());
    for (const auto& c : candidates) EXPECT_NEAR(c.similarity, expected_score(index, c.slot, v, 3, o), 1e-9);
  }
}

TEST(StoryScoringTest, PrunedTermFindsTheStoryAgainWhenItReturns) {
  StoryOptions o;
  o.centroid_terms = 2;  // pruned above 3 terms
  o.member_weight = 0;
  StoryIndex index(o);
  TermVector first = {{1, 0.6f}, {2, 0.8f}};
  size_t slot = index.create("s", member("a", first), "", 0, {}, {});
  TermVector probe = {{1, 1.0f}};
  ASSERT_EQ(index.score(probe, 0).size(), 1u);
  // Four terms: pruned to 2 and 3, the strongest (3 and 4 tie; the lower term stays). Term 1
  // has left the centroid: the story is no longer found through it.
  index.join(slot, member("b", {{3, 0.7f}, {4, 0.7f}}), "", 0, {}, {});
  EXPECT_TRUE(index.score(probe, 0).empty());
  // Term 1 comes back (three terms, no pruning): found again, with its new weight.
  index.join(slot, member("c", {{1, 1.0f}}), "", 0, {}, {});
  auto c = index.score(probe, 0);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NEAR(c[0].similarity, expected_score(index, slot, probe, 0, o), 1e-9);
  EXPECT_NEAR(c[0].similarity, 1.0 / std::sqrt(0.8 * 0.8 + 0.7 * 0.7 + 1.0), 1e-6);
}

TEST(StoryScoringTest, RestoredIndexScoresExactlyAsTheLiveOne) {
  StoryOptions o;
  o.centroid_terms = 40;
  o.member_window = 8;
  StoryIndex live(o);
  std::mt19937_64 rng(5);
  std::vector<size_t> slots;
  for (int s = 0; s < 20; ++s) slots.push_back(live.create("s" + std::to_string(s), member("a" + std::to_string(s), random_vector(rng, 20, 200)), "", 1, {}, {}));
  for (int k = 0; k < 200; ++k)
    live.join(slots[rng() % slots.size()], member("j" + std::to_string(k), random_vector(rng, 20, 200)), "", 1, {}, {});
  IndexState st;
  live.save(st);
  StoryIndex restored(o);
  restored.load(st);
  for (int q = 0; q < 30; ++q) {
    TermVector v = random_vector(rng, 30, 200);
    auto a = live.score(v, 2), b = restored.score(v, 2);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(live.story(a[i].slot).id, restored.story(b[i].slot).id);
      EXPECT_EQ(a[i].similarity, b[i].similarity);
    }
  }
}

}  // namespace
}  // namespace chronicle::index
