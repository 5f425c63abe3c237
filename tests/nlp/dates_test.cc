#include "nlp/dates.h"

#include <gtest/gtest.h>

namespace chronicle::nlp {
namespace {

std::string dump(std::string_view text, const std::vector<DateMention>& ds) {
  std::string out;
  for (const auto& d : ds) out += std::string(text.substr(d.span.start, d.span.size())) + "=" + d.iso + "; ";
  return out;
}

const DateMention* find(std::string_view text, const std::vector<DateMention>& ds, std::string_view surface) {
  for (const auto& d : ds)
    if (text.substr(d.span.start, d.span.size()) == surface) return &d;
  return nullptr;
}

TEST(DatesTest, AbsoluteDatesNeedNoArticleDate) {
  std::string text = "The agreement signed on Aug. 9, 2013 expired on 15 December 2015.";
  auto ds = find_dates(text, "");
  ASSERT_EQ(ds.size(), 2u) << dump(text, ds);
  EXPECT_EQ(ds[0].iso, "2013-08-09");
  EXPECT_EQ(ds[1].iso, "2015-12-15");
  EXPECT_FALSE(ds[0].relative);
}

TEST(DatesTest, WeekdaysResolveToTheLatestSuchDay) {
  // 2015-12-15 was a Tuesday.
  std::string text = "Kerry met Putin on Tuesday after arriving on Monday; talks resume next Friday.";
  auto ds = find_dates(text, "2015-12-15");
  ASSERT_NE(find(text, ds, "Tuesday"), nullptr) << dump(text, ds);
  EXPECT_EQ(find(text, ds, "Tuesday")->iso, "2015-12-15");
  EXPECT_EQ(find(text, ds, "Monday")->iso, "2015-12-14");
  ASSERT_NE(find(text, ds, "next Friday"), nullptr) << dump(text, ds);
  EXPECT_EQ(find(text, ds, "next Friday")->iso, "2015-12-18");
  EXPECT_TRUE(find(text, ds, "Monday")->relative);
}

TEST(DatesTest, PeriodsAndMonthDays) {
  std::string text =
      "An agreement signed in Minsk earlier this year failed. Last year the talks stalled; a vote is set for "
      "Jan. 12 and another for Dec. 28. Sanctions were imposed in March and in 2014.";
  auto ds = find_dates(text, "2015-01-05T10:00:00Z");
  EXPECT_EQ(find(text, ds, "earlier this year")->iso, "2015") << dump(text, ds);
  EXPECT_EQ(find(text, ds, "Last year")->iso, "2014");
  EXPECT_EQ(find(text, ds, "Jan. 12")->iso, "2015-01-12");
  EXPECT_EQ(find(text, ds, "Dec. 28")->iso, "2014-12-28");  // last year's December
  EXPECT_EQ(find(text, ds, "March")->iso, "2015-03");
  EXPECT_EQ(find(text, ds, "2014")->iso, "2014");
}

TEST(DatesTest, RelativeDatesNeedTheArticleDate) {
  std::string text = "Officials met on Tuesday and will meet again next week.";
  EXPECT_TRUE(find_dates(text, "").empty());
  EXPECT_TRUE(find_dates(text, "not a date").empty());
  auto ds = find_dates(text, "2015-12-15");
  EXPECT_EQ(find(text, ds, "next week")->iso, "2015-W52") << dump(text, ds);
}

TEST(DatesTest, MayTheVerbIsNotAMonth) {
  std::string text = "The talks may 3 times fail, and in May they may resume.";
  auto ds = find_dates(text, "2015-12-15");
  EXPECT_EQ(ds.size(), 1u) << dump(text, ds);
}

TEST(DatesTest, StageWritesArticleDates) {
  Article a;
  a.text = "Talks resumed yesterday in Geneva.";
  a.date = "2013-08-09";
  EXPECT_EQ(DateStage().analyze(a), "");
  ASSERT_EQ(a.dates.size(), 1u);
  EXPECT_EQ(a.dates[0].iso, "2013-08-08");
}

}  // namespace
}  // namespace chronicle::nlp
