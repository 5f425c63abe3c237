// Cleaning rules on page text from several outlets (fixtures written for these tests in the style
// of each outlet's pages), and the bad-input families: empty text, only chrome, repaired bytes,
// a 5 MB single line.
#include "extract/text_cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extract.h"

namespace chronicle::extract {
namespace {

class CleanerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    knowledge_ = Knowledge::load(CHRONICLE_DATA_DIR, error).release();
    ASSERT_NE(knowledge_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete knowledge_;
    knowledge_ = nullptr;
  }
  static CleanedText clean(std::string_view body, std::string_view title = "") {
    return clean_page_text(body, *knowledge_, SiteLineStats(), "", title);
  }
  static std::string joined(const CleanedText& c) {
    std::string out;
    for (const auto& p : c.paragraphs) out += p + "\n";
    return out;
  }
  static std::optional<RemovalReason> reason_of(const CleanedText& c, std::string_view text) {
    for (const auto& r : c.removed)
      if (r.text == text) return r.reason;
    return std::nullopt;
  }
  static Knowledge* knowledge_;
};
Knowledge* CleanerTest::knowledge_ = nullptr;

// A regional BBC-style page: navigation, headline, share tools, caption with credit, body, related.
constexpr std::string_view kBbcStyle = R"(Home
News
Sport
Weather
iPlayer
Sounds
England
Local News
Flood warnings issued as Storm Dennis nears Wales
Published
2 hours ago
Share
Image copyright
PA Media
Image caption
Sandbags were handed out in Crickhowell on Friday
Residents in parts of mid Wales have been told to prepare for flooding as Storm Dennis brings heavy rain and gusts of up to 70mph.
Natural Resources Wales issued four flood warnings on Saturday morning, meaning flooding is expected and immediate action is required.
The Met Office said between 100mm and 150mm of rain could fall on high ground in the south of the country.
"We are asking people to stay away from swollen rivers and not to drive through flood water," a spokeswoman said.
Related Topics
Flooding
Cardiff
More on this story
Storm Ciara: Clean-up after floods hit towns
Copyright © 2020 BBC. The BBC is not responsible for the content of external sites.
)";

TEST_F(CleanerTest, BbcStylePage) {
  CleanedText c = clean(kBbcStyle);
  ASSERT_EQ(c.paragraphs.size(), 4u) << joined(c);
  EXPECT_EQ(c.paragraphs.front().rfind("Residents in parts of mid Wales", 0), 0u);
  EXPECT_EQ(c.paragraphs.back().rfind("\"We are asking people", 0), 0u);
  EXPECT_EQ(c.meta.title, "Flood warnings issued as Storm Dennis nears Wales");
  EXPECT_EQ(c.meta.outlet, "BBC");
  EXPECT_EQ(reason_of(c, "Copyright © 2020 BBC. The BBC is not responsible for the content of external sites."),
            RemovalReason::copyright);
  EXPECT_EQ(reason_of(c, "More on this story"), RemovalReason::related);
}

// A wire story: "By NAME, Reuters" byline, dateline, "(Reuters) -" lead, reporting credits.
constexpr std::string_view kReutersStyle = R"(Business News
March 3, 2019 / 7:12 AM / Updated 2 hours ago
Oil rises as OPEC cuts offset U.S. output surge
By Florence Tan, Reuters
3 Min Read
SINGAPORE (Reuters) - Oil prices rose on Monday, supported by OPEC-led supply cuts and U.S. sanctions against Iran and Venezuela, although a surge in U.S. crude output capped gains.
International Brent crude oil futures were at $65.30 per barrel at 0412 GMT, up 23 cents, or 0.4 percent, from their last close.
Traders said the market was also supported by hopes that Washington and Beijing would soon end their trade dispute.
Reporting by Florence Tan; Editing by Richard Pullin
Our Standards: The Thomson Reuters Trust Principles.
All quotes delayed a minimum of 15 minutes.
)";

