// Tests for HTML main-text extraction (src/extract/html_extract.h and the heuristics under it).
// Fixture pages are in tests/fixtures/html/, written for these tests in the style of real outlets.
#include "extract/html_extract.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/html_blocks.h"
#include "extract/html_dom.h"

namespace chronicle::extract {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(CHRONICLE_FIXTURES) + "/html/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  EXPECT_FALSE(s.str().empty()) << name;
  return s.str();
}

class HtmlExtractTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = HtmlExtractor::load(CHRONICLE_DATA_DIR, error).release();
    ASSERT_NE(extractor_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete extractor_; }

  ExtractResult run(const std::string& body, const std::string& url = "") {
    RawDoc doc;
    doc.origin = "test.html";
    doc.format = BodyFormat::html;
    doc.body = body;
    doc.url = url;
    return extractor_->extract(doc, stats_);
  }

  static bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
  }
  static const RemovedBlock* removed_with(const Article& a, const std::string& needle) {
    for (const RemovedBlock& r : a.removed)
      if (contains(r.text, needle)) return &r;
    return nullptr;
  }

  static HtmlExtractor* extractor_;
  SiteLineStats stats_;
};
HtmlExtractor* HtmlExtractTest::extractor_ = nullptr;

TEST_F(HtmlExtractTest, WireStoryKeepsBodyParagraphsAndSubheading) {
  ExtractResult r = run(fixture("wire_story.html"));
  ASSERT_EQ(r.error, "");
  const std::string& t = r.article.text;
  EXPECT_TRUE(t.starts_with("Trains between Leeds and York will not run")) << t.substr(0, 200);
  EXPECT_TRUE(contains(t, "\"The water has taken thousands of tonnes"));
  EXPECT_TRUE(contains(t, "\n\nSecond closure this year\n\n"));
  EXPECT_TRUE(t.ends_with("forecasters expect more rain on Monday."));
}

TEST_F(HtmlExtractTest, WireStoryDropsChromeWithReasons) {
  ExtractResult r = run(fixture("wire_story.html"));
  const Article& a = r.article;
  for (const char* chrome : {"Share on Facebook", "Northern cuts 200 services", "Sign up to Morning Briefing",
                             "Photograph: Lee Carver", "lessons have been learned", "All rights reserved",
                             "Advertisement", "Council approves new bus lanes", "Skip to main content"})
    EXPECT_FALSE(contains(a.text, chrome)) << chrome;
  auto reason = [&](const std::string& needle) {
    const RemovedBlock* r = removed_with(a, needle);
    return r ? std::string(removal_reason_name(r->reason)) : std::string("(not removed)");
  };
  EXPECT_EQ(reason("Northern cuts 200 services"), "related");
  EXPECT_EQ(reason("Our free daily email"), "promo");
  EXPECT_EQ(reason("Photograph: Lee Carver"), "caption");
  EXPECT_EQ(reason("lessons have been learned"), "comments");
  EXPECT_EQ(reason("Sport"), "navigation");
  EXPECT_EQ(reason("Flooding closes rail line between Leeds and York for a week"), "navigation");
}

TEST_F(HtmlExtractTest, WireStoryMetadataComesFromJsonLd) {
  ExtractResult r = run(fixture("wire_story.html"));
  const Article& a = r.article;
  EXPECT_EQ(a.title, "Flooding closes rail line between Leeds and York for a week");
  EXPECT_EQ(a.author, "Priya Nandakumar, Tom Ashworth");
  EXPECT_EQ(a.date, "2023-10-21T07:45:00+01:00");
  EXPECT_EQ(a.source, "The Northern Ledger");
  EXPECT_EQ(a.section, "Transport");
  EXPECT_EQ(a.dek, "Network Rail says repairs to a washed-out embankment near Church Fenton will take at least seven days.");
  EXPECT_EQ(a.url, "https://www.northernledger.example/transport/2023/oct/21/flooding-closes-leeds-york-line");
  ASSERT_GE(a.tags.topics.size(), 3u);
  EXPECT_EQ(a.tags.topics[0], "Rail");
  EXPECT_EQ(a.tags.topics[2], "Yorkshire");
  EXPECT_EQ(a.lang, "en");  // <html lang="en-US"> as the hint; Extractor::extract runs CLD2
}

