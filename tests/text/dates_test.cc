#include "text/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace chronicle::text {
namespace {

TEST(DatesTest, IsoForms) {
  EXPECT_EQ(normalize_date("2015-12-15"), "2015-12-15");
  EXPECT_EQ(normalize_date("2015-12-15T10:00:00Z"), "2015-12-15T10:00:00Z");
  EXPECT_EQ(normalize_date("2015-12-15T10:00:00.250+01:00"), "2015-12-15T10:00:00+01:00");
  EXPECT_EQ(normalize_date("2015-12-15 10:00"), "2015-12-15T10:00:00");
  EXPECT_EQ(normalize_date("2019-06-04T22:15:03-0400"), "2019-06-04T22:15:03-04:00");
  EXPECT_EQ(normalize_date("2013/08/09"), "2013-08-09");
}

TEST(DatesTest, Rfc2822) {
  EXPECT_EQ(normalize_date("Tue, 15 Dec 2015 10:00:00 +0000"), "2015-12-15T10:00:00Z");
  EXPECT_EQ(normalize_date("Fri, 09 Aug 2013 18:30:00 GMT"), "2013-08-09T18:30:00Z");
  EXPECT_EQ(normalize_date("Mon, 3 Feb 2020 07:05:00 -0500"), "2020-02-03T07:05:00-05:00");
}

TEST(DatesTest, MonthFirstProse) {
  EXPECT_EQ(normalize_date("Aug. 9, 2013"), "2013-08-09");
  EXPECT_EQ(normalize_date("December 15, 2015"), "2015-12-15");
  EXPECT_EQ(normalize_date("Sept 3rd 2019"), "2019-09-03");
  EXPECT_EQ(normalize_date("Tuesday, November 19, 2019"), "2019-11-19");
  // A named local zone gives the date only: its offset depends on the season.
  EXPECT_EQ(normalize_date("Nov. 19, 2019 8:03 am ET"), "2019-11-19");
  EXPECT_EQ(normalize_date("June 4, 2019 at 10:42 p.m. UTC"), "2019-06-04T22:42:00Z");
}

TEST(DatesTest, DayFirstProse) {
  EXPECT_EQ(normalize_date("9 August 2013"), "2013-08-09");
  EXPECT_EQ(normalize_date("15th of December, 2015"), "2015-12-15");
  // The Guardian's dotted time "09.12" is not read as a time; the date is still found.
  auto found = find_date("Saturday 2 March 2019 09.12 GMT");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->iso, "2019-03-02");
  EXPECT_EQ(normalize_date("Saturday 2 March 2019"), "2019-03-02");
}

TEST(DatesTest, NumericForms) {
  EXPECT_EQ(normalize_date("12/15/2015"), "2015-12-15");
  EXPECT_EQ(normalize_date("8/9/2013"), "2013-08-09");
  EXPECT_EQ(normalize_date("15/12/2015"), "2015-12-15");
  EXPECT_EQ(normalize_date("15.12.2015"), "2015-12-15");
  EXPECT_EQ(normalize_date("8/9/13"), "");  // two-digit years are ambiguous
}

TEST(DatesTest, RejectsImpossibleDates) {
  EXPECT_EQ(normalize_date("2015-02-30"), "");
  EXPECT_EQ(normalize_date("February 29, 2015"), "");
  EXPECT_EQ(normalize_date("February 29, 2016"), "2016-02-29");
  EXPECT_EQ(normalize_date("2015-13-01"), "");
  EXPECT_EQ(normalize_date("2015-12-15T25:00:00Z"), "");  // an impossible time is not dropped silently
  EXPECT_EQ(normalize_date("May 5, 0012"), "");
  EXPECT_EQ(normalize_date("99999999999999999999-01-01"), "");
}

TEST(DatesTest, NormalizeRefusesSurroundingWords) {
  EXPECT_EQ(normalize_date("Posted on May 5, 2015"), "");
  EXPECT_EQ(normalize_date("the 5 May 2015 meeting"), "");
  EXPECT_EQ(normalize_date(""), "");
  EXPECT_EQ(normalize_date("March"), "");
  EXPECT_EQ(normalize_date("0:00"), "");
}

TEST(DatesTest, FindDateInLines) {
  auto found = find_date("Updated 10:42 AM EDT, Tue June 4, 2019");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->iso, "2019-06-04");
  std::string line = "Published: 12 March 2018 | By Jane Doe";
  found = find_date(line);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->iso, "2018-03-12");
  EXPECT_EQ(line.substr(found->begin, found->end - found->begin), "12 March 2018");
  EXPECT_FALSE(find_date("Copyright 2020 NPR. To see more, visit https://www.npr.org.").has_value());
  EXPECT_FALSE(find_date("The bill passed 52-48 on a vote of 3/4 of members").has_value());
  EXPECT_FALSE(find_date("id A2015-12-15").has_value());
}

TEST(DatesTest, MonthNames) {
  EXPECT_EQ(month_from_name("Sept"), 9);
  EXPECT_EQ(month_from_name("aug"), 8);
  EXPECT_EQ(month_from_name("December"), 12);
  EXPECT_EQ(month_from_name("Ma"), 0);
  EXPECT_EQ(month_from_name("Mayday"), 0);
}

TEST(DatesTest, LongInputIsLinear) {
  std::string big(5u << 20, 'a');
  big += " on 9 August 2013";
  auto found = find_date(big);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->iso, "2013-08-09");
}

}  // namespace
}  // namespace chronicle::text
