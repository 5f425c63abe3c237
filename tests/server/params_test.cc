#include "server/params.h"

#include <gtest/gtest.h>

namespace chronicle::server {
namespace {

Params make(std::multimap<std::string, std::string> values, std::set<std::string> allowed) {
  return Params(values, std::move(allowed));
}

TEST(ParamsTest, IntegersAreCheckedAgainstTheirRange) {
  auto p = make({{"limit", "100"}}, {"limit"});
  EXPECT_EQ(p.integer("limit", 20, 1, 100), 100);
  EXPECT_TRUE(p.ok());
  for (const char* bad : {"", "0", "101", "-5", "1.5", "1e2", " 5", "5 ", "0x10", "99999999999999999999999"}) {
    auto q = make({{"limit", bad}}, {"limit"});
    EXPECT_EQ(q.integer("limit", 20, 1, 100), 20) << bad;
    EXPECT_FALSE(q.ok()) << bad;
    EXPECT_EQ(q.error(), "limit must be an integer from 1 to 100");
  }
  auto absent = make({}, {"limit"});
  EXPECT_EQ(absent.integer("limit", 20, 1, 100), 20);
  EXPECT_TRUE(absent.ok());
}

TEST(ParamsTest, DatesAreIsoPrefixes) {
  for (const char* good : {"2015", "2015-06", "2015-06-12"}) {
    auto p = make({{"from", good}}, {"from"});
    EXPECT_EQ(p.date("from"), good);
    EXPECT_TRUE(p.ok()) << good;
  }
  for (const char* bad : {"15", "2015-6", "2015-13", "2015-00", "2015-06-32", "2015/06/12", "2015-06-12T10:00", "abcd"}) {
    auto p = make({{"from", bad}}, {"from"});
    EXPECT_EQ(p.date("from"), "");
    EXPECT_FALSE(p.ok()) << bad;
  }
}

TEST(ParamsTest, CodesAreUpperCaseLettersAndDigits) {
  auto p = make({{"a", "USAGOV"}, {"b", "042"}}, {"a", "b"});
  EXPECT_EQ(p.code("a"), "USAGOV");
  EXPECT_EQ(p.code("b"), "042");
  EXPECT_TRUE(p.ok());
  for (const char* bad : {"usa", "US A", "USA%", "", "ABCDEFGHIJKLMNOP"}) {
    auto q = make({{"a", bad}}, {"a"});
    q.code("a");
    EXPECT_FALSE(q.ok()) << bad;
  }
}

TEST(ParamsTest, TextIsBoundedUtf8WithoutControls) {
  EXPECT_EQ(make({{"q", "Лавров"}}, {"q"}).text("q"), "Лавров");
  auto long_one = make({{"q", std::string(kMaxParamBytes + 1, 'x')}}, {"q"});
  long_one.text("q");
  EXPECT_FALSE(long_one.ok());
  auto invalid = make({{"q", "\xc3\x28"}}, {"q"});
  invalid.text("q");
  EXPECT_FALSE(invalid.ok());
  auto control = make({{"q", "a\nb"}}, {"q"});
  control.text("q");
  EXPECT_FALSE(control.ok());
}

TEST(ParamsTest, UnknownAndRepeatedParametersAreErrors) {
  auto unknown = make({{"q", "x"}, {"limt", "5"}}, {"q", "limit"});
  EXPECT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error(), "unknown parameter limt");
  auto twice = make({{"q", "x"}, {"q", "y"}}, {"q"});
  EXPECT_EQ(twice.error(), "parameter q is given more than once");
  auto hostile = make({{std::string("<script>\x01"), "1"}}, {"q"});
  EXPECT_EQ(hostile.error(), "unknown parameter (unreadable)");
}

TEST(ParamsTest, ChoicesAndFlags) {
  auto p = make({{"sort", "biggest"}, {"facets", "0"}}, {"sort", "facets"});
  EXPECT_EQ(p.choice("sort", {"newest", "biggest"}, "newest"), "biggest");
  EXPECT_FALSE(p.flag("facets", true));
  auto bad = make({{"sort", "random"}}, {"sort"});
  bad.choice("sort", {"newest", "biggest"}, "newest");
  EXPECT_EQ(bad.error(), "sort must be one of newest, biggest");
  auto flag = make({{"facets", "maybe"}}, {"facets"});
  EXPECT_TRUE(flag.flag("facets", true));
  EXPECT_FALSE(flag.ok());
}

}  // namespace
}  // namespace chronicle::server
