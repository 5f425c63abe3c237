#include "text/tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chronicle::text {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(t.view(text));
  return out;
}

using V = std::vector<std::string>;

TEST(TokensTest, OffsetsPointIntoTheText) {
  std::string text = "Secretary of State John Kerry is in Moscow.";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 9u);
  EXPECT_EQ(toks[4].view(text), "Kerry");
  EXPECT_EQ(toks[4].start, 24u);
  EXPECT_EQ(toks[4].end, 29u);
  EXPECT_EQ(toks[8].view(text), ".");
  EXPECT_EQ(toks[8].kind, TokenKind::punct);
  EXPECT_FALSE(toks[8].space_before);
  for (size_t i = 1; i < toks.size(); ++i) EXPECT_LE(toks[i - 1].end, toks[i].start);
}

TEST(TokensTest, KeepsCountryAndCityAbbreviationsWhole) {
  EXPECT_EQ(words("The U.S. and the U.N. met in Washington, D.C. on Monday."),
            (V{"The", "U.S.", "and", "the", "U.N.", "met", "in", "Washington", ",", "D.C.", "on", "Monday", "."}));
}

TEST(TokensTest, KeepsTitlesAndMonthsWithTheirStop) {
  EXPECT_EQ(words("Mr. Obama and Gen. Martin Dempsey spoke on Jan. 12."),
            (V{"Mr.", "Obama", "and", "Gen.", "Martin", "Dempsey", "spoke", "on", "Jan.", "12", "."}));
}

TEST(TokensTest, KeepsInitials) {
  EXPECT_EQ(words("John F. Kennedy and George W. Bush"),
            (V{"John", "F.", "Kennedy", "and", "George", "W.", "Bush"}));
}

TEST(TokensTest, ASentenceEndingWordKeepsNoStop) {
  EXPECT_EQ(words("Talks ended. Sanctions stay."), (V{"Talks", "ended", ".", "Sanctions", "stay", "."}));
}

TEST(TokensTest, NumbersKeepDecimalsThousandsTimesAndDates) {
  EXPECT_EQ(words("Oil rose 3.5 percent to $48.20, or 1,200,000 barrels at 10:30 on 2015-12-15."),
            (V{"Oil", "rose", "3.5", "percent", "to", "$", "48.20", ",", "or", "1,200,000", "barrels", "at",
               "10:30", "on", "2015-12-15", "."}));
  auto toks = tokenize("3.5");
  EXPECT_EQ(toks[0].kind, TokenKind::number);
}

TEST(TokensTest, CommaBetweenNumbersThatIsNotAThousandsSeparatorSplits) {
  EXPECT_EQ(words("in 2013,12 people"), (V{"in", "2013", ",", "12", "people"}));
}

TEST(TokensTest, SplitsClitics) {
  EXPECT_EQ(words("Russia's position isn't new, and they're sure."),
            (V{"Russia", "'s", "position", "is", "n't", "new", ",", "and", "they", "'re", "sure", "."}));
  EXPECT_EQ(words("Kerry\u2019s trip"), (V{"Kerry", "\u2019s", "trip"}));
  EXPECT_EQ(words("We can't."), (V{"We", "ca", "n't", "."}));
}

TEST(TokensTest, KeepsApostropheNames) {
  EXPECT_EQ(words("Sen. O'Brien"), (V{"Sen.", "O'Brien"}));
}

TEST(TokensTest, HyphenatedWordsStayWhole) {
  EXPECT_EQ(words("a long-range U.S.-Russian F-16 deal"),
            (V{"a", "long-range", "U.S.-Russian", "F-16", "deal"}));
}