TEST_F(HtmlExtractTest, ContainerUrlWinsOverCanonical) {
  ExtractResult r = run(fixture("wire_story.html"), "https://northernledger.example/p/12345");
  EXPECT_EQ(r.article.url, "https://northernledger.example/p/12345");
  EXPECT_EQ(r.article.id.size(), 16u);
}

TEST_F(HtmlExtractTest, ArticleSplitAcrossColumnsIsKeptWhole) {
  ExtractResult r = run(fixture("split_columns.html"));
  ASSERT_EQ(r.error, "");
  const std::string& t = r.article.text;
  EXPECT_TRUE(t.starts_with("LAKE TAMSEN, Mont. — Before dawn")) << t.substr(0, 120);
  EXPECT_TRUE(contains(t, "more than 310,000 lake trout"));
  EXPECT_TRUE(contains(t, "\"There is no halfway.\"")) << t;
  EXPECT_FALSE(contains(t, "Advertisement"));
  EXPECT_FALSE(contains(t, "A Comet Returns"));
  EXPECT_EQ(r.article.title, "Inside the Race to Save Lake Tamsen's Trout");
  EXPECT_EQ(r.article.date, "2022-06-14T09:00:00Z");  // text::normalize_date drops the milliseconds
}

TEST_F(HtmlExtractTest, BylineInsideArticleIsRemovedAndFillsAuthor) {
  ExtractResult r = run(fixture("split_columns.html"));
  EXPECT_EQ(r.article.author, "By Carla Wexford") << "meta byl is taken as given";
  std::string page = "<html><body><div class=\"story\"><p class=\"x\">By Jonas Akerlund, Reuters</p>"
                     "<p>Sweden's central bank held its main interest rate at 4 percent on Thursday, "
                     "saying inflation was falling faster than it had expected in the autumn.</p>"
                     "<p>The bank said it could cut rates in the spring if the krona stayed strong.</p></div></body></html>";
  ExtractResult b = run(page);
  EXPECT_EQ(b.article.author, "Jonas Akerlund");
  EXPECT_FALSE(contains(b.article.text, "By Jonas"));
  const RemovedBlock* byline = removed_with(b.article, "By Jonas Akerlund");
  ASSERT_NE(byline, nullptr);
  EXPECT_EQ(byline->reason, RemovalReason::byline);
}

TEST_F(HtmlExtractTest, LongCommentThreadDoesNotWinOverShortPost) {
  ExtractResult r = run(fixture("blog_comments.html"));
  ASSERT_EQ(r.error, "");
  const std::string& t = r.article.text;
  EXPECT_TRUE(t.starts_with("When the power went out across Hillcrest")) << t.substr(0, 200);
  EXPECT_TRUE(t.ends_with("ran for 31 hours on a single tank of diesel."));
  EXPECT_FALSE(contains(t, "sleeping on that floor"));
  EXPECT_EQ(r.article.author, "Dana Whitlock");
  EXPECT_EQ(r.article.date, "2021-02-18");
  EXPECT_EQ(r.article.source, "Hillcrest Notes");
  EXPECT_EQ(r.article.title, "Why our town library stayed open through the storm");  // " – Hillcrest Notes" cut
}

TEST_F(HtmlExtractTest, NonEnglishPageIsExtractedLikeTheRest) {
  ExtractResult r = run(fixture("german_story.html"));
  ASSERT_EQ(r.error, "");
  EXPECT_TRUE(r.article.text.starts_with("Der Stadtrat hat am Dienstagabend"));
  EXPECT_TRUE(contains(r.article.text, "überfälligen Schritt"));
  EXPECT_FALSE(contains(r.article.text, "Impressum"));
  EXPECT_EQ(r.article.lang, "de");
}

