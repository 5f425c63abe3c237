// Tests for the guards HtmlDom::parse puts in front of libxml2 (src/extract/html_dom.h): the
// attribute cap that keeps one hostile tag from costing quadratic time.
#include "extract/html_dom.h"

#include <gtest/gtest.h>

namespace chronicle::extract {
namespace {

std::string attributes(size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
  return out;
}

size_t attribute_count(const xmlNode* node) {
  size_t n = 0;
  for (const xmlAttr* a = node ? node->properties : nullptr; a; a = a->next) ++n;
  return n;
}

TEST(DropExcessAttributes, PageWithinTheCapIsLeftAlone) {
  std::string page = "<html><body><div class=\"story\" id=\"main\" data-x>Text a<b and 2<3</div></body></html>";
  std::string out = "untouched";
  EXPECT_FALSE(drop_excess_attributes(page, 3, out)) << out;
  EXPECT_EQ(out, "untouched");
}

TEST(DropExcessAttributes, KeepsTheFirstAttributesAndEveryTagAndText) {
  // Values of each form: quoted with '>' and spaces inside, single-quoted, unquoted, none.
  std::string page = "<p>Before</p><div title=\"a > b\" lang='en' width=3 hidden data-1=\"x\" data-2=\"y\">"
                     "Kept text</div><span a=1 b=2 c=3 d=4 e=5>After</span>";
  std::string out;
  ASSERT_TRUE(drop_excess_attributes(page, 4, out));
  EXPECT_EQ(out, "<p>Before</p><div title=\"a > b\" lang='en' width=3 hidden>Kept text</div>"
                 "<span a=1 b=2 c=3 d=4>After</span>");
}

TEST(DropExcessAttributes, UnterminatedQuoteEndsTheScan) {
  std::string page = "<div a=1 b=2 c=\"never closed >text";
  std::string out;
  ASSERT_TRUE(drop_excess_attributes(page, 1, out));
  EXPECT_EQ(out, "<div a=1");
}

TEST(HtmlDomParse, TagWithThousandsOfAttributesIsCappedNotParsedQuadratically) {
  std::string page = "<html><body><div" + attributes(0, 50'000) + "><p>The council met on Tuesday.</p></div></body></html>";
  std::string error;
  auto dom = HtmlDom::parse(page, error);
  ASSERT_NE(dom, nullptr) << error;
  const xmlNode* div = dom->body() ? dom->body()->children : nullptr;
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(tag_name(div), "div");
  EXPECT_EQ(attribute_count(div), kMaxHtmlAttributes);
  EXPECT_EQ(attribute(div, "a0"), "0");
  EXPECT_EQ(attribute(div, "a199"), "199");
  EXPECT_EQ(attribute(div, "a200"), "");
  std::string text;
  append_text(div, text);
  EXPECT_EQ(text, "The council met on Tuesday.");
}

}  // namespace
}  // namespace chronicle::extract