TEST(TokensTest, QuotationMarksAreTheirOwnTokens) {
  std::string text = "\" 'I look forward,' Kerry said. \u201CYes,\u201D he said.";
  auto toks = tokenize(text);
  EXPECT_EQ(toks[0].kind, TokenKind::quote);
  EXPECT_EQ(toks[1].kind, TokenKind::quote);
  EXPECT_EQ(toks[1].view(text), "'");
  EXPECT_EQ(words(text), (V{"\"", "'", "I", "look", "forward", ",", "'", "Kerry", "said", ".", "\u201C", "Yes", ",",
                            "\u201D", "he", "said", "."}));
}

TEST(TokensTest, NewYorkTimesDoubleApostropheIsOneQuote) {
  EXPECT_EQ(words("``We will win,'' he said."), (V{"``", "We", "will", "win", ",", "''", "he", "said", "."}));
  EXPECT_EQ(words("a politics of ''hope'' now"), (V{"a", "politics", "of", "''", "hope", "''", "now"}));
}

TEST(TokensTest, EllipsisAndDashesStayWhole) {
  EXPECT_EQ(words("Well... maybe -- or not"), (V{"Well", "...", "maybe", "--", "or", "not"}));
}

TEST(TokensTest, CountsLineBreaksBeforeAToken) {
  std::string text = "Reuters reports:\n\nKerry said.\nNext";
  auto toks = tokenize(text);
  EXPECT_EQ(toks[3].view(text), "Kerry");
  EXPECT_EQ(toks[3].newlines, 2);
  EXPECT_EQ(toks.back().newlines, 1);
}

TEST(TokensTest, NonAsciiLettersAndSpaces) {
  std::string text = "Fran\u00E7ois Hollande\u00A0visited S\u00E3o Paulo";
  EXPECT_EQ(words(text), (V{"Fran\u00E7ois", "Hollande", "visited", "S\u00E3o", "Paulo"}));
  auto toks = tokenize(text);
  EXPECT_TRUE(toks[0].capitalized());
}

TEST(TokensTest, InvalidUtf8BecomesPunctuationAndNeverCrashes) {
  std::string text = "abc\xff\xfe def";
  auto toks = tokenize(text);
  ASSERT_GE(toks.size(), 2u);
  EXPECT_EQ(toks.front().view(text), "abc");
  EXPECT_EQ(toks.back().view(text), "def");
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize("   \n\n ").empty());
}

TEST(TokensTest, FlagsDescribeCase) {
  std::string text = "NATO Kerry iPhone 2015";
  auto toks = tokenize(text);
  EXPECT_TRUE(toks[0].all_caps());
  EXPECT_TRUE(toks[1].capitalized());
  EXPECT_FALSE(toks[1].all_caps());
  EXPECT_FALSE(toks[2].capitalized());
  EXPECT_TRUE(toks[3].flags & kHasDigit);
}

TEST(TokensTest, WordShape) {
  EXPECT_EQ(word_shape("Kerry", false), "Xxxxx");
  EXPECT_EQ(word_shape("Kerry", true), "Xxx");
  EXPECT_EQ(word_shape("U.S.", true), "X.X.");
  EXPECT_EQ(word_shape("2015", true), "dd");
  EXPECT_EQ(word_shape("F-16", false), "X-dd");
  EXPECT_EQ(word_shape("\u00C9mile", false), "Xxxxx");
}

TEST(TokensTest, TitleAbbreviations) {
  EXPECT_TRUE(is_title_abbreviation("Mr."));
  EXPECT_TRUE(is_title_abbreviation("Gen."));
  EXPECT_TRUE(is_title_abbreviation("J."));
  EXPECT_FALSE(is_title_abbreviation("U.S."));
  EXPECT_FALSE(is_title_abbreviation("Jan."));
  EXPECT_FALSE(is_title_abbreviation("Mr"));
}

TEST(TokensTest, NumberSignOnlyBeforeANumber) {
  EXPECT_EQ(words("No. 10 Downing Street"), (V{"No.", "10", "Downing", "Street"}));
  EXPECT_EQ(words("He said no."), (V{"He", "said", "no", "."}));
}

}  // namespace
}  // namespace chronicle::text