TEST_F(CleanerTest, ReutersStyleByline) {
  CleanedText c = clean(kReutersStyle);
  std::string body = joined(c);
  EXPECT_NE(body.find("SINGAPORE (Reuters) - Oil prices rose"), std::string::npos);
  EXPECT_NE(body.find("Traders said the market"), std::string::npos);
  EXPECT_EQ(body.find("3 Min Read"), std::string::npos);
  EXPECT_EQ(body.find("Business News"), std::string::npos);
  EXPECT_EQ(c.meta.author, "Florence Tan");
  EXPECT_EQ(c.meta.outlet, "Reuters");
  EXPECT_EQ(c.meta.title, "Oil rises as OPEC cuts offset U.S. output surge");
  EXPECT_EQ(c.meta.date, "2019-03-03");
  EXPECT_EQ(reason_of(c, "By Florence Tan, Reuters"), RemovalReason::byline);
}

// A cable-news page: video player, "Updated" line, "By" split from the name, credit with slash.
constexpr std::string_view kCnnStyle = R"(Live TV
Edition
Politics
Senate passes stopgap bill to avert shutdown
By
Lauren Fox and Ted Barrett, CNN
Updated 9:41 PM ET, Thu December 19, 2019
Video
0:00
1:32
The Senate voted Thursday to pass a short-term spending bill that keeps the government funded through February, sending it to the President's desk hours before the deadline.
The vote was 71 to 23, with a mix of Democrats and Republicans opposing the measure.
Senate Majority Leader Mitch McConnell speaks to reporters on Capitol Hill.
Drew Angerer
/
Getty Images
The bill includes money for border security but not for the wall the President had demanded, aides said.
Lawmakers are expected to leave Washington for the holiday recess on Friday.
Paid Content
Search CNN...
© 2019 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.
)";

TEST_F(CleanerTest, CnnStyleSplitBylineAndCredit) {
  CleanedText c = clean(kCnnStyle);
  std::string body = joined(c);
  EXPECT_EQ(c.paragraphs.size(), 4u) << body;
  EXPECT_EQ(body.find("Mitch McConnell speaks"), std::string::npos);
  EXPECT_EQ(reason_of(c, "Senate Majority Leader Mitch McConnell speaks to reporters on Capitol Hill."),
            RemovalReason::caption);
  EXPECT_EQ(reason_of(c, "Drew Angerer"), RemovalReason::credit);
  EXPECT_EQ(reason_of(c, "Getty Images"), RemovalReason::credit);
  EXPECT_EQ(reason_of(c, "1:32"), RemovalReason::player);
  EXPECT_EQ(c.meta.author, "Lauren Fox and Ted Barrett");
  EXPECT_EQ(c.meta.title, "Senate passes stopgap bill to avert shutdown");
  EXPECT_EQ(c.meta.date, "2019-12-19");
}

// A newspaper opinion page with a dek, a membership appeal, a comments section and an author bio.
constexpr std::string_view kGuardianStyle = R"(Opinion
Councils cannot fix the housing crisis on their own
Ministers keep promising new homes. Without money for land and builders, the promises mean little
Sun 12 Jan 2020 08.00 GMT
The latest figures show that councils started fewer than 3,000 homes for social rent last year, a fraction of what waiting lists demand.
Every local authority I spoke to described the same problem: land values have risen faster than the grants meant to buy it.
Until the Treasury treats housing as infrastructure, the gap between what is promised and what is built will only grow.
Jane Porter is a housing correspondent for the Northern Chronicle
Since you're here, we have a small favour to ask. More people are reading than ever, but our journalism is funded by readers.
Support independent journalism today. It takes less than a minute.
Comments
Sign in or create your account to join the discussion.
)";

