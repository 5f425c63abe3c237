// Blocks, the body region and repeated paragraphs: the pieces under the cleaner.
#include <gtest/gtest.h>

#include "extract/text_blocks.h"
#include "extract/text_duplicates.h"
#include "extract/text_region.h"

namespace chronicle::extract {
namespace {

TEST(BlocksTest, OneBlockPerLineWithBlankMarks) {
  auto blocks = split_blocks("Home\n\n  Kerry  met\tLavrov.  \r\n\n\nNext line\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "Home");
  EXPECT_FALSE(blocks[0].blank_before);
  EXPECT_EQ(blocks[1].text, "Kerry met Lavrov.");
  EXPECT_TRUE(blocks[1].blank_before);
  EXPECT_EQ(blocks[1].words, 3);
}

TEST(BlocksTest, ProseShape) {
  EXPECT_TRUE(is_prose("The talks ended on Friday without an agreement, officials said."));
  EXPECT_TRUE(is_prose("\"We will be back,\" he said.\xE2\x80\x9D"));
  // Too short to be prose by shape; the seed keeps it because it lies inside the body region.
  EXPECT_FALSE(is_prose("Reuters reports:"));
  EXPECT_FALSE(is_prose("US and Russia plan Syria talks"));
  EXPECT_FALSE(is_prose("Privacy Policy | Terms Of Use | Contact Us."));
  // Cyrillic and CJK running text count as prose too.
  EXPECT_TRUE(is_prose("\xD0\x9C\xD1\x8B \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBB\xD0\xB0\xD0\xB3\xD0\xB0\xD0\xB5\xD0\xBC "
                       "\xD0\xB2\xD0\xB0\xD0\xBC \xD0\xB2\xD1\x8B\xD0\xB1\xD1\x80\xD0\xB0\xD1\x82\xD1\x8C."));
  EXPECT_TRUE(is_prose("\xE4\xBB\x8A\xE5\xA4\xA9\xE5\xA4\xA9\xE6\xB0\x94\xE5\xBE\x88\xE5\xA5\xBD\xE3\x80\x82"));
}

TEST(BlocksTest, TeaserShape) {
  EXPECT_TRUE(opens_with_title_case(
      "Michigan Couple Finds Newspapers Dating Back To 1940s During Home RenovationA couple found papers."));
  EXPECT_TRUE(opens_with_title_case("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left."));
  EXPECT_FALSE(opens_with_title_case("Iranian Foreign Minister Mohammad Javad Zarif told reporters on Saturday."));
  EXPECT_FALSE(opens_with_title_case("The minister said the talks would resume."));
}

TEST(BlocksTest, HardWrappedParagraphsAreJoinedAndPageLinesAreNot) {
  std::string wrapped =
      "WASHINGTON, April 7 - The Treasury said it would sell 9.75\n"
      "billion dlrs of seven-year notes next week to raise new cash\n"
      "and refund maturing debt, a spokesman said.\n"
      "    The notes will be dated April 15 and mature in April\n"
      "1994, the Treasury said in its weekly financing statement.\n";
  auto blocks = split_blocks(wrapped);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text, "The notes will be dated April 15 and mature in April 1994, the Treasury said in its "
                            "weekly financing statement.");
  // A page dump with long lines is never joined.
  std::string page = std::string(200, 'a') + "\n" + "Home\nNews\nSport\n";
  EXPECT_EQ(split_blocks(page).size(), 4u);
}

TextBlock block(std::string text, std::optional<RemovalReason> reason = std::nullopt) {
  TextBlock b;
  b.words = count_words(text);
  b.prose = is_prose(text);
  b.teaser = b.prose && opens_with_title_case(text);
  b.text = std::move(text);
  b.reason = reason;
  return b;
}

const std::string kPara =
    "The council approved the plan on Tuesday after a long debate about its cost to residents and businesses.";

TEST(RegionTest, MenusAndRelatedStoriesFallOutside) {
  std::vector<TextBlock> blocks = {block("Home"), block("World"), block("Business"), block(kPara), block(kPara),
                                   block("Advertisement", RemovalReason::navigation), block(kPara),
                                   block("Related", RemovalReason::related), block(kPara)};
  BodyRegion r = find_body_region(blocks);
  EXPECT_EQ(r.begin, 3u);
  EXPECT_EQ(r.end, 7u);  // the ad line inside stays inside; the end marker stops the region
}

TEST(RegionTest, EndMarkerIsCrossedOnlyForMuchMoreText) {
  // One paragraph before a copyright line is not worth crossing it for ...
  std::vector<TextBlock> blocks = {block(kPara), block("Copyright 2020 Example News", RemovalReason::copyright)};
  for (int i = 0; i < 10; ++i) blocks.push_back(block(kPara));
  BodyRegion r = find_body_region(blocks);
  EXPECT_EQ(r.begin, 2u);
  EXPECT_EQ(r.end, blocks.size());
  // ... ten are: the marker sits inside a long article.
  blocks.erase(blocks.begin());
  blocks.insert(blocks.begin(), 10, block(kPara));
  r = find_body_region(blocks);
  EXPECT_EQ(r.begin, 0u);
  EXPECT_EQ(r.end, blocks.size());
}

TEST(RegionTest, EmptyAndAllChrome) {
  EXPECT_TRUE(find_body_region({}).empty());
  std::vector<TextBlock> chrome = {block("Home", RemovalReason::navigation), block("0:00", RemovalReason::player)};
  EXPECT_TRUE(find_body_region(chrome).empty());
}

TEST(RegionTest, TableAfterDatelineIsABody) {
  std::vector<TextBlock> blocks = {block("Published 2:16 AM EST Nov 20, 2019", RemovalReason::dateline),
                                   block("Palm Bay 18 22 13 17 - 70"), block("Rockledge 14 11 6 15 - 44"),
                                   block("Copyright 2019 Example", RemovalReason::copyright)};
  BodyRegion r = find_body_region(blocks);
  EXPECT_EQ(r.begin, 1u);
  EXPECT_EQ(r.end, 3u);
}

TEST(DuplicatesTest, ExactNearAndDistinct) {
  std::vector<std::string> paragraphs = {
      "Russian Foreign Minister Sergei Lavrov told reporters after five hours of talks that officials would meet "
      "again.",
      "The discussion took place despite the cancelled summit.",
      "Lavrov told reporters after five hours of talks that officials would meet again.",
      "THE DISCUSSION took place, despite the cancelled summit!",
      "Officials would meet again, Lavrov said, but gave no date for the talks or any sign of a plan."};
  std::vector<bool> repeated = find_repeated_paragraphs(paragraphs);
  EXPECT_EQ(repeated, (std::vector<bool>{false, false, true, true, false}));
}

TEST(DuplicatesTest, ShortLinesOnlyByExactKey) {
  std::vector<std::string> paragraphs = {"Reuters reports:", "The Post adds:", "Reuters reports"};
  EXPECT_EQ(find_repeated_paragraphs(paragraphs), (std::vector<bool>{false, false, true}));
}

}  // namespace
}  // namespace chronicle::extract
