#include "extract/html_extract.h"

#include "extract/html_blocks.h"
#include "extract/html_dom.h"
#include "extract/html_filters.h"
#include "extract/html_metadata.h"
#include "extract/html_score.h"
#include "text/dates.h"
#include "text/hash.h"
#include "text/url.h"
#include "text/utf8.h"

namespace chronicle::extract {
namespace {

// True when the page is a frameset: its text lives in other documents.
bool has_frameset(const HtmlDom& dom) {
  xmlNode* root = dom.root();
  for (xmlNode* c = root ? root->children : nullptr; c; c = c->next)
    if (tag_name(c) == "frameset") return true;
  return false;
}

void copy_metadata(const RawDoc& doc, const HtmlMetadata& meta, Article& a) {
  a.source_id = doc.source_id;
  a.origin = doc.origin;
  a.extra_json = doc.extra_json;
  a.url = !doc.url.empty() ? doc.url : meta.canonical_url;
  a.source = !doc.source.empty() ? doc.source : meta.source;
  a.title = !doc.title.empty() ? doc.title : meta.title;
  a.dek = meta.dek;
  a.author = meta.author;
  a.section = meta.section;
  a.date = !meta.date_published.empty() ? meta.date_published : text::normalize_date(doc.date);
  a.lang = !doc.lang.empty() ? doc.lang : meta.lang;
  a.tags.topics = meta.tags;
}

}  // namespace

std::unique_ptr<HtmlExtractor> HtmlExtractor::load(const std::string& data_dir, std::string& error) {
  auto hints = HtmlHints::load(data_dir + "/html/hints.tsv", error);
  if (!hints) return nullptr;
  return std::make_unique<HtmlExtractor>(std::move(hints));
}

ExtractResult HtmlExtractor::extract(const RawDoc& doc, const SiteLineStats& site_stats) const {
  ExtractResult result;
  Article& article = result.article;
  article.source_id = doc.source_id;
  article.origin = doc.origin;
  article.url = doc.url;
  article.source = doc.source;
  article.title = doc.title;
  article.date = text::normalize_date(doc.date);
  article.lang = doc.lang;
  auto finish = [&](std::string error) {
    article.id = text::article_id(text::canonical_url(article.url), article.text);
    result.error = std::move(error);
    return result;
  };
  // Step 0: refuse what is not a page.
  if (text::looks_binary(doc.body)) return finish("binary content, not HTML");
  std::string parse_error;
  auto dom = HtmlDom::parse(doc.body, parse_error);
  if (!dom) return finish(parse_error);
  // Step 1.
  HtmlMetadata meta = read_html_metadata(*dom);
  copy_metadata(doc, meta, article);
  if (!dom->body()) return finish(has_frameset(*dom) ? "page has only frames, no body" : "page has no body");
  // Step 2.
  HtmlSegmentation page = segment_blocks(dom->body(), hints_.get());
  if (page.blocks.empty()) return finish("no text in the page body");
  // Steps 3 and 4.
  std::vector<BlockVerdict> verdicts = select_main_containers(page);
  drop_chrome_blocks(page, verdicts);
  drop_link_dense_blocks(page, verdicts);
  drop_stray_short_blocks(page, verdicts);
  drop_headline_blocks(page, article.title, article.dek, verdicts);
  drop_byline_blocks(page, verdicts, article.author);
  drop_site_boilerplate_blocks(page, site_key(doc), site_stats, verdicts);
  drop_duplicate_blocks(page, verdicts);
  explain_outside_blocks(page, verdicts);
  // Step 5.
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (verdicts[b].keep) {
      if (!article.text.empty()) article.text += "\n\n";
      article.text += page.blocks[b].text;
    } else {
      article.removed.push_back({page.blocks[b].text, verdicts[b].reason});
    }
  }
  return finish(article.text.empty() ? "no body text after removing boilerplate" : "");
}

std::vector<std::string> html_block_texts(std::string_view html) {
  std::vector<std::string> texts;
  if (text::looks_binary(html)) return texts;
  std::string error;
  auto dom = HtmlDom::parse(html, error);
  if (!dom || !dom->body()) return texts;
  static_cast<void>(error);
  HtmlSegmentation page = segment_blocks(dom->body(), nullptr);
  texts.reserve(page.blocks.size());
  for (HtmlBlock& b : page.blocks) texts.push_back(std::move(b.text));
  return texts;
}

}  // namespace chronicle::extract