TEST_F(CleanerTest, GuardianStyleDekBioAppealComments) {
  CleanedText c = clean(kGuardianStyle);
  ASSERT_EQ(c.paragraphs.size(), 3u) << joined(c);
  EXPECT_EQ(c.meta.title, "Councils cannot fix the housing crisis on their own");
  EXPECT_EQ(c.meta.dek, "Ministers keep promising new homes. Without money for land and builders, the promises mean little");
  EXPECT_EQ(c.meta.section, "Opinion");
  EXPECT_EQ(c.meta.author, "Jane Porter");
  EXPECT_EQ(c.meta.outlet, "Northern Chronicle");
  EXPECT_EQ(c.meta.date, "2020-01-12");
  EXPECT_EQ(reason_of(c, "Support independent journalism today. It takes less than a minute."),
            RemovalReason::appeal);
  EXPECT_EQ(reason_of(c, "Comments"), RemovalReason::comments);
}

// A local TV station: newsletter prompt and social prompts inside the story, AP copyright after it.
constexpr std::string_view kLocalStationStyle = R"(WEATHER ALERT
Watch Live
Local News
Water main break closes Elm Street for second day
Posted: Nov 14, 2019 / 06:05 PM CST
SPRINGFIELD, Ill. (AP) - Crews worked through the night to repair a water main that burst under Elm Street on Wednesday, leaving dozens of homes without water.
City water department spokesman Tom Reyes said the pipe was more than 80 years old and had been scheduled for replacement next spring.
Sign up for our Breaking News newsletter
Residents were told to boil water before drinking it until at least Friday, when test results are expected back from the state laboratory.
The street is expected to reopen to traffic by the weekend, Reyes said, although repaving may take several more weeks to finish.
Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Follow WCIA 3 News on Facebook
Download the WCIA 3 News app
)";

TEST_F(CleanerTest, LocalStationInlinePromoAndWireCopyright) {
  CleanedText c = clean(kLocalStationStyle);
  ASSERT_EQ(c.paragraphs.size(), 4u) << joined(c);
  EXPECT_EQ(reason_of(c, "Sign up for our Breaking News newsletter"), RemovalReason::promo);
  EXPECT_EQ(reason_of(c, "Watch Live"), RemovalReason::player);
  EXPECT_EQ(c.meta.title, "Water main break closes Elm Street for second day");
  EXPECT_EQ(c.meta.date, "2019-11-14");
  // The wire copyright right under the story names its owner, ahead of the station's prompts.
  EXPECT_EQ(c.meta.outlet, "Associated Press");
}

TEST_F(CleanerTest, HardWrappedWireTextIsJoined) {
  std::string body =
      "LONDON, March 2 - British coal output fell sharply in the\n"
      "week to February 28 as miners returned to a shorter working\n"
      "week after the holiday, the National Coal Board said today.\n"
      "    Output totalled 1.9 mln tonnes against 2.3 mln the week\n"
      "before, a spokesman said, adding that stocks remained high at\n"
      "the power stations and no shortage was expected this winter.\n"
      " Reuter\n";
  CleanedText c = clean(body);
  ASSERT_GE(c.paragraphs.size(), 2u);
  EXPECT_EQ(c.paragraphs[0],
            "LONDON, March 2 - British coal output fell sharply in the week to February 28 as miners returned to a "
            "shorter working week after the holiday, the National Coal Board said today.");
  EXPECT_EQ(c.paragraphs[1].rfind("Output totalled 1.9 mln tonnes", 0), 0u);
}

TEST_F(CleanerTest, NearDuplicateParagraphWithShortenedSubject) {
  std::string body =
      "Kerry arrives in Geneva\n\n"
      "Iranian Foreign Minister Mohammad Javad Zarif told reporters on Saturday that the two sides were closer than "
      "ever to a deal on the nuclear programme.\n\n"
      "Negotiators have met almost daily since the start of the month, officials said.\n\n"
      "Zarif told reporters on Saturday that the two sides were closer than ever to a deal on the nuclear programme.\n\n"
      "A final round is planned for next week in Vienna, according to a diplomat familiar with the talks.\n";
  CleanedText c = clean(body);
  ASSERT_EQ(c.paragraphs.size(), 3u) << joined(c);
  EXPECT_EQ(reason_of(c, "Zarif told reporters on Saturday that the two sides were closer than ever to a deal on the "
                         "nuclear programme."),
            RemovalReason::duplicate);
}

