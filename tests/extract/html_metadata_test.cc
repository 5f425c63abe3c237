// Tests for page metadata (src/extract/html_metadata.h): JSON-LD wins, then meta tags, then guesses.
#include "extract/html_metadata.h"

#include <gtest/gtest.h>

namespace chronicle::extract {
namespace {

HtmlMetadata meta_of(const std::string& html) {
  std::string error;
  auto dom = HtmlDom::parse(html, error);
  EXPECT_TRUE(dom) << error;
  return dom ? read_html_metadata(*dom) : HtmlMetadata{};
}

TEST(HtmlMetadataTest, JsonLdWinsOverMetaTags) {
  HtmlMetadata m = meta_of(
      "<html><head><meta property=\"og:title\" content=\"OG headline\">"
      "<meta property=\"article:published_time\" content=\"2020-01-01\">"
      "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"NewsArticle\"],"
      "\"headline\":\"LD headline\",\"datePublished\":\"2020-03-04T05:06:07Z\",\"author\":\"Ana Lima\","
      "\"publisher\":{\"name\":\"Folha Sul\"},\"keywords\":[\"ports\",\"strikes\"],\"articleBody\":\"Body.\"}]</script>"
      "</head><body></body></html>");
  EXPECT_TRUE(m.from_json_ld);
  EXPECT_EQ(m.title, "LD headline");
  EXPECT_EQ(m.date_published, "2020-03-04T05:06:07Z");
  EXPECT_EQ(m.author, "Ana Lima");
  EXPECT_EQ(m.source, "Folha Sul");
  EXPECT_EQ(m.tags, (std::vector<std::string>{"ports", "strikes"}));
  EXPECT_EQ(m.json_ld_body, "Body.");
}

TEST(HtmlMetadataTest, MalformedJsonLdIsSkipped) {
  HtmlMetadata m = meta_of(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":</script>"
      "<meta name=\"twitter:title\" content=\"Twitter headline\"></head><body></body></html>");
  EXPECT_FALSE(m.from_json_ld);
  EXPECT_EQ(m.title, "Twitter headline");
}

TEST(HtmlMetadataTest, FallsBackToTitleTimeAndLang) {
  HtmlMetadata m = meta_of(
      "<html lang=\"pt-BR\"><head><title>Greve nos portos entra no terceiro dia - Folha Sul</title>"
      "<meta property=\"og:site_name\" content=\"Folha Sul\"><meta name=\"date\" content=\"Tue, 15 Dec 2015 10:00:00 GMT\">"
      "<link rel=\"Canonical\" href=\"https://folhasul.example/greve\"></head>"
      "<body><time datetime=\"2015-12-14\">ontem</time></body></html>");
  EXPECT_EQ(m.title, "Greve nos portos entra no terceiro dia");
  EXPECT_EQ(m.date_published, "2015-12-15T10:00:00Z");
  EXPECT_EQ(m.canonical_url, "https://folhasul.example/greve");
  EXPECT_EQ(m.lang, "pt");
}

TEST(HtmlMetadataTest, TimeElementGivesDateWhenNothingElseDoes) {
  HtmlMetadata m = meta_of("<html><body><p>Posted <time datetime=\"2019-07-02T18:30:00-04:00\">July 2</time></p></body></html>");
  EXPECT_EQ(m.date_published, "2019-07-02T18:30:00-04:00");
}

TEST(HtmlMetadataTest, UnreadableDatesAreDroppedNotPassedOn) {
  HtmlMetadata m = meta_of("<html><head><meta property=\"article:published_time\" content=\"yesterday\"></head></html>");
  EXPECT_EQ(m.date_published, "");
}

TEST(HtmlMetadataTest, AuthorProfileUrlIsNotAnAuthor) {
  HtmlMetadata m = meta_of("<html><head><meta property=\"article:author\" content=\"https://facebook.example/someone\">"
                           "</head></html>");
  EXPECT_EQ(m.author, "");
}

}  // namespace
}  // namespace chronicle::extract
