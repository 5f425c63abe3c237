#include "extract/text_byline.h"

#include <gtest/gtest.h>

namespace chronicle::extract {
namespace {

Byline parse(std::string_view line) {
  auto b = parse_byline(line);
  EXPECT_TRUE(b.has_value()) << line;
  return b.value_or(Byline{});
}

TEST(BylineTest, PlainNames) {
  EXPECT_EQ(parse("By Eyder Peralta").author, "Eyder Peralta");
  EXPECT_EQ(parse("BY  Sarah E. Needleman").author, "Sarah E. Needleman");
  EXPECT_EQ(parse("Written by Mary Anastasia O'Grady").author, "Mary Anastasia O'Grady");
  EXPECT_EQ(parse("By Ahmed al-Omran").author, "Ahmed al-Omran");
  EXPECT_EQ(parse("By Martin Luther King Jr.").author, "Martin Luther King Jr.");
  EXPECT_EQ(parse("By Ludwig van Beethoven").author, "Ludwig van Beethoven");
}

TEST(BylineTest, SeveralAuthors) {
  EXPECT_EQ(parse("By Jane Doe and John Smith").author, "Jane Doe and John Smith");
  EXPECT_EQ(parse("By Jane Doe, John Smith and Ali Khan").author, "Jane Doe, John Smith and Ali Khan");
  EXPECT_EQ(parse("Reporting by Lesley Wroughton & Arshad Mohammed").author,
            "Lesley Wroughton and Arshad Mohammed");
}

TEST(BylineTest, OutletAfterCommaOrFor) {
  Byline b = parse("By JANE DOE, Reuters");
  EXPECT_EQ(b.author, "Jane Doe");
  EXPECT_EQ(b.outlet, "Reuters");
  b = parse("By Owen Bennett-Jones for The Guardian");
  EXPECT_EQ(b.author, "Owen Bennett-Jones");
  EXPECT_EQ(b.outlet, "The Guardian");
  b = parse("By Lauren Said-Moorhouse, CNN");
  EXPECT_EQ(b.author, "Lauren Said-Moorhouse");
  EXPECT_EQ(b.outlet, "CNN");
}

TEST(BylineTest, RolesAreNotOutlets) {
  Byline b = parse("By Tom Hays, Staff Writer");
  EXPECT_EQ(b.author, "Tom Hays");
  EXPECT_EQ(b.outlet, "");
  b = parse("By Dana Loesch, KMBC Staff");
  EXPECT_EQ(b.outlet, "KMBC");
}

TEST(BylineTest, OutletOnly) {
  Byline b = parse("By Associated Press");
  EXPECT_EQ(b.author, "");
  EXPECT_EQ(b.outlet, "Associated Press");
  b = parse("By Reuters Staff");
  EXPECT_EQ(b.author, "");
  EXPECT_EQ(b.outlet, "Reuters");
  EXPECT_EQ(parse("By The Associated Press").outlet, "Associated Press");
}

TEST(BylineTest, CutsDatesAndSeparators) {
  EXPECT_EQ(parse("By Jane Doe | Published March 3, 2019").author, "Jane Doe");
  EXPECT_EQ(parse("By Jane Doe Updated 10:42 AM EDT, Tue June 4, 2019").author, "Jane Doe");
  EXPECT_EQ(parse("By Kevin Liptak on 12 June 2018").author, "Kevin Liptak");
  EXPECT_EQ(parse("By Jane Doe @janedoe").author, "Jane Doe");
  EXPECT_EQ(parse("By Jane Doe • 5 min read").author, "Jane Doe");
}

TEST(BylineTest, RejectsProse) {
  EXPECT_FALSE(parse_byline("By the way, the talks in Geneva failed.").has_value());
  EXPECT_FALSE(parse_byline("By 2020 the plan had collapsed").has_value());
  EXPECT_FALSE(parse_byline("Kerry met Lavrov in Moscow").has_value());
  EXPECT_FALSE(parse_byline("By").has_value());
  EXPECT_FALSE(parse_byline("").has_value());
  EXPECT_FALSE(parse_byline("by noon the crowd had grown to thousands of people").has_value());
}

TEST(BylineTest, PersonNameShape) {
  EXPECT_TRUE(looks_like_person_name("Ivan Sekretarev"));
  EXPECT_TRUE(looks_like_person_name("Paull J. Richards"));
  EXPECT_TRUE(looks_like_person_name("Jos\xC3\xA9 Garc\xC3\xAD" "a"));
  EXPECT_FALSE(looks_like_person_name("AP"));
  EXPECT_FALSE(looks_like_person_name("the Syrian opposition"));
  EXPECT_FALSE(looks_like_person_name("Room 101 Staff"));
  EXPECT_FALSE(looks_like_person_name("Secretary of State John Kerry shakes hands with Lavrov"));
}

TEST(BylineTest, TidyName) {
  EXPECT_EQ(tidy_name("JANE DOE"), "Jane Doe");
  EXPECT_EQ(tidy_name("MARY O'BRIEN-SMITH"), "Mary O'Brien-Smith");
  EXPECT_EQ(tidy_name("Jane McDoe"), "Jane McDoe");
}

}  // namespace
}  // namespace chronicle::extract