TEST_F(CleanerTest, TwoParagraphsSharingAQuoteAreBothKept) {
  std::string body =
      "The minister said the plan was \"a first step towards a fair settlement for every farmer in the region\" and "
      "promised more funding next year.\n\n"
      "Opposition leaders mocked the phrase \"a first step towards a fair settlement\", saying farmers had heard it "
      "before and seen nothing, and called for an inquiry into the delays.\n";
  CleanedText c = clean(body);
  EXPECT_EQ(c.paragraphs.size(), 2u) << joined(c);
}

TEST_F(CleanerTest, ContainerTitleLineIsRemovedAsTitle) {
  std::string body =
      "Ad sales boost Time Warner profit\n\n"
      "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December, from "
      "$639m year-earlier.\n\n"
      "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet "
      "connections and higher advert sales.\n";
  CleanedText c = clean(body, "Ad sales boost Time Warner profit");
  ASSERT_EQ(c.paragraphs.size(), 2u);
  EXPECT_EQ(reason_of(c, "Ad sales boost Time Warner profit"), RemovalReason::title);
}

TEST_F(CleanerTest, SiteBoilerplateFromLineStatistics) {
  SiteLineStats stats;
  std::vector<uint64_t> keys = {line_key("Hear the Morning Briefing every weekday at 6")};
  for (int i = 0; i < 5; ++i) stats.add_page("example-radio.org", keys);
  std::string body =
      "Hear the Morning Briefing every weekday at 6\n"
      "The county board approved the new budget on Tuesday after a three-hour public hearing that drew dozens of "
      "residents.\n"
      "Board members said the plan keeps property taxes flat for a second year while adding two sheriff's deputies.\n";
  CleanedText c = clean_page_text(body, *knowledge_, stats, "example-radio.org", "");
  EXPECT_EQ(c.paragraphs.size(), 2u);
  EXPECT_EQ(reason_of(c, "Hear the Morning Briefing every weekday at 6"), RemovalReason::boilerplate);
}

TEST_F(CleanerTest, InlineTagsLine) {
  std::string body =
      "The city council voted 7-2 on Monday to ban gas-powered leaf blowers starting in 2024, citing noise and air "
      "pollution complaints from residents.\n"
      "Landscapers said the timeline was too short for small businesses to replace their equipment.\n"
      "Tags: Environment, City Council, Noise\n"
      "Location: Portland\n";
  CleanedText c = clean(body);
  EXPECT_EQ(c.paragraphs.size(), 2u);
  EXPECT_EQ(c.meta.tags.topics, (std::vector<std::string>{"Environment", "City Council", "Noise"}));
  EXPECT_EQ(c.meta.tags.places, (std::vector<std::string>{"Portland"}));
}

TEST_F(CleanerTest, TeaserListAfterShortStoryIsNotBody) {
  std::string body =
      "Police Seek Driver After Hit-And-Run On Main Street\n"
      "November 19, 2019 at 9:45 am\n"
      "A pedestrian was seriously injured Tuesday morning when a car struck him on Main Street and drove off, police "
      "said.\n"
      "Investigators asked anyone with dashboard camera footage from the area to call the department.\n"
      "Latest Headlines\n"
      "Mayor Signs Budget Deal With County Board After Long NightThe mayor signed the deal early Wednesday after a "
      "long night of talks with the board.\n"
      "Teachers Union Sets Strike Vote For Next Monday EveningUnion leaders said members would vote on a strike next "
      "week if talks fail again.\n"
      "High School Football Playoff Scores From Friday Night GamesHere are the scores from Friday night's games "
      "across the region and the state.\n";
  CleanedText c = clean(body);
  std::string joined_text = joined(c);
  EXPECT_EQ(c.paragraphs.size(), 2u) << joined_text;
  EXPECT_EQ(joined_text.find("Teachers Union"), std::string::npos);
}