TEST_F(HtmlExtractTest, RepeatedPullQuoteIsDroppedAsDuplicate) {
  std::string p = "<p>The mayor said the city would not raise fares again before the election next year, despite the deficit.</p>";
  std::string page = "<html><body><div class=\"article-body\">" + p +
                     "<p>Transit officials had warned of a shortfall of about $40 million, much of it from lost fares.</p>" +
                     "<blockquote>" + p.substr(3, p.size() - 7) + "</blockquote></div></body></html>";
  ExtractResult r = run(page);
  const RemovedBlock* dup = removed_with(r.article, "would not raise fares");
  ASSERT_NE(dup, nullptr);
  EXPECT_EQ(dup->reason, RemovalReason::duplicate);
}

TEST_F(HtmlExtractTest, RepeatsWithinOneRunOfParagraphsStay) {
  std::string meal = "<p>Breakfast: two boiled eggs, one slice of rye toast and a cup of black coffee, no sugar.</p>";
  std::string page = "<html><body><div class=\"entry-content\"><h2>Monday</h2>" + meal +
                     "<p>Lunch: lentil soup with a green salad and a small apple, eaten before one o'clock.</p><h2>Tuesday</h2>" +
                     meal + "<p>Lunch: grilled chicken with brown rice and steamed broccoli, and plenty of water.</p></div></body></html>";
  ExtractResult r = run(page);
  size_t first = r.article.text.find("Breakfast: two boiled eggs");
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(r.article.text.find("Breakfast: two boiled eggs", first + 1), std::string::npos) << r.article.text;
}

TEST_F(HtmlExtractTest, SiteBoilerplateLearnedAcrossPagesIsRemoved) {
  std::string promo = "Support independent local journalism today";
  auto page = [&](const std::string& lead) {
    return "<html><body><div class=\"content\"><p>" + lead +
           " The council met on Tuesday evening to discuss the proposal at length, and residents spoke.</p><p>" +
           promo + "</p><p>A final vote on " + lead + " is expected next month, after a public consultation closes.</p></div></body></html>";
  };
  SiteLineStats stats;
  for (int i = 0; i < 5; ++i) {
    RawDoc d;
    d.format = BodyFormat::html;
    d.url = "https://valleypost.example/story/" + std::to_string(i);
    d.body = page("Story number " + std::to_string(i) + ".");
    stats.add_page(site_key(d), page_line_keys(d));
  }
  RawDoc doc;
  doc.format = BodyFormat::html;
  doc.url = "https://valleypost.example/story/99";
  doc.body = page("A new story.");
  ExtractResult r = extractor_->extract(doc, stats);
  EXPECT_FALSE(contains(r.article.text, promo));
  const RemovedBlock* b = removed_with(r.article, promo);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->reason, RemovalReason::boilerplate);
  EXPECT_TRUE(contains(r.article.text, "A final vote on A new story. is expected"));
}

// ---- Bad input (issue 3): a clear error or an empty body with a reason, never a crash or hang.

TEST_F(HtmlExtractTest, PageWithNoBodyGivesReason) {
  ExtractResult r = run("<html><head><title>Nothing here</title></head></html>");
  EXPECT_NE(r.error, "");
  EXPECT_EQ(r.article.text, "");
  EXPECT_EQ(r.article.title, "Nothing here");
}

TEST_F(HtmlExtractTest, FramesetOnlyPageGivesReason) {
  ExtractResult r = run("<html><head><title>Frames</title></head><frameset cols=\"50%,50%\">"
                        "<frame src=\"left.html\"><frame src=\"right.html\"></frameset></html>");
  EXPECT_EQ(r.error, "page has only frames, no body");
  EXPECT_EQ(r.article.text, "");
}

TEST_F(HtmlExtractTest, ScriptsOnlyPageGivesReason) {
  ExtractResult r = run("<html><body><script>var story = 'Not a word of this is visible text, it is code';</script>"
                        "<noscript>Please enable JavaScript</noscript><style>p{}</style></body></html>");
  EXPECT_EQ(r.error, "no text in the page body");
  EXPECT_EQ(r.article.text, "");
}

