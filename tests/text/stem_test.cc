#include "text/stem.h"

#include <gtest/gtest.h>

namespace chronicle::text {
namespace {

TEST(StemmerTest, EnglishSnowball) {
  Stemmer s("english");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.stem("talks"), "talk");
  EXPECT_EQ(std::string(s.stem("negotiations")), std::string(s.stem("negotiation")));
  EXPECT_EQ(s.stem("russia"), "russia");
  EXPECT_EQ(s.stem(""), "");
}

TEST(StemmerTest, UnknownLanguageReturnsWordUnchanged) {
  Stemmer s("klingon");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.stem("talks"), "talks");
}

TEST(StemmerTest, OverlongWordUnchanged) {
  Stemmer s;
  std::string long_word(Stemmer::kMaxWordBytes + 1, 'a');
  long_word += "ings";
  EXPECT_EQ(s.stem(long_word), long_word);
}

TEST(StemmerTest, ResultViewValidUntilNextCall) {
  Stemmer s;
  std::string first(s.stem("elections"));
  std::string second(s.stem("elected"));
  EXPECT_EQ(first, "elect");
  EXPECT_EQ(second, "elect");
}

}  // namespace
}  // namespace chronicle::text