TEST_F(CleanerTest, LongCommentThreadDoesNotOutweighShortStory) {
  std::string body =
      "Apple to ship new laptop keyboards next year, supplier says\n"
      "Apple plans to move its smaller laptops to a new keyboard design in the first half of next year, according "
      "to a report from a supplier in Taiwan published on Monday.\n"
      "The company introduced the design on its largest model last week after years of complaints about keys that "
      "stuck or repeated, and analysts expect the rest of the range to follow.\n"
      "Top Rated Comments\n";
  for (int i = 0; i < 12; ++i)
    body += "I have been waiting for this for years and I will finally replace my old machine when the new model "
            "arrives, assuming the price does not go up again as it did last time.\n";
  CleanedText c = clean(body);
  ASSERT_EQ(c.paragraphs.size(), 2u) << joined(c);
  EXPECT_EQ(reason_of(c, "Top Rated Comments"), RemovalReason::comments);
}

// --- Bad input -------------------------------------------------------------------------------

TEST_F(CleanerTest, EmptyText) {
  CleanedText c = clean("");
  EXPECT_TRUE(c.paragraphs.empty());
  EXPECT_TRUE(c.removed.empty());
  c = clean("\n\n \t \r\n");
  EXPECT_TRUE(c.paragraphs.empty());
}

TEST_F(CleanerTest, OnlyChromeGivesNoBodyAndAnError) {
  std::string error;
  auto extractor = Extractor::load(CHRONICLE_DATA_DIR, error);
  ASSERT_NE(extractor, nullptr) << error;
  RawDoc doc;
  doc.origin = "chrome.txt";
  doc.body = "Home\nNews\nSport\nPlay Live Radio\n0:00\nShare\nFacebook\nTwitter\nSubscribe\nPrivacy Policy\n"
             "Copyright 2021 Example Media. All rights reserved.\n";
  ExtractResult r = extractor->extract(doc, SiteLineStats());
  EXPECT_EQ(r.article.text, "");
  EXPECT_EQ(r.error, "no body text after removing boilerplate");
  EXPECT_EQ(r.article.removed.size(), 11u);
}

TEST_F(CleanerTest, RepairedBytesPassThrough) {
  // Readers replace invalid bytes with U+FFFD before extraction; the cleaner keeps them as text.
  std::string body =
      "The caf\xEF\xBF\xBD owner said business had doubled since the new metro station opened across the street last "
      "spring.\n"
      "Neighbours said the queue now stretches around the block on weekend mornings, which has upset some residents.\n";
  CleanedText c = clean(body);
  ASSERT_EQ(c.paragraphs.size(), 2u);
  EXPECT_NE(c.paragraphs[0].find("\xEF\xBF\xBD"), std::string::npos);
}

TEST_F(CleanerTest, FiveMegabyteSingleLine) {
  std::string sentence = "The committee met again on Thursday and agreed to publish its findings next month. ";
  std::string body;
  while (body.size() < (5u << 20)) body += sentence;
  CleanedText c = clean(body);
  ASSERT_EQ(c.paragraphs.size(), 1u);
  EXPECT_GT(c.paragraphs[0].size(), 5u << 20 - 1);
}

TEST_F(CleanerTest, ManyShortLinesStayLinear) {
  std::string body;
  for (int i = 0; i < 30000; ++i) body += "Menu item\n";
  body += "A lone paragraph of running text sits at the very end of this very long page, after the menu.\n";
  CleanedText c = clean(body);
  ASSERT_EQ(c.paragraphs.size(), 1u);
}

}  // namespace
}  // namespace chronicle::extract
