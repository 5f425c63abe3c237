#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chronicle::text {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text)) out.emplace_back(text.substr(s.span.start, s.span.size()));
  return out;
}

using V = std::vector<std::string>;

TEST(SentencesTest, SplitsAtFullStops) {
  EXPECT_EQ(sentences("Kerry arrived in Moscow. He met Lavrov. Talks ended late!"),
            (V{"Kerry arrived in Moscow.", "He met Lavrov.", "Talks ended late!"}));
}

TEST(SentencesTest, TitlesAndInitialsNeverEndASentence) {
  EXPECT_EQ(sentences("Defense Secretary Chuck Hagel spoke with Gen. Sergei Shoigu. Mr. Putin was absent."),
            (V{"Defense Secretary Chuck Hagel spoke with Gen. Sergei Shoigu.", "Mr. Putin was absent."}));
  EXPECT_EQ(sentences("John F. Kennedy visited Berlin."), (V{"John F. Kennedy visited Berlin."}));
}

TEST(SentencesTest, CountryAbbreviationEndsOnlyBeforeAnOpener) {
  EXPECT_EQ(sentences("The deal was welcomed in the U.S. The Kremlin was silent."),
            (V{"The deal was welcomed in the U.S.", "The Kremlin was silent."}));
  EXPECT_EQ(sentences("A U.S. official said the U.S. Embassy in Kiev was closed."),
            (V{"A U.S. official said the U.S. Embassy in Kiev was closed."}));
  EXPECT_EQ(sentences("He lives in Washington, D.C. He works at the State Department."),
            (V{"He lives in Washington, D.C.", "He works at the State Department."}));
}

TEST(SentencesTest, MonthAbbreviationBeforeADayGoesOn) {
  EXPECT_EQ(sentences("The vote is set for Jan. 22 in Geneva. Both sides agreed."),
            (V{"The vote is set for Jan. 22 in Geneva.", "Both sides agreed."}));
}

TEST(SentencesTest, DecimalsDoNotSplit) {
  EXPECT_EQ(sentences("Growth slowed to 1.5 percent. Prices fell."),
            (V{"Growth slowed to 1.5 percent.", "Prices fell."}));
}

TEST(SentencesTest, QuoteFollowedBySpeakerStaysOneSentence) {
  EXPECT_EQ(sentences("\u201CWe will not give up!\u201D she said. \u201CNever.\u201D"),
            (V{"\u201CWe will not give up!\u201D she said.", "\u201CNever.\u201D"}));
  EXPECT_EQ(sentences("\"It is a mistake,\" said Scribner. Oxfam disagreed."),
            (V{"\"It is a mistake,\" said Scribner.", "Oxfam disagreed."}));
}

TEST(SentencesTest, ClosingQuoteStaysWithTheSentenceItCloses) {
  std::string text =
      "Kerry told Lavrov: 'Even when there have been differences we worked together.' \"\n\nThe Post adds:";
  EXPECT_EQ(sentences(text), (V{"Kerry told Lavrov: 'Even when there have been differences we worked together.' \"",
                                "The Post adds:"}));
}

TEST(SentencesTest, QuotationOverSeveralSentencesSplitsInside) {
  EXPECT_EQ(sentences("\"We are ready. We have always been ready,\" Lavrov said."),
            (V{"\"We are ready.", "We have always been ready,\" Lavrov said."}));
}

TEST(SentencesTest, OpeningQuoteAfterAStopStartsTheNextSentence) {
  EXPECT_EQ(sentences("He left. \"Nothing changed,\" an aide said."),
            (V{"He left.", "\"Nothing changed,\" an aide said."}));
}

TEST(SentencesTest, ParagraphBreaksAlwaysEnd) {
  auto s = split_sentences("Reuters reports\n\nKerry said talks went well");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_TRUE(s[0].paragraph_start);
  EXPECT_TRUE(s[1].paragraph_start);
}

TEST(SentencesTest, HeadlineWithoutStopEndsAtItsLineBreak) {
  EXPECT_EQ(sentences("In Russia, Secretary Kerry Looks For 'Real Progress' Over Syria\nLaying the groundwork, "
                      "Kerry is in Moscow."),
            (V{"In Russia, Secretary Kerry Looks For 'Real Progress' Over Syria", "Laying the groundwork, Kerry is in Moscow."}));
}

TEST(SentencesTest, HardWrappedLinesAreOneSentence) {
  EXPECT_EQ(sentences("The central bank said on Tuesday that it would\nkeep interest rates unchanged this month."),
            (V{"The central bank said on Tuesday that it would\nkeep interest rates unchanged this month."}));
}

TEST(SentencesTest, ColonAtLineEndEnds) {
  EXPECT_EQ(sentences("The Post adds:\n\"Officials said sanctions will continue.\""),
            (V{"The Post adds:", "\"Officials said sanctions will continue.\""}));
}

TEST(SentencesTest, TokenRangesCoverEveryTokenOnce) {
  std::string text = "Kerry met Lavrov. \"Progress,\" he said.\n\nPutin waited... Then he spoke.";
  auto toks = tokenize(text);
  auto sents = split_sentences(text, toks);
  uint32_t expect = 0;
  for (const Sentence& s : sents) {
    EXPECT_EQ(s.first_token, expect);
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.span.start, toks[s.first_token].start);
    EXPECT_EQ(s.span.end, toks[s.end_token - 1].end);
    expect = s.end_token;
  }
  EXPECT_EQ(expect, toks.size());
  EXPECT_EQ(sents.size(), 4u);
}

TEST(SentencesTest, EllipsisBeforeLowerCaseGoesOn) {
  EXPECT_EQ(sentences("We waited... and waited. Then it rained."),
            (V{"We waited... and waited.", "Then it rained."}));
}

TEST(SentencesTest, EmptyText) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n ").empty());
}

}  // namespace
}  // namespace chronicle::text