TEST_F(HtmlExtractTest, MegabytesOfDataUrisAreSkippedQuickly) {
  std::string uri = "data:image/png;base64," + std::string(3 << 20, 'A');
  std::string page = "<html><body><div class=\"story\"><img src=\"" + uri + "\"><p>The harbour reopened on Friday after "
                     "a week of repairs to the sea wall, the port authority said in a statement.</p>"
                     "<a href=\"" + uri + "\">" + "</a></div></body></html>";
  ExtractResult r = run(page);
  EXPECT_EQ(r.error, "");
  EXPECT_TRUE(r.article.text.starts_with("The harbour reopened on Friday"));
  EXPECT_LT(r.article.text.size(), 200u);
}

TEST_F(HtmlExtractTest, TenThousandDeepNestingIsRefusedNotACrash) {
  std::string page = "<html><body>";
  for (int i = 0; i < 10000; ++i) page += "<div>";
  page += "<p>Deep text that a reader would never see anyway, nested beyond reason.</p>";
  for (int i = 0; i < 10000; ++i) page += "</div>";
  page += "</body></html>";
  ExtractResult r = run(page);
  EXPECT_EQ(r.article.text, "");
  EXPECT_NE(r.error, "");
}

TEST_F(HtmlExtractTest, BinaryServedAsHtmlIsAnError) {
  std::string binary("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 20);
  binary += std::string(500, '\0');
  ExtractResult r = run(binary);
  EXPECT_EQ(r.error, "binary content, not HTML");
}

TEST_F(HtmlExtractTest, WrongDeclaredCharsetStillGivesUtf8Text) {
  // Declared as ISO-8859-1 but the reader already decoded it as the UTF-8 it really is.
  ExtractResult r = run("<html><head><meta charset=\"iso-8859-1\"></head><body><div class=\"story\"><p>Zoë Brønsted "
                        "opened the café on the corner of Rue Saint-Denis in 1998, and it has not closed a single day since.</p>"
                        "</div></body></html>");
  EXPECT_EQ(r.error, "");
  EXPECT_TRUE(r.article.text.starts_with("Zoë Brønsted opened the café")) << r.article.text;
}

TEST_F(HtmlExtractTest, EmptyInputGivesReason) {
  ExtractResult r = run("");
  EXPECT_NE(r.error, "");
}

TEST_F(HtmlExtractTest, BrokenMarkupIsRecovered) {
  ExtractResult r = run("<html><body><div class=story><p>Unclosed paragraph about the new ferry timetable, which starts "
                        "on Monday and adds two sailings a day<p>Another <b>bold <i>claim</b> about fares</i>, which rise by "
                        "five percent in June for all adult tickets.</div></span></td></body>");
  EXPECT_EQ(r.error, "");
  EXPECT_TRUE(r.article.text.starts_with("Unclosed paragraph about the new ferry"));
  EXPECT_TRUE(contains(r.article.text, "\n\nAnother bold claim about fares, which rise"));
}

TEST(HtmlBlockTextsTest, GivesEachBlockOnce) {
  std::vector<std::string> texts = html_block_texts(
      "<html><body><nav><a href=/>Home</a></nav><p>First  paragraph\n here.</p><ul><li>One</li><li>Two</li></ul>"
      "<p>Line one<br>Line two</p><script>ignored()</script></body></html>");
  std::vector<std::string> want = {"Home", "First paragraph here.", "One", "Two", "Line one", "Line two"};
  EXPECT_EQ(texts, want);
}

TEST(HtmlSegmentTest, CountsLinkBytesAndSkipsHiddenElements) {
  std::string error;
  auto dom = HtmlDom::parse("<html><body><p>Read <a href=\"/x\">the full report</a> here.</p>"
                            "<div hidden>Hidden text</div><div style=\"display: none\">Also hidden</div>"
                            "<p aria-label=\"x\"><!-- a comment -->Visible</p></body></html>",
                            error);
  ASSERT_TRUE(dom) << error;
  HtmlSegmentation page = segment_blocks(dom->body(), nullptr);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].text, "Read the full report here.");
  EXPECT_EQ(page.blocks[0].link_bytes, std::string("the full report").size());
  EXPECT_EQ(page.blocks[0].kind, BlockKind::paragraph);
  EXPECT_EQ(page.blocks[1].text, "Visible");
}

}  // namespace
}  // namespace chronicle::extract
