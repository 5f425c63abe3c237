#include "text/shingles.h"

#include <gtest/gtest.h>

namespace chronicle::text {
namespace {

std::vector<std::string> keys(std::string_view s) {
  WordList w;
  split_words(s, w);
  std::vector<std::string> out;
  for (const auto& x : w.words) out.emplace_back(w.key(x));
  return out;
}

TEST(SplitWordsTest, LowerCasesAndDropsPunctuation) {
  EXPECT_EQ(keys("U.S. and Russia, \"cautiously optimistic\" -- on Friday!"),
            (std::vector<std::string>{"u", "s", "and", "russia", "cautiously", "optimistic", "on", "friday"}));
}

TEST(SplitWordsTest, DropsPossessiveKeepsInnerApostrophe) {
  EXPECT_EQ(keys("Kerry's talks, Russia’s view, O'Brien don't"),
            (std::vector<std::string>{"kerry", "talks", "russia", "view", "obrien", "dont"}));
}

TEST(SplitWordsTest, HandlesUnicodeLettersAndCase) {
  EXPECT_EQ(keys("ÉLYSÉE Straße Zürich 2015"), (std::vector<std::string>{"élysée", "straße", "zürich", "2015"}));
}

TEST(SplitWordsTest, RecordsOffsetsCapitalsAndSentenceStarts) {
  std::string text = "Talks began. Then Lavrov spoke\n\nkerry";
  WordList w;
  split_words(text, w);
  ASSERT_EQ(w.words.size(), 6u);
  EXPECT_EQ(text.substr(w.words[3].start, w.words[3].end - w.words[3].start), "Lavrov");
  EXPECT_TRUE(w.words[0].sentence_start);
  EXPECT_FALSE(w.words[1].sentence_start);
  EXPECT_TRUE(w.words[2].sentence_start);
  EXPECT_TRUE(w.words[3].capitalized);
  EXPECT_FALSE(w.words[3].sentence_start);
  EXPECT_TRUE(w.words[5].sentence_start);  // after a blank line
  EXPECT_FALSE(w.words[5].capitalized);
}

TEST(SplitWordsTest, InvalidUtf8SeparatesWords) {
  EXPECT_EQ(keys(std::string("abc\xff" "def")), (std::vector<std::string>{"abc", "def"}));
  EXPECT_TRUE(keys("").empty());
  EXPECT_TRUE(keys(" ,.;-- ").empty());
}

TEST(SplitWordsTest, StopsAtMaxWords) {
  WordList w;
  split_words("one two three four", w, 2);
  EXPECT_EQ(w.words.size(), 2u);
}

TEST(ShingleTest, CountsRunsOfKWords) {
  WordList w;
  split_words("a b c d e", w);
  EXPECT_EQ(shingle_hashes(w, 3).size(), 3u);
  EXPECT_EQ(shingle_hashes(w, 0).size(), 5u);
  // Fewer words than k: one shingle of them all.
  split_words("a b", w);
  EXPECT_EQ(shingle_hashes(w, 4).size(), 1u);
  split_words("", w);
  EXPECT_TRUE(shingle_hashes(w, 4).empty());
}

TEST(ShingleTest, SameWordsSameShinglesWhateverThePunctuation) {
  WordList a, b, c;
  split_words("Officials met in Geneva, on Friday.", a);
  split_words("officials MET in geneva on friday", b);
  split_words("officials met in Geneva on Saturday", c);
  EXPECT_EQ(shingle_set(a, 3), shingle_set(b, 3));
  auto sa = shingle_set(a, 3), sc = shingle_set(c, 3);
  std::vector<uint64_t> common;
  std::set_intersection(sa.begin(), sa.end(), sc.begin(), sc.end(), std::back_inserter(common));
  EXPECT_EQ(common.size(), 3u);  // the last shingle differs
}

TEST(ShingleTest, OrderMattersInsideAShingle) {
  WordList a, b;
  split_words("russia and syria", a);
  split_words("syria and russia", b);
  EXPECT_NE(shingle_set(a, 3), shingle_set(b, 3));
  EXPECT_EQ(shingle_set(a, 1), shingle_set(b, 1));
}

TEST(ShingleTest, SetIsSortedAndUnique) {
  WordList a;
  split_words("talks talks talks talks talks", a);
  auto s = shingle_set(a, 2);
  EXPECT_EQ(s.size(), 1u);
}

}  // namespace
}  // namespace chronicle::text
